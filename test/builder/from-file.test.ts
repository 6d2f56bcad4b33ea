import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { DateTime } from 'luxon';
import '../../src/minga-widgets.js';
import { clearFeedCache } from '../../src/index.js';
import { mountBuilder } from '../../demo/builder/builder.js';
import { instantOf } from '../../src/feed/convert/feed-json.js';
import type { FeedJson } from '../../src/feed/types.js';
import { SEED_FEED, waitForText } from '../support/helpers.js';

const TEMPLATE = '/docs/programme-template.csv';

async function builder(language: 'en' | 'es' | 'fr' = 'en'): Promise<HTMLElement> {
  const root = await fixture<HTMLElement>(html`<main></main>`);
  mountBuilder(root, {
    feedUrl: new URL(SEED_FEED, location.href).href,
    scriptUrl: 'https://www.example.org/minga/minga-widgets.js',
    embedUrl: 'https://www.example.org/minga/embed.html',
    language,
    templateUrl: TEMPLATE,
  });
  return root;
}

/** Chooses `bytes` as the file, as a person does with the file picker. */
function chooseFile(root: Element, name: string, bytes: BlobPart): void {
  const input = root.querySelector<HTMLInputElement>('input[name="import-file"]')!;
  const transfer = new DataTransfer();
  transfer.items.add(new File([bytes], name));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
}

function setOption(root: Element, name: string, value: string): void {
  const field = root.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="import-${name}"]`)!;
  field.value = value;
  field.dispatchEvent(new Event('change'));
}

const status = (root: Element) =>
  root.querySelector('.import-outcome [role="status"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** What Excel in a Spanish locale writes: BOM, `;`, CRLF, Spanish headers, day-first dates. */
const EXCEL_ES =
  '\uFEFFid;fecha;inicio;fin;título;sala;ponentes\r\n' +
  'apertura;09/12/2019;12:30;14:30;Sesión de apertura;Sala 1;Ana Pérez (GSEF)\r\n' +
  ';10/12/2019;9:00;10:00;"Economía social; ciudades";Sala 2;\r\n';

describe('snippet builder: start from a file', () => {
  beforeEach(() => clearFeedCache());

  it('converts a spreadsheet in the page, previews it, lists its events and offers the feed', async () => {
    const root = await builder();
    chooseFile(root, 'programa.csv', EXCEL_ES);
    await waitUntil(() => status(root).includes('read as CSV'), 'file read', { timeout: 5000 });
    // CSV has no zone: the builder says what is missing, and nothing is offered to download.
    expect(root.querySelector('.problems')!.textContent).to.match(/time-zone|time zone/i);
    expect(root.querySelector('a.download')).to.equal(null);
    setOption(root, 'timeZone', 'America/Mexico_City');
    setOption(root, 'eventId', 'foro-2019');
    setOption(root, 'name', 'Foro de prueba');
    setOption(root, 'dateOrder', 'dmy');
    await waitUntil(() => status(root).includes('0 errors'), status(root), { timeout: 5000 });
    expect(status(root)).to.contain('programa.csv, read as CSV: 1 event and 2 sessions; 0 errors');
    const link = root.querySelector<HTMLAnchorElement>('a.download')!;
    expect(link.getAttribute('download')).to.equal('feed.json');
    const feed = (await (await fetch(link.href)).json()) as FeedJson;
    const event = feed.events[0];
    expect(event.id).to.equal('foro-2019');
    const first = event.sessions!.find((s) => s.id === 'apertura')!;
    const expected = DateTime.fromObject(
      { year: 2019, month: 12, day: 9, hour: 12, minute: 30 },
      { zone: 'America/Mexico_City' },
    );
    expect(instantOf(first.start, event.timeZone)).to.equal(expected.toMillis());
    // The events menu now lists the imported event, and the preview shows its sessions.
    expect([...root.querySelectorAll('select[name="event"] option')].map((o) => o.getAttribute('value'))).to.include(
      'foro-2019',
    );
    const preview = root.querySelector<HTMLElement>('.preview minga-agenda')!;
    // Two rooms: a wide preview shows the grid, one day at a time, the opening on the first.
    await waitForText(preview, 'Sesión de apertura');
    await expect(root).to.be.accessible();
  });

  it('names the row of every problem, in the builder’s language, and writes nothing while an error remains', async () => {
    const root = await builder('es');
    setOption(root, 'timeZone', 'America/Mexico_City');
    setOption(root, 'eventId', 'foro');
    setOption(root, 'name', 'Foro');
    chooseFile(
      root,
      'roto.csv',
      'id,date,start,end,title\nuno,2019-12-09,12:30,14:30,Bien\ndos,2019-13-45,12:30,14:30,Fecha imposible\n',
    );
    await waitUntil(() => status(root).includes('leído como CSV'), status(root), { timeout: 5000 });
    const items = [...root.querySelectorAll('.problems li')].map((li) => li.textContent!.replace(/\s+/g, ' '));
    expect(
      items.some((text) => /^Error · fila 3, columna /.test(text.trim())),
      items.join('\n'),
    ).to.equal(true);
    expect(root.querySelector('a.download')).to.equal(null);
    expect(root.querySelector('.import-outcome')!.textContent).to.contain('Corrija los errores');
  });

  it('reads a frab schedule.json as pretalx publishes it, detected from its content', async () => {
    const root = await builder('fr');
    const schedule = await (await fetch('/test/fixtures/import/frab/pretalx-schedule.json')).text();
    chooseFile(root, 'schedule.json', schedule);
    await waitUntil(() => status(root).includes('lu comme frab'), status(root), { timeout: 5000 });
    expect(status(root)).to.match(/0 erreur,/);
    expect(root.querySelector('a.download')).to.not.equal(null);
  });

  it('says how to save a spreadsheet as UTF-8 when the file is in another encoding', async () => {
    const root = await builder();
    // "Économie" in Windows-1252, as Excel's plain "CSV" writes it in Western European locales.
    chooseFile(root, 'legacy.csv', new Uint8Array([0x74, 0x69, 0x74, 0x6c, 0x65, 0x0a, 0xc9, 0x63, 0x6f, 0x0a]));
    await waitUntil(() => root.querySelector('.problems'), 'problem listed', { timeout: 5000 });
    expect(root.querySelector('.problems')!.textContent).to.contain('CSV UTF-8');
    expect(root.querySelector('.import-outcome')!.textContent).to.contain('Nothing could be read from this file.');
  });

  it('makes each calendar entry an event of its own when asked, as --events does', async () => {
    const root = await builder();
    const calendar = await (await fetch('/test/fixtures/import/ical/google.ics')).text();
    chooseFile(root, 'programme.ics', calendar);
    await waitUntil(() => status(root).includes('read as iCalendar'), status(root), { timeout: 5000 });
    const asSessions = status(root);
    expect(asSessions).to.match(/: 1 event and \d+ sessions;/);
    root.querySelector<HTMLInputElement>('input[name="import-events"]')!.click();
    await waitUntil(() => status(root) !== asSessions, 'converted again', { timeout: 5000 });
    expect(status(root)).to.match(/: (\d{2,}|[2-9]) events and 0 sessions;/);
  });

  it('offers the CSV template one click away, and the template is a CSV', async () => {
    const root = await builder();
    const link = [...root.querySelectorAll<HTMLAnchorElement>('.from-file a')].find((a) => a.hasAttribute('download'))!;
    expect(link.textContent).to.contain('CSV template');
    const response = await fetch(link.href);
    expect(response.ok).to.equal(true);
    expect((await response.text()).split(/\r?\n/)[0]).to.match(/^\uFEFF?session id,date,start,end,/);
  });
});
