/**
 * "Start from a file": a CSV, iCalendar, frab or Sessionize file converted in the page (nothing is
 * uploaded anywhere), every problem listed with its row or line, and the feed offered to download.
 * The builder previews the widgets with the result.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FeedJson } from '../../src/feed/types.js';
import type { ImportProblem, ImportResult, SourceFormat } from '../../src/feed/convert/types.js';
import type { BuilderText } from './builder-text.js';

export interface ImportChoice {
  timeZone: string;
  eventId: string;
  name: string;
  language: string;
  dateOrder: '' | 'dmy' | 'mdy';
  /** iCalendar: each entry an event of its own. */
  events: boolean;
}

export interface FromFileState {
  choice: ImportChoice;
  /** The file last chosen or dropped, kept to convert again when an option changes. */
  file?: { name: string; bytes: Uint8Array };
  result?: ImportResult;
  /** The address of the converted feed to download (a blob: URL), revoked when replaced. */
  download?: string;
}

export const emptyChoice = (): ImportChoice => ({
  timeZone: '',
  eventId: '',
  name: '',
  language: '',
  dateOrder: '',
  events: false,
});

/** Converts the state's file with its options; the importers load only now, on first use. */
export async function convert(state: FromFileState): Promise<void> {
  if (!state.file) return;
  const { importProgramme } = await import('../../src/feed/convert/import-programme.js');
  const c = state.choice;
  state.result = await importProgramme(state.file.bytes, {
    timeZone: c.timeZone.trim() || undefined,
    eventId: c.eventId.trim() || undefined,
    name: c.name.trim() || undefined,
    language: c.language.trim() || undefined,
    dateOrder: c.dateOrder || undefined,
    events: c.events,
  });
  if (state.download) URL.revokeObjectURL(state.download);
  const feed = importedFeed(state);
  state.download = feed
    ? URL.createObjectURL(new Blob([`${JSON.stringify(feed, null, 2)}\n`], { type: 'application/json' }))
    : undefined;
}

/** The converted feed, when the file could be read (it may still carry errors: they are listed). */
export function importedFeed(state: FromFileState): FeedJson | undefined {
  return state.result?.feed;
}

const FORMATS: Record<SourceFormat, string> = {
  csv: 'CSV',
  ical: 'iCalendar',
  frab: 'frab (pretalx, OSEM)',
  sessionize: 'Sessionize',
};

export interface FromFileHandlers {
  readonly templateUrl: string;
  readonly onFile: (file: File) => void;
  readonly onChoice: (patch: Partial<ImportChoice>) => void;
}

export function fromFileSection(
  state: FromFileState,
  t: BuilderText['fromFile'],
  on: FromFileHandlers,
): TemplateResult {
  const c = state.choice;
  const field = (name: 'timeZone' | 'eventId' | 'name' | 'language', label: string, hint?: string) =>
    html`<label
      >${label}
      <input
        name="import-${name}"
        list=${name === 'timeZone' ? 'builder-import-zones' : nothing}
        .value=${c[name]}
        aria-describedby=${hint ? `import-${name}-hint` : nothing}
        @change=${(e: Event) => on.onChoice({ [name]: (e.target as HTMLInputElement).value })} />
      ${hint ? html`<small id="import-${name}-hint">${hint}</small>` : nothing}</label
    >`;
  return html`<section class="from-file" aria-labelledby="from-file-title">
    <h2 id="from-file-title">${t.title}</h2>
    <p>${t.intro}</p>
    <div
      class="drop"
      @dragover=${(e: DragEvent) => e.preventDefault()}
      @drop=${(e: DragEvent) => {
        e.preventDefault();
        const file = e.dataTransfer?.files[0];
        if (file) on.onFile(file);
      }}>
      <label
        >${t.choose}
        <input
          type="file"
          name="import-file"
          accept=".csv,.tsv,.txt,.ics,.ical,.json,.xml,text/csv,text/calendar,application/json,application/xml"
          @change=${(e: Event) => {
            const file = (e.target as HTMLInputElement).files?.[0];
            if (file) on.onFile(file);
          }}
      /></label>
      <p>${t.drop}</p>
    </div>
    <p><a href=${on.templateUrl} download="programme-template.csv">${t.template}</a></p>
    <fieldset class="import-options">
      <legend>${t.options}</legend>
      ${field('timeZone', t.timeZone, t.timeZoneHint)} ${field('eventId', t.eventId)} ${field('name', t.name)}
      ${field('language', t.sourceLanguage, t.sourceLanguageHint)}
      <label
        >${t.dateOrder}
        <select
          name="import-dateOrder"
          @change=${(e: Event) => on.onChoice({ dateOrder: (e.target as HTMLSelectElement).value as ImportChoice['dateOrder'] })}>
          ${(['', 'dmy', 'mdy'] as const).map((v) => html`<option value=${v} ?selected=${c.dateOrder === v}>${t.dateOrders[v || 'none']}</option>`)}
        </select></label
      >
      <label class="check"
        ><input
          type="checkbox"
          name="import-events"
          .checked=${c.events}
          @change=${(e: Event) => on.onChoice({ events: (e.target as HTMLInputElement).checked })} />
        ${t.eachEntryAnEvent}</label
      >
      <datalist id="builder-import-zones">
        ${Intl.supportedValuesOf('timeZone').map((z) => html`<option value=${z}></option>`)}
      </datalist>
    </fieldset>
    ${state.result ? outcome(state, t) : nothing}
  </section>`;
}

function outcome(state: FromFileState, t: BuilderText['fromFile']): TemplateResult {
  const result = state.result!;
  const errors = result.problems.filter((p) => p.severity === 'error').length;
  const warnings = result.problems.length - errors;
  const feed = result.feed;
  const sessions = feed?.events.reduce((n, e) => n + (e.sessions?.length ?? 0), 0) ?? 0;
  return html`<div class="import-outcome">
    <p role="status">
      ${t.summary(state.file!.name, FORMATS[result.format], feed?.events.length ?? 0, sessions, errors, warnings)}
    </p>
    ${
      result.problems.length
        ? html`<ul class="problems">
            ${result.problems.map((p) => problem(p, t))}
          </ul>`
        : nothing
    }
    ${
      state.download && errors === 0
        ? html`<p><a class="download" href=${state.download} download="feed.json">${t.download}</a> ${t.next}</p>`
        : html`<p>${feed ? t.fixFirst : t.nothingRead}</p>`
    }
  </div>`;
}

const problem = (p: ImportProblem, t: BuilderText['fromFile']) =>
  html`<li class=${p.severity}>
    <strong>${p.severity === 'error' ? t.error : t.warning}</strong
    >${p.where ? html` · <span class="where">${place(p.where, t)}</span>` : nothing}: ${p.message}
  </li>`;

/**
 * The place in the builder's language: the importers write `row 3, column "date"` and `line 42`
 * (as the CLI prints them); JSON Pointers stay as they are. The messages themselves are the CLI's,
 * in English (docs/importing.md explains each).
 */
function place(where: string, t: BuilderText['fromFile']): string {
  const row = /^row (\d+)(?:, column (.+))?$/.exec(where);
  if (row) return t.row(row[1], row[2]);
  const line = /^line (\d+)(?:, column (\d+))?$/.exec(where);
  return line ? t.line(line[1], line[2]) : where;
}
