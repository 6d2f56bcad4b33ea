import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { DateTime } from 'luxon';
import { instantOf } from '../../src/feed/convert/feed-json.js';
import type { FeedJson } from '../../src/feed/types.js';

type Run = { code: number; stdout: string; stderr: string };
const cli = (...args: string[]) => executeServerCommand<Run, { args: string[] }>('minga-cli', { args });
const CSV = 'test/fixtures/import/cli/programa-excel-es.csv';
const MEXICO = ['--time-zone', 'America/Mexico_City'];
const FORO = [...MEXICO, '--event', 'foro', '--name', 'Foro'];
/** A path no earlier run wrote, so that "nothing was written" can be checked by reading it. */
const fresh = (name: string) =>
  `node_modules/.cache/minga-import-${Date.now()}-${Math.random().toString(36).slice(2)}-${name}`;
const at = (zone: string, year: number, month: number, day: number, hour: number, minute = 0) =>
  DateTime.fromObject({ year, month, day, hour, minute }, { zone }).toMillis();

describe('npx minga-widgets import', () => {
  it('converts an Excel CSV (BOM, `;`, CRLF, Spanish headers) into a feed that validates, and says what it detected', async () => {
    const out = fresh('feed.json');
    const run = await cli('import', CSV, ...FORO, '--lang', 'es', '--date-order', 'dmy', '-o', out);
    expect(run.code, run.stderr).to.equal(0);
    expect(run.stdout).to.equal('');
    expect(run.stderr).to.contain('read as CSV (spreadsheet) (detected; say otherwise with --from)');
    expect(run.stderr).to.contain(`1 event(s) and 2 session(s), 0 warning(s); written to ${out}`);
    const check = await cli('validate', out);
    expect(check.code).to.equal(0);
    expect(check.stdout).to.contain('0 error(s), 0 warning(s); 1 event(s) and 2 session(s) are valid');
  });

  it('writes the feed to standard output without -o, with the instants of the source', async () => {
    const run = await cli('import', CSV, ...FORO, '--date-order', 'dmy');
    expect(run.code, run.stderr).to.equal(0);
    const feed = JSON.parse(run.stdout) as FeedJson;
    const [event] = feed.events;
    expect(event.timeZone).to.equal('America/Mexico_City');
    const opening = event.sessions!.find((s) => s.id === 'apertura')!;
    expect(instantOf(opening.start, event.timeZone)).to.equal(at('America/Mexico_City', 2019, 12, 9, 12, 30));
    expect(opening.speakers).to.deep.equal([{ name: 'Ana Pérez', affiliation: 'GSEF' }]);
  });

  it('exits 1 and writes nothing while an error remains, naming what is missing', async () => {
    const out = fresh('not-written.json');
    const run = await cli('import', CSV, '--event', 'foro', '--name', 'Foro', '--date-order', 'dmy', '-o', out);
    expect(run.code).to.equal(1);
    expect(run.stderr).to.match(/--time-zone/);
    expect(run.stderr).to.contain('nothing was written');
    expect(run.stdout).to.equal('');
    expect((await cli('validate', out)).code, 'no file at the -o path').to.equal(2);
  });

  it('names the row of an ambiguous date, and reads it with --date-order', async () => {
    const run = await cli('import', CSV, ...FORO);
    expect(run.code).to.equal(1);
    expect(run.stderr).to.match(/row 2, column "fecha": .*--date-order/);
    expect((await cli('import', CSV, ...FORO, '--date-order', 'mdy')).code).to.equal(0);
  });

  it('adds to or replaces one event of an existing feed with --merge, keeping the rest', async () => {
    // No --time-zone and no --name: a spreadsheet has neither, and the feed's pd-lac-2019 has both.
    const args = ['import', CSV, '--event', 'pd-lac-2019', '--lang', 'es', '--date-order', 'dmy'];
    const run = await cli(...args, '--merge', 'demo/feed.json');
    expect(run.code, run.stderr).to.equal(0);
    expect(run.stderr).to.contain('merged into demo/feed.json: replaced pd-lac-2019');
    const feed = JSON.parse(run.stdout) as FeedJson;
    const original = (await (await fetch('/demo/feed.json')).json()) as FeedJson;
    expect(feed.events.map((e) => e.id)).to.deep.equal(original.events.map((e) => e.id));
    const lac = feed.events.find((e) => e.id === 'pd-lac-2019')!;
    // What the spreadsheet cannot say is kept: the name in three languages, the series, the place.
    expect(lac.series).to.equal('gsef-policy-dialogues-2019');
    expect(lac.timeZone).to.equal('America/Mexico_City');
    expect((lac.description as Record<string, string>).en).to.match(/^Sessions co-organized by GSEF/);
    expect((lac.name as Record<string, string>).fr).to.match(/^1er Dialogue/);
    expect(lac.sessions!.map((s) => s.id)).to.deep.equal(['apertura', 'cierre']);
    // Texts of a Spanish import are filed under es in an English feed.
    expect(lac.sessions![0].title).to.deep.equal({ es: 'Sesión de apertura' });
    expect(feed.series).to.have.length(1);
  });

  it('takes plain texts to be in the feed’s language when --lang does not say otherwise', async () => {
    const run = await cli('import', CSV, '--event', 'pd-lac-2019', '--date-order', 'dmy', '--merge', 'demo/feed.json');
    expect(run.code, run.stderr).to.equal(0);
    const lac = (JSON.parse(run.stdout) as FeedJson).events.find((e) => e.id === 'pd-lac-2019')!;
    expect(lac.sessions![0].title).to.equal('Sesión de apertura');
  });

  it('says so and exits 2 when the output cannot be written', async () => {
    const run = await cli('import', CSV, ...FORO, '--date-order', 'dmy', '-o', 'no/such/folder/feed.json');
    expect(run.code).to.equal(2);
    expect(run.stderr).to.match(/^cannot write no\/such\/folder\/feed\.json: /m);
    expect(run.stderr).to.not.match(/\n\s+at /);
  });

  it('reads a programme from an address, as it reads a file', async () => {
    const args = [...FORO, '--date-order', 'dmy'];
    const run = await cli('import', `${location.origin}/${CSV}`, ...args);
    expect(run.code, run.stderr).to.equal(0);
    expect(run.stdout).to.equal((await cli('import', CSV, ...args)).stdout);
    expect((await cli('import', `${location.origin}/no/such/programme.csv`, ...args)).stderr).to.contain(
      'answered HTTP 404',
    );
  });

  it('exits 2 on usage errors and unreadable files', async () => {
    expect((await cli('import', CSV, '--from', 'xls')).code).to.equal(2);
    expect((await cli('import', CSV, '--date-order', 'ymd')).code).to.equal(2);
    expect((await cli('import', 'no/such/file.csv')).code).to.equal(2);
    expect((await cli('import', CSV, '--no-such-option')).code).to.equal(2);
    expect((await cli('export', 'demo/feed.json', '--to', 'xcal')).code).to.equal(2);
  });
});

