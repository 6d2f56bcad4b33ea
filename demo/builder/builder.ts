/**
 * The snippet builder for content editors: choose a widget, a feed, an event, a language, a time
 * zone and options; see the widget live; copy the script-tag or the iframe snippet.
 * `mountBuilder()` renders it into any element (the page, or a test fixture).
 */
import { html, nothing, render } from 'lit';
import { EMBEDDABLE } from '../../src/embed/embed-elements.js';
import { validateFeed, type Feed } from '../../src/index.js';
import { builderText, type BuilderLanguage } from './builder-text.js';
import { chosen, iframeSnippet, scriptSnippet, type SnippetChoice, type WidgetName } from './snippet.js';
import { convert, emptyChoice, fromFileSection, importedFeed, type FromFileState } from './from-file.js';

/** Attributes with a fixed set of values get a menu rather than a text field. */
const CHOICES: Record<string, readonly string[]> = {
  theme: ['', 'auto', 'light', 'dark'],
  precision: ['', 'days', 'hours', 'minutes', 'seconds'],
  layout: ['', 'full', 'compact'],
  'list-style': ['', 'numbers', 'bullets'],
  'show-sdgs': ['', 'items', 'summary', 'none'],
  view: ['', 'fit', 'world'],
  'heading-level': ['', '1', '2', '3', '4', '5', '6'],
};
/** Set elsewhere in the form. */
const OWN_FIELDS = new Set(['event', 'series', 'time-zone']);
const LANGUAGES = ['en', 'es', 'fr', 'ko', 'pt'];

export interface BuilderOptions {
  readonly feedUrl: string;
  readonly scriptUrl: string;
  readonly embedUrl: string;
  readonly language?: BuilderLanguage;
  /** Where the CSV template is served (docs/programme-template.csv). */
  readonly templateUrl: string;
}

