import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

// The build minifies the CSS in Lit css`` templates (scripts/minify-css-templates.mjs), so styles can
// be written one declaration per line, with comments, at no cost to the bundle.
const BUNDLE = '/dist/cdn/minga-widgets.js';
const NPM_COUNTDOWN_STYLES = '/dist/components/countdown/countdown.styles.js';

type Minified = { code: string; warnings: string[] };
const minify = (code: string) =>
  executeServerCommand<Minified, { code: string; fileName: string }>('minga-minify-css-templates', {
    code,
    fileName: 'example.styles.ts',
  });

/** The CSS text of a CSSResult, as Lit got it from the template. */
const cssText = (style: unknown) => (style as { cssText?: string }).cssText;

describe('css`` templates in the build', () => {
  it('are minified, comments dropped, with interpolations kept as written', async () => {
    const source = [
      "import { css, unsafeCSS } from 'lit';",
      "const accent = unsafeCSS('teal');",
      'export const styles = css`',
      '  /* a comment */',
      '  .a {',
      '    color: ${accent};',
      '    margin: 0  auto;',
      '  }',
      '`;',
      'export const after = 1;',
    ].join('\n');
    const { code, warnings } = await minify(source);
    expect(warnings).to.deep.equal([]);
    expect(code).to.contain('export const styles = css`.a{color:${accent};margin:0 auto}`');
    // What follows a template keeps its line, so source maps stay right.
    expect(code.split('\n').indexOf('export const after = 1;')).to.equal(9);
  });

  it('leave a template the minifier cannot read as written, with a warning', async () => {
    const source =
      "import { css } from 'lit';\nexport const s = css`@media (min-width: ${40}em) { .a { margin: 0 } }`;";
    const { code, warnings } = await minify(source);
    expect(code).to.equal(source);
    expect(warnings.join()).to.contain('example.styles.ts:2: css`` template left as written');
  });

  it("collapse the indentation of html templates, nested ones too, but leave msg()'s and the expressions as written", async () => {
    const source = [
      "import { html } from 'lit';",
      "import { msg } from '@lit/localize';",
      'export const view = (x: boolean) => html`<p part="a">',
      '    ${x ? html`<b>',
      '      yes</b>` : "keep\\n  this"}',
      '  </p>`;',
      'export const words = msg(html`Hello,',
      '  <b>world</b>`);',
      'export const after = 1;',
    ].join('\n');
    const { code, warnings } = await minify(source);
    expect(warnings).to.deep.equal([]);
    expect(code).to.contain('html`<p part="a"> ${x ? html`<b> yes</b>` : "keep\\n  this"} </p>`');
    // @lit/localize finds the translation of msg(html`…`) by a hash of its strings: untouched.
    expect(code).to.contain('msg(html`Hello,\n  <b>world</b>`)');
    expect(code.split('\n').indexOf('export const after = 1;')).to.equal(8);
  });

  it('give every element of the script-tag bundle and the npm modules minified styles', async () => {
    await import(/* @vite-ignore */ BUNDLE);
    const { countdownStyles } = await import(/* @vite-ignore */ NPM_COUNTDOWN_STYLES);
    const tags = ['minga-event-summary', 'minga-agenda', 'minga-countdown', 'minga-objectives', 'minga-series-map'];
    const sheets = tags.flatMap((tag) => {
      const element = customElements.get(tag) as unknown as { elementStyles: unknown[] } | undefined;
      expect(element, tag).to.exist;
      return element!.elementStyles.map((s) => [tag, cssText(s)]);
    });
    for (const [tag, text] of [...sheets, ['dist/components/countdown', cssText(countdownStyles)]]) {
      expect(text, tag).to.be.a('string').and.not.be.empty;
      // Comments, line breaks and runs of spaces are what a hand-written style sheet has and a minified one does not.
      expect(text, tag).not.to.match(/\/\*|\n|\s\s/);
    }
  });
});