describe('npx minga-widgets export', () => {
  it('writes a frab schedule.json that imports back to the same sessions', async () => {
    const out = fresh('schedule.json');
    const run = await cli(
      'export',
      'demo/feed.json',
      '--to',
      'frab',
      '--event',
      'pd-lac-2019',
      '--lang',
      'es',
      '-o',
      out,
    );
    expect(run.code, run.stderr).to.equal(0);
    const back = await cli('import', out);
    expect(back.code, back.stderr).to.equal(0);
    expect(back.stderr).to.contain('read as a frab schedule (pretalx, frab, OSEM) (detected');
    const feed = JSON.parse(back.stdout) as FeedJson;
    const original = JSON.parse(
      (await cli('export', 'demo/feed.json', '--to', 'frab', '--event', 'pd-lac-2019', '--lang', 'es')).stdout,
    );
    expect(original.schedule.conference.title).to.match(/^1\.er Diálogo/);
    const [event] = feed.events;
    const starts = event.sessions!.map((s) => instantOf(s.start, event.timeZone));
    expect(starts).to.deep.equal([
      at('America/Mexico_City', 2019, 12, 9, 12, 30),
      at('America/Mexico_City', 2019, 12, 9, 18, 30),
    ]);
  });

  it('writes the same iCalendar file as the ics command', async () => {
    const ics = await cli(
      'ics',
      'demo/feed.json',
      'pd-lac-2019',
      '--sessions',
      '--feed-url=https://example.org/feed.json',
    );
    const exported = await cli(
      'export',
      'demo/feed.json',
      '--to',
      'ical',
      '--event',
      'pd-lac-2019',
      '--sessions',
      '--feed-url=https://example.org/feed.json',
    );
    expect(exported.code).to.equal(0);
    const strip = (text: string) => text.replace(/^DTSTAMP:.*$/gm, '');
    expect(strip(exported.stdout)).to.equal(strip(ics.stdout));
    expect(exported.stdout).to.contain('BEGIN:VCALENDAR');
  });
});