export function mountBuilder(root: HTMLElement, options: BuilderOptions): void {
  const { templateUrl } = options;
  const state = {
    ui: options.language ?? ('en' as BuilderLanguage),
    choice: {
      widget: 'agenda' as WidgetName,
      src: options.feedUrl,
      lang: options.language ?? 'en',
      attributes: {} as Record<string, string | true>,
      scriptUrl: options.scriptUrl,
      embedUrl: options.embedUrl,
    },
    feed: undefined as Feed | undefined,
    copied: '',
    fromFile: { choice: emptyChoice() } as FromFileState,
  };

  const set = (patch: Partial<SnippetChoice>) => {
    state.choice = { ...state.choice, ...patch } as typeof state.choice;
    state.copied = '';
    update();
  };
  const setAttribute = (name: string, value: string | true | undefined) => {
    const attributes = { ...state.choice.attributes };
    if (value === undefined || value === '') delete attributes[name];
    else attributes[name] = value;
    set({ attributes });
  };

  async function loadFeed(): Promise<void> {
    try {
      const response = await fetch(new URL(state.choice.src, location.href));
      state.feed = validateFeed(await response.json()).feed;
    } catch {
      state.feed = undefined;
    }
    update();
  }

  /** Converts the chosen file and previews its feed; the events menu then lists its events. */
  async function importFile(): Promise<void> {
    await convert(state.fromFile);
    const feed = importedFeed(state.fromFile);
    state.feed = feed ? validateFeed(feed).feed : undefined;
    update();
  }

  async function copy(text: string, which: string): Promise<void> {
    const t = builderText(state.ui);
    try {
      await navigator.clipboard.writeText(text);
      state.copied = `${which}: ${t.copied}`;
    } catch {
      state.copied = t.copyFailed;
    }
    update();
  }

  function update(): void {
    const t = builderText(state.ui);
    const c = state.choice;
    const spec = EMBEDDABLE[c.widget];
    const options = Object.entries(spec.attributes).filter(([name]) => !OWN_FIELDS.has(name));
    const events = state.feed?.events ?? [];
    const series = state.feed?.series ?? [];
    root.lang = state.ui;
    render(
      html`
        <h1 id="builder-title">${t.title}</h1>
        <p>${t.intro}</p>
        ${fromFileSection(state.fromFile, t.fromFile, {
          templateUrl,
          onFile: (file) =>
            void file.arrayBuffer().then((buffer) => {
              state.fromFile.file = { name: file.name, bytes: new Uint8Array(buffer) };
              return importFile();
            }),
          onChoice: (patch) => {
            state.fromFile.choice = { ...state.fromFile.choice, ...patch };
            void importFile();
          },
        })}
        <form class="builder" aria-labelledby="builder-title" @submit=${(e: Event) => e.preventDefault()}>
          <label
            >${t.language}
            <select
              name="ui"
              @change=${(e: Event) => {
                state.ui = (e.target as HTMLSelectElement).value as BuilderLanguage;
                update();
              }}>
              ${(['en', 'es', 'fr'] as const).map((l) => html`<option value=${l} ?selected=${l === state.ui}>${new Intl.DisplayNames([l], { type: 'language' }).of(l)}</option>`)}
            </select></label
          >
          <label
            >${t.widget}
            <select
              name="widget"
              @change=${(e: Event) => set({ widget: (e.target as HTMLSelectElement).value as WidgetName, attributes: {} })}>
              ${Object.keys(EMBEDDABLE).map((w) => html`<option value=${w} ?selected=${w === c.widget}>${t.widgets[w as WidgetName]}</option>`)}
            </select></label
          >
          <label
            >${t.feed}
            <input
              name="src"
              type="url"
              .value=${c.src}
              @change=${(e: Event) => {
                set({ src: (e.target as HTMLInputElement).value });
                void loadFeed();
              }}
          /></label>
          ${
            'series' in spec.attributes
              ? html`<label
                  >${t.series}
                  <select
                    name="series"
                    @change=${(e: Event) => setAttribute('series', (e.target as HTMLSelectElement).value)}>
                    <option value="">${t.allEvents}</option>
                    ${series.map((s) => html`<option value=${s.id} ?selected=${c.attributes.series === s.id}>${s.id}</option>`)}
                  </select></label
                >`
              : html`<label
                  >${t.event}
                  <select
                    name="event"
                    @change=${(e: Event) => setAttribute('event', (e.target as HTMLSelectElement).value)}>
                    <option value="">${t.anyEvent}</option>
                    ${events.map((ev) => html`<option value=${ev.id} ?selected=${c.attributes.event === ev.id}>${ev.id}</option>`)}
                  </select></label
                >`
          }
          <label
            >${t.widgetLanguage}
            <select name="lang" @change=${(e: Event) => set({ lang: (e.target as HTMLSelectElement).value })}>
              ${LANGUAGES.map((l) => html`<option value=${l} ?selected=${l === c.lang}>${new Intl.DisplayNames([state.ui], { type: 'language' }).of(l)}</option>`)}
            </select></label
          >
          <label
            >${t.timeZone}
            <input
              name="time-zone"
              list="builder-zones"
              .value=${String(c.attributes['time-zone'] ?? '')}
              @change=${(e: Event) => setAttribute('time-zone', (e.target as HTMLInputElement).value.trim())} />
            <datalist id="builder-zones">
              <option value="event">${t.zones.event}</option>
              <option value="local">${t.zones.local}</option>
            </datalist></label
          >
          <fieldset>
            <legend>${t.options}</legend>
            ${options.map(([name, kind]) =>
              kind === 'boolean'
                ? html`<label class="check"
                    ><input
                      type="checkbox"
                      name=${name}
                      .checked=${c.attributes[name] === true}
                      @change=${(e: Event) => setAttribute(name, (e.target as HTMLInputElement).checked ? true : undefined)} />
                    ${name}</label
                  >`
                : CHOICES[name]
                  ? html`<label
                      >${name}
                      <select
                        name=${name}
                        @change=${(e: Event) => setAttribute(name, (e.target as HTMLSelectElement).value)}>
                        ${CHOICES[name].map((v) => html`<option value=${v} ?selected=${(c.attributes[name] ?? '') === v}>${v || '—'}</option>`)}
                      </select></label
                    >`
                  : html`<label
                      >${name}
                      <input
                        name=${name}
                        .value=${String(c.attributes[name] ?? '')}
                        @change=${(e: Event) => setAttribute(name, (e.target as HTMLInputElement).value)}
                    /></label>`,
            )}
          </fieldset>
          <label
            >${t.script}
            <input
              name="script-url"
              .value=${c.scriptUrl}
              @change=${(e: Event) => set({ scriptUrl: (e.target as HTMLInputElement).value })}
          /></label>
          <label
            >${t.embed}
            <input
              name="embed-url"
              .value=${c.embedUrl}
              @change=${(e: Event) => set({ embedUrl: (e.target as HTMLInputElement).value })}
          /></label>
        </form>
        <section aria-labelledby="builder-preview">
          <h2 id="builder-preview">${t.preview}</h2>
          <div class="preview"></div>
        </section>
        ${snippet(t.scriptSnippet, scriptSnippet(c), 'script')}
        ${snippet(t.iframeSnippet, iframeSnippet(c, t.widgets[c.widget]), 'iframe')}
        <p class="status" role="status">${state.copied || nothing}</p>
      `,
      root,
    );
    preview(root.querySelector('.preview')!, c, importedFeed(state.fromFile));
  }

  function snippet(title: string, code: string, which: string) {
    const t = builderText(state.ui);
    return html`<section aria-labelledby="snippet-${which}">
      <h2 id="snippet-${which}">${title}</h2>
      <pre class="snippet" data-snippet=${which}><code>${code}</code></pre>
      <button type="button" @click=${() => copy(code, title)}>${t.copy}</button>
    </section>`;
  }

  update();
  void loadFeed();
}

/**
 * The live widget, from the very attributes the snippets write, set one by one; showing the feed
 * converted from a file when there is one, in place of the feed address.
 */
function preview(slot: Element, c: SnippetChoice, imported?: object): void {
  const el = document.createElement(EMBEDDABLE[c.widget].tag) as HTMLElement & { feed?: object };
  if (imported) el.feed = imported;
  else if (c.src.trim()) el.setAttribute('src', c.src.trim());
  if (c.lang) el.lang = c.lang;
  for (const [name, value] of chosen(c)) el.setAttribute(name, value === true ? '' : value);
  const current = slot.firstElementChild as (HTMLElement & { feed?: object }) | null;
  // Same widget, same choices: keep it, so typing in an unrelated field does not reload it.
  if (current && current.outerHTML === el.outerHTML && current.feed === el.feed) return;
  slot.replaceChildren(el);
}
