#!/usr/bin/env node
// Minifies the CSS inside Lit `css` tagged templates, so styles can be written readably (one declaration per
// line, comments) without costing the script-tag bundle's size budget: Lit keeps CSS text exactly as written,
// and JavaScript minifiers never touch the inside of a template literal. In Lit `html` and `svg` templates it
// collapses each run of white space that holds a line break (the source's indentation) into one space, which
// renders the same: HTML collapses white space, and no template of ours is preformatted.
//
// - `minifyCssTemplates()` is a Vite plugin (vite.config.ts) that rewrites src/**/*.ts before compilation.
// - `node scripts/minify-css-templates.mjs DIR [--exclude DIR]...` rewrites the .js files of a folder in place
//   (scripts/build.mjs runs it on tsc's output in dist/).
//
// Templates are found with TypeScript's parser (only tags bound to `css` imported from lit, lit-element or
// @lit/reactive-element) and minified with lightningcss, without browser targets: with targets it would
// "lower" modern CSS such as light-dark() into variable hacks that do not work in shadow roots.
// Each `${…}` becomes a placeholder identifier (`__lit_css_0__`) that must come out of the minifier exactly once
// and in the same order; the expression's source text is then put back verbatim. A template the minifier
// rejects (an interpolation inside a media query or in place of whole rules, an invalid escape, CSS that
// does not parse) is left as written, with a warning.
//
// Positions outside the templates are kept: after each minified template come as many line breaks and
// spaces as it lost, so the code that follows stays on the same line and column. The Vite plugin can then
// return no source map (`map: null`, "code not moved"), and the source maps tsc wrote for dist/ stay right
// everywhere except inside the templates themselves.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Buffer } from 'node:buffer';
import ts from 'typescript';
import { transform } from 'lightningcss';

const LIT_MODULES = /^(lit|lit-element|@lit\/reactive-element)(\/|$)/;
// A quick look before parsing: modules that import no template tag from Lit are left alone.
const MAY_IMPORT_CSS =
  /\bimport\s*\{[^}]*\b(css|html|svg)\b[^}]*\}\s*from\s*['"](lit|lit-element|@lit\/reactive-element)[/'"]/;
const MARKUP_TAGS = ['html', 'svg'];
const PLACEHOLDER = '__lit_css_';
const placeholder = (i) => `${PLACEHOLDER}${i}__`;

/** Template-literal source text whose cooked value is `text`. */
const escapeTemplateText = (text) => text.replace(/\\|`|\$\{/g, (m) => `\\${m}`);

/** Local names of `tag` (`css`, `html`, `svg`) imported from Lit in this file. */
function cssTagNames(sourceFile, tag = 'css') {
  const names = new Set();
  for (const statement of sourceFile.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    if (!LIT_MODULES.test(statement.moduleSpecifier.text)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    for (const el of bindings.elements) if ((el.propertyName ?? el.name).text === tag) names.add(el.name.text);
  }
  return names;
}

/** `css` tagged templates, outermost only (a css`` inside another one's `${}` is left as written). */
function cssTemplates(sourceFile, names) {
  const found = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && names.has(node.tag.text)) {
      found.push(node.template);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

/**
 * The minified source text of one template literal (backticks included), or a string saying why not.
 * @returns {{ text: string } | { problem: string }}
 */
function minifyTemplate(template, code, sourceFile, label) {
  const parts = [];
  const expressions = [];
  if (ts.isNoSubstitutionTemplateLiteral(template)) {
    parts.push(template.text);
  } else {
    parts.push(template.head.text);
    let previous = template.head;
    for (const span of template.templateSpans) {
      // Everything between `${` and `}`, comments and spacing included.
      expressions.push(code.slice(previous.end, span.literal.getStart(sourceFile)));
      parts.push(span.literal.text);
      previous = span.literal;
    }
  }
  if (parts.some((p) => p === undefined)) return { problem: 'it contains an invalid escape sequence' };
  if (parts.some((p) => p.includes(PLACEHOLDER))) return { problem: `it contains the placeholder text ${PLACEHOLDER}` };

  const css = parts.map((p, i) => (i ? placeholder(i - 1) : '') + p).join('');
  let minified;
  try {
    const result = transform({ filename: label, code: Buffer.from(css), minify: true });
    if (result.warnings.length) return { problem: result.warnings.map((w) => w.message).join('; ') };
    minified = result.code.toString();
  } catch (error) {
    const where = error.loc ? ` (line ${error.loc.line} of the template)` : '';
    return { problem: `${error.message}${where}` };
  }

  const pieces = minified.split(/__lit_css_(\d+)__/);
  const order = pieces.filter((_, i) => i % 2 === 1).map(Number);
  if (order.length !== expressions.length || order.some((n, i) => n !== i)) {
    return { problem: 'the minifier moved, dropped or repeated an interpolation' };
  }
  let text = '`';
  pieces.forEach((piece, i) => {
    text += i % 2 === 0 ? escapeTemplateText(piece) : `\${${expressions[Number(piece)]}}`;
  });
  return { text: `${text}\`` };
}

/** The raw static stretches of a template literal, `[from, to)` positions in the source. */
function staticRanges(template, sourceFile) {
  if (ts.isNoSubstitutionTemplateLiteral(template)) return [[template.getStart(sourceFile), template.end]];
  return [template.head, ...template.templateSpans.map((span) => span.literal)].map((l) => [
    l.getStart(sourceFile),
    l.end,
  ]);
}

/**
 * The source text of the `html`/`svg` template `outer`, with each run of white space that holds a line break
 * made one space in its static text and in that of the markup templates nested in its `${}`s. Only raw
 * text changes (an escape such as `\n` is not white space there); expressions are kept as written.
 */
function collapseMarkupDeep(outer, code, sourceFile, names) {
  const start = outer.getStart(sourceFile);
  const ranges = markupTemplates(sourceFile, names)
    .filter((t) => start <= t.getStart(sourceFile) && t.end <= outer.end)
    .flatMap((t) => staticRanges(t, sourceFile))
    .sort((a, b) => a[0] - b[0]);
  let text = '';
  let at = start;
  for (const [from, to] of ranges) {
    text += code.slice(at, from) + code.slice(from, to).replace(/[ \t]*\n\s*/g, ' ');
    at = to;
  }
  return text + code.slice(at, outer.end);
}

/**
 * `html`/`svg` tagged templates, nested ones included, except those passed to `msg()`: @lit/localize
 * finds a translation by a hash of the template's strings, which must stay as extracted.
 */
function markupTemplates(sourceFile, names) {
  const found = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && names.has(node.tag.text)) {
      const call = node.parent;
      const localized = ts.isCallExpression(call) && ts.isIdentifier(call.expression) && call.expression.text === 'msg';
      if (localized) return;
      found.push(node.template);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

/**
 * Minifies every Lit `css` template in one module's source (TypeScript or JavaScript), and collapses the
 * indentation of its `html` and `svg` templates.
 * @param {string} code
 * @param {{ fileName: string, warn?: (message: string) => void }} options
 * @returns {{ code: string, minified: number, skipped: number } | null} null when nothing changed
 */
export function minifyCssTemplatesInModule(code, { fileName, warn = console.warn }) {
  if (!code.includes('`') || !MAY_IMPORT_CSS.test(code)) return null;
  const kind = /\.[cm]?tsx?$/.test(fileName) ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  const sourceFile = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, kind);
  const names = cssTagNames(sourceFile);
  const markup = new Set(MARKUP_TAGS.flatMap((tag) => [...cssTagNames(sourceFile, tag)]));
  if (!names.size && !markup.size) return null;

  let out = '';
  let copied = 0;
  let minified = 0;
  let skipped = 0;
  const css = names.size ? cssTemplates(sourceFile, names).map((t) => ({ template: t, css: true })) : [];
  // Nested markup templates are collapsed with the one around them: only the outermost are rewritten.
  const outer = markupTemplates(sourceFile, markup).filter(
    (t, _, all) => !all.some((o) => o !== t && o.getStart(sourceFile) <= t.getStart(sourceFile) && t.end <= o.end),
  );
  const templates = [...css, ...outer.map((t) => ({ template: t, css: false }))].sort(
    (a, b) => a.template.getStart(sourceFile) - b.template.getStart(sourceFile),
  );
  for (const { template, css: isCss } of templates) {
    const start = template.getStart(sourceFile);
    const from = sourceFile.getLineAndCharacterOfPosition(start);
    const to = sourceFile.getLineAndCharacterOfPosition(template.end);
    const result = isCss
      ? minifyTemplate(template, code, sourceFile, `${fileName}:${from.line + 1}`)
      : { text: collapseMarkupDeep(template, code, sourceFile, markup) };
    if ('problem' in result) {
      warn(`${fileName}:${from.line + 1}: css\`\` template left as written: ${result.problem}`);
      skipped++;
      continue;
    }
    const original = code.slice(start, template.end);
    if (result.text === original) continue;
    // Pad so that what follows the template keeps its line and column (see the top of this file).
    const lines = result.text.split('\n');
    const endLine = from.line + lines.length - 1;
    const endColumn = lines.length > 1 ? lines.at(-1).length : from.character + result.text.length;
    const padding =
      to.line > endLine
        ? '\n'.repeat(to.line - endLine) + ' '.repeat(to.character)
        : ' '.repeat(Math.max(0, to.character - endColumn));
    out += code.slice(copied, start) + result.text + padding;
    copied = template.end;
    minified++;
  }
  if (!minified) return null;
  return { code: out + code.slice(copied), minified, skipped };
}

/** Vite plugin: minifies `css` templates in the project's src/**\/*.ts while building. */
export function minifyCssTemplates() {
  const src = fileURLToPath(new URL('../src/', import.meta.url));
  return {
    name: 'minga:minify-css-templates',
    apply: 'build',
    enforce: 'pre',
    transform: {
      filter: { id: { include: /\.ts$/, exclude: /[\\/]node_modules[\\/]/ }, code: /\b(css|html|svg)\b/ },
      handler(code, id) {
        if (!id.startsWith(src)) return null;
        const fileName = relative(process.cwd(), id).split(sep).join('/');
        const result = minifyCssTemplatesInModule(code, { fileName, warn: (message) => this.warn(message) });
        // Positions outside the templates are unchanged (see the top of this file).
        return result && { code: result.code, map: null };
      },
    },
  };
}

/** Minifies `css` templates in every .js file under `dir` (except under `exclude`), in place. */
export function minifyCssTemplatesInDir(dir, { exclude = [], warn = console.warn } = {}) {
  const skipDirs = exclude.map((d) => resolve(d));
  const totals = { files: 0, minified: 0, skipped: 0 };
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
    if (skipDirs.some((d) => resolve(path).startsWith(d + sep))) continue;
    const fileName = relative(process.cwd(), path).split(sep).join('/');
    const result = minifyCssTemplatesInModule(readFileSync(path, 'utf8'), { fileName, warn });
    if (!result) continue;
    writeFileSync(path, result.code);
    totals.files++;
    totals.minified += result.minified;
    totals.skipped += result.skipped;
  }
  return totals;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const exclude = args.flatMap((a, i) => (args[i - 1] === '--exclude' ? [a] : []));
  const dirs = args.filter((a, i) => a !== '--exclude' && args[i - 1] !== '--exclude');
  if (dirs.length !== 1) {
    console.error('usage: node scripts/minify-css-templates.mjs DIR [--exclude DIR]...');
    process.exit(2);
  }
  const totals = minifyCssTemplatesInDir(dirs[0], { exclude });
  console.log(
    `${totals.minified} css\`\` template(s) minified in ${totals.files} file(s), ${totals.skipped} left as written`,
  );
}
