import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { DateTime } from 'luxon';
import { csvToFeed } from '../../src/feed/convert/csv.js';
import { columnOf } from '../../src/feed/convert/csv-columns.js';
import { instantOf } from '../../src/feed/convert/feed-json.js';
import { importProgramme } from '../../src/feed/convert/import-programme.js';
import type { ImportOptions, ImportProblem } from '../../src/feed/convert/types.js';
import type { EventJson, FeedJson, SessionJson } from '../../src/feed/types.js';

const DIR = '/test/fixtures/import/csv/';

async function bytes(path: string): Promise<Uint8Array> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** The independent oracle: luxon reads the source's own date and time text in the zone. */
function luxon(text: string, format: string, zone: string): number {
  const d = DateTime.fromFormat(text, format, { zone, locale: 'en' });
  if (!d.isValid) throw new Error(`luxon cannot read ${text} as ${format}: ${d.invalidExplanation}`);
  return d.toMillis();
}

const eventOf = (feed: FeedJson | undefined): EventJson => {
  expect(feed, 'a feed').to.exist;
  return feed!.events[0];
};
const sessionsOf = (feed: FeedJson | undefined): SessionJson[] => eventOf(feed).sessions ?? [];
const titleIn = (s: SessionJson, lang = 'en') => (typeof s.title === 'string' ? s.title : s.title[lang]);
const byTitle = (feed: FeedJson | undefined, title: string, lang = 'en'): SessionJson => {
  const found = sessionsOf(feed).find((s) => titleIn(s, lang) === title);
  expect(found, `session "${title}"`).to.exist;
  return found!;
};
const errors = (problems: readonly ImportProblem[]) => problems.filter((p) => p.severity === 'error');
const warnings = (problems: readonly ImportProblem[]) => problems.filter((p) => p.severity === 'warning');
const places = (problems: readonly ImportProblem[]) => problems.map((p) => p.where);

/** Start and end instants of a session, for comparing with the oracle. */
function instants(s: SessionJson, zone: string): [number, number] {
  return [instantOf(s.start, zone), instantOf(s.end, zone)];
}

const OPTIONS: ImportOptions = { timeZone: 'Europe/Paris', name: 'Test forum' };
const convert = (text: string, options: Partial<ImportOptions> = {}) => csvToFeed(text, { ...OPTIONS, ...options });

describe('CSV import: an Excel export in Spanish (; delimiter, BOM, CRLF, dd/mm/yyyy)', () => {
  const zone = 'America/Mexico_City';
  const options = { from: 'csv', timeZone: zone, name: 'Diálogo', language: 'es', dateOrder: 'dmy' } as const;

  it('reads every session at the instants the rows give, with no problem', async () => {
    const result = await importProgramme(await bytes(`${DIR}excel-es.csv`), options);
    expect(result.problems).to.deep.equal([]);
    const expected: [string, string, string][] = [
      ['Policy dialogue: first session', '09/12/2019 12:30', '09/12/2019 14:30'],
      ['Policy dialogue: second session', '09/12/2019 18:30', '09/12/2019 20:00'],
      ['Social economy workshop', '13/12/2019 9:00', '13/12/2019 11:00'],
      ['Visit to Iztapalapa cooperatives', '10/12/2019 10:00', '10/12/2019 12:00'],
    ];
    expect(sessionsOf(result.feed)).to.have.length(4);
    for (const [title, start, end] of expected) {
      expect(instants(byTitle(result.feed, title), zone), title).to.deep.equal([
        luxon(start, 'dd/MM/yyyy H:mm', zone),
        luxon(end, 'dd/MM/yyyy H:mm', zone),
      ]);
    }
    expect(result.feed!.defaultLanguage).to.equal('es');
    expect(eventOf(result.feed)).to.include({ start: '2019-12-09T12:30', end: '2019-12-13T11:00', timeZone: zone });
  });

  it('keeps texts per language, a quoted description with a line break and a ";", speakers, languages, status', async () => {
    const { feed } = await importProgramme(await bytes(`${DIR}excel-es.csv`), options);
    const first = byTitle(feed, 'Policy dialogue: first session');
    expect(first.title).to.deep.equal({
      es: 'Diálogo de políticas: primera sesión',
      en: 'Policy dialogue: first session',
    });
    expect(first.description).to.deep.equal({
      es: 'Presentación de las ciudades participantes.\nModera: CGLU; con interpretación simultánea',
    });
    expect(first.location).to.deep.equal({ es: 'Sala Tlatelolco' });
    expect(first.track).to.deep.equal({ es: 'Políticas públicas' });
    expect(first.speakers).to.deep.equal([
      { name: 'Laura Gómez', affiliation: 'Alcaldía de Iztapalapa' },
      { name: 'Jean Dupont', affiliation: 'GSEF' },
    ]);
    expect(first.languages).to.deep.equal(['es', 'en']);
    expect(first.status).to.equal('scheduled');
    // A ";" inside the parentheses belongs to the affiliation.
    expect(byTitle(feed, 'Policy dialogue: second session').speakers).to.deep.equal([
      { name: 'Marta Ruiz', affiliation: 'CGLU; Red de ciudades' },
    ]);
    const workshop = byTitle(feed, 'Social economy workshop');
    expect(workshop).to.include({ id: 'taller-ess', status: 'cancelled', url: 'https://example.org/taller' });
    expect(first.id).to.equal('dialogo-de-politicas-primera-sesion');
  });

  it('without --date-order, names each row whose date reads both ways (records, not lines) and keeps the rest', async () => {
    const result = await importProgramme(await bytes(`${DIR}excel-es.csv`), { ...options, dateOrder: undefined });
    const errs = errors(result.problems);
    // Row 2's description spans two lines of the file; the next record is still row 3.
    expect(places(errs)).to.deep.equal(['row 2, column "Fecha"', 'row 3, column "Fecha"', 'row 6, column "Fecha"']);
    for (const e of errs) expect(e.message).to.match(/--date-order dmy .*--date-order mdy/);
    expect(errs[2].message).to.contain('10 December 2019').and.contain('October 12, 2019');
    // 13/12/2019 reads one way only.
    expect(sessionsOf(result.feed).map((s) => s.id)).to.deep.equal(['taller-ess']);
  });

  it('with --date-order mdy, 13/12/2019 is no date and is named', async () => {
    const result = await importProgramme(await bytes(`${DIR}excel-es.csv`), { ...options, dateOrder: 'mdy' });
    expect(places(errors(result.problems))).to.deep.equal(['row 5, column "Fecha"']);
    const first = byTitle(result.feed, 'Policy dialogue: first session');
    expect(instantOf(first.start, zone)).to.equal(luxon('09/12/2019 12:30', 'MM/dd/yyyy H:mm', zone));
  });
});

describe('CSV import: a Google Sheets export (",", LF, ISO dates, 12-hour times)', () => {
  const zone = 'Europe/Madrid';
  const options = { timeZone: zone, name: 'GSEF 2018', eventId: 'gsef-2018' };

  it('reads 12-hour times at the right instants, detected as CSV', async () => {
    const result = await importProgramme(await bytes(`${DIR}google-sheets.csv`), options);
    expect(result).to.include({ format: 'csv', detected: true });
    expect(result.problems).to.deep.equal([]);
    const rows: [string, string, string, string][] = [
      ['Opening plenary', '2018-10-01', '9:30 AM', '11:00 AM'],
      ['Cities and the social economy', '2018-10-01', '11:30 AM', '12:45 PM'],
      ['Social finance', '2018-10-02', '3:00 PM', '4:30 PM'],
      ['Lunch with the mayors', '2018-10-03', '12:00 PM', '1:00 PM'],
    ];
    for (const [title, date, start, end] of rows) {
      expect(instants(byTitle(result.feed, title), zone), title).to.deep.equal([
        luxon(`${date} ${start}`, 'yyyy-MM-dd h:mm a', zone),
        luxon(`${date} ${end}`, 'yyyy-MM-dd h:mm a', zone),
      ]);
    }
    expect(eventOf(result.feed).id).to.equal('gsef-2018');
  });

  it('keeps plain texts, speakers, languages and statuses', async () => {
    const { feed } = await importProgramme(await bytes(`${DIR}google-sheets.csv`), options);
    const opening = byTitle(feed, 'Opening plenary');
    expect(opening).to.deep.include({
      title: 'Opening plenary',
      description: 'Welcome by the City of Bilbao, GSEF and partners',
      location: 'Euskalduna Hall A',
      track: 'Plenary',
      languages: ['en', 'es', 'eu'],
      url: 'https://example.org/opening',
      status: 'scheduled',
    });
    expect(opening.speakers).to.deep.equal([
      { name: 'Ana Pérez', affiliation: 'GSEF' },
      { name: 'Jon Etxeberria', affiliation: 'Bilbao City Council' },
    ]);
    expect(byTitle(feed, 'Cities and the social economy').status).to.equal('scheduled');
    expect(byTitle(feed, 'Social finance')).to.include({ id: 'social-finance', status: 'cancelled' });
    expect(byTitle(feed, 'Lunch with the mayors').status).to.equal('moved-online');
    // Two "Coffee break" rows: ids in the order of their starts.
    const breaks = sessionsOf(feed).filter((s) => s.title === 'Coffee break');
    expect(breaks.map((s) => [s.id, s.start])).to.deep.equal([
      ['coffee-break', '2018-10-01T11:00'],
      ['coffee-break-2', '2018-10-02T11:00'],
    ]);
  });
});

describe('CSV import: a LibreOffice export in French (tab delimiter)', () => {
  const zone = 'Africa/Dakar';
  const options = { timeZone: zone, name: 'GSEF 2023', language: 'fr', dateOrder: 'dmy' } as const;

  it('reads the French headers, times as 14:30:00 and 9h30', async () => {
    const result = await importProgramme(await bytes(`${DIR}libreoffice-fr.tsv`), options);
    expect(result.problems).to.deep.equal([]);
    const rows: [string, string, string, string, string][] = [
      ['Opening ceremony', '02/05/2023 09:00:00', '02/05/2023 10:30:00', 'dd/MM/yyyy HH:mm:ss', 'dd/MM/yyyy HH:mm:ss'],
      ['Field visit', '03/05/2023 9h30', '03/05/2023 12h', "dd/MM/yyyy H'h'mm", "dd/MM/yyyy H'h'"],
    ];
    for (const [title, start, end, startFormat, endFormat] of rows) {
      expect(instants(byTitle(result.feed, title), zone), title).to.deep.equal([
        luxon(start, startFormat, zone),
        luxon(end, endFormat, zone),
      ]);
    }
    const finance = byTitle(result.feed, 'Financing the social economy');
    expect(finance.title).to.deep.equal({ fr: "Financer l'économie sociale", en: 'Financing the social economy' });
    expect(finance.description).to.deep.equal({ fr: 'Table ronde ; questions\ndu public' });
    expect(finance.status).to.equal('cancelled');
    expect(finance.speakers).to.deep.equal([
      { name: 'Paul Ndiaye', affiliation: 'GSEF' },
      { name: 'Inès Sarr', affiliation: 'Banque populaire' },
    ]);
    expect(byTitle(result.feed, 'Opening ceremony')).to.deep.include({
      languages: ['fr', 'en', 'wo'],
      status: 'scheduled',
    });
    expect(byTitle(result.feed, 'Field visit').languages).to.deep.equal(['fr']);
  });
});

describe('CSV import: Korean headers', () => {
  const zone = 'Asia/Seoul';

  it('reads 오전/오후 times, 2014. 11. 18. dates and Korean statuses; ids from the English titles', async () => {
    const result = await importProgramme(await bytes(`${DIR}korean.csv`), {
      timeZone: zone,
      name: 'GSEF 2014',
      language: 'ko',
    });
    expect(result.problems).to.deep.equal([]);
    const opening = byTitle(result.feed, '개회식', 'ko');
    expect(instants(opening, zone)).to.deep.equal([
      luxon('2014-11-17 10:00 AM', 'yyyy-MM-dd h:mm a', zone),
      luxon('2014-11-17 12:00 PM', 'yyyy-MM-dd h:mm a', zone),
    ]);
    const cities = byTitle(result.feed, '사회적경제와 도시', 'ko');
    expect(instants(cities, zone)).to.deep.equal([
      luxon('2014. 11. 18. 2:00 PM', 'yyyy. MM. dd. h:mm a', zone),
      luxon('2014. 11. 18. 3:30 PM', 'yyyy. MM. dd. h:mm a', zone),
    ]);
    expect(opening).to.deep.include({
      id: 'opening-ceremony',
      status: 'scheduled',
      location: { ko: '서울시청 다목적홀' },
      speakers: [{ name: '박원순', affiliation: '서울특별시' }],
      languages: ['ko', 'en'],
    });
    expect(cities).to.deep.include({ status: 'cancelled', track: { ko: '정책' } });
  });
});

describe('CSV import: a file that is not UTF-8', () => {
  it('refuses Windows-1252 bytes with "save it as CSV UTF-8"', async () => {
    // Read from disk as they are: the test server would re-encode a text file it serves.
    const { base64 } = await executeServerCommand<{ base64: string }, { path: string }>('minga-fixture-bytes', {
      path: 'test/fixtures/import/csv/windows-1252.csv',
    });
    const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    // Real Windows-1252 bytes: “ (0x93) and í (0xED).
    expect([...data])
      .to.include(0x93)
      .and.include(0xed);
    const result = await importProgramme(data, { timeZone: 'America/Mexico_City', name: 'x' });
    expect(result.feed).to.equal(undefined);
    expect(errors(result.problems)).to.have.length(1);
    expect(result.problems[0].message).to.contain('CSV UTF-8');
  });
});

describe('CSV import: dates and times as spreadsheets write them', () => {
  const zone = 'Europe/Paris';
  const one = (date: string, start: string, end = '23:59', options: Partial<ImportOptions> = {}) =>
    convert(`date,start,end,title\n"${date}","${start}","${end}",Talk\n`, options);

  it('reads every time form at the instant luxon reads', () => {
    const forms: [string, string, string][] = [
      ['12:30', '12:30', 'H:mm'],
      ['9:05', '09:05', 'H:mm'],
      ['12:30 PM', '12:30', 'h:mm a'],
      ['12:00 AM', '00:00', 'h:mm a'],
      ['12:30 p. m.', '12:30', 'h:mm a'],
      ['1:30pm', '13:30', 'h:mm a'],
      ['13:30:00', '13:30', 'H:mm:ss'],
      ['14h30', '14:30', "H'h'mm"],
      ['오후 1:30', '13:30', 'h:mm a'],
    ];
    for (const [cell, wall, format] of forms) {
      const { feed, problems } = one('2019-12-09', cell);
      expect(problems, cell).to.deep.equal([]);
      const session = sessionsOf(feed)[0];
      expect(session.start, cell).to.equal(`2019-12-09T${wall}`);
      // luxon reads the English meridiem; the cell's own spelling is mapped to it for the oracle.
      const english = cell
        .replace('p. m.', 'PM')
        .replace(/^오후 (.*)$/, '$1 PM')
        .replace('pm', ' PM');
      expect(instantOf(session.start, zone), cell).to.equal(
        luxon(`2019-12-09 ${english}`, `yyyy-MM-dd ${format}`, zone),
      );
    }
  });

  it('reads every date form, day or month first as --date-order says', () => {
    const forms: [string, ImportOptions['dateOrder'], string][] = [
      ['2019-12-09', undefined, '2019-12-09'],
      ['09/12/2019', 'dmy', '2019-12-09'],
      ['9/12/2019', 'dmy', '2019-12-09'],
      ['09.12.2019', 'dmy', '2019-12-09'],
      ['12/9/2019', 'mdy', '2019-12-09'],
      ['09/12/2019', 'mdy', '2019-09-12'],
      ['25/12/2019', undefined, '2019-12-25'],
      ['12/25/2019', undefined, '2019-12-25'],
      ['07/07/2019', undefined, '2019-07-07'],
      ['09/12/2019 0:00', 'dmy', '2019-12-09'],
    ];
    for (const [cell, dateOrder, iso] of forms) {
      const { feed, problems } = one(cell, '10:00', '11:00', { dateOrder });
      expect(problems, cell).to.deep.equal([]);
      expect(sessionsOf(feed)[0].start, cell).to.equal(`${iso}T10:00`);
    }
  });

  it('names the row and column of a date or time it cannot read', () => {
    const cases: [string, string, string, RegExp][] = [
      ['09/12/19', '10:00', 'date', /two-digit year/],
      ['31/02/2019', '10:00', 'date', /not a real date/],
      ['2019-13-01', '10:00', 'date', /not a real date/],
      ['next monday', '10:00', 'date', /not a date; write 2019-12-09/],
      ['2019-12-09', '25:00', 'start', /not a time; write 12:30 or 12:30 PM/],
      ['2019-12-09', '9', 'start', /not a time/],
      ['2019-12-09', '13:30 PM', 'start', /not a time/],
      ['2019-12-09', '', 'start', /the start time is empty/],
    ];
    for (const [date, start, column, message] of cases) {
      const { feed, problems } = one(date, start, '23:00', { dateOrder: 'dmy' });
      // Then, with no session left, the file as a whole.
      expect(places(problems), `${date} ${start}`).to.deep.equal([`row 2, column "${column}"`, '']);
      expect(problems[0].message)
        .to.match(message)
        .and.match(/the session is left out$/);
      expect(feed, 'no session, no feed').to.equal(undefined);
    }
  });

  it('an end not after the start is an error unless an "end date" column says the next day', () => {
    const before = convert('date,start,end,title\n2019-12-09,22:00,01:00,Night\n2019-12-09,10:00,11:00,Day\n');
    expect(places(before.problems)).to.deep.equal(['row 2, column "end"']);
    expect(before.problems[0].message).to.contain('"end date" column');
    expect(sessionsOf(before.feed).map((s) => s.title)).to.deep.equal(['Day']);

    const night = convert('date,start,end,end date,title\n2019-12-09,22:00,01:00,2019-12-10,Night\n');
    expect(night.problems).to.deep.equal([]);
    expect(instants(sessionsOf(night.feed)[0], zone)).to.deep.equal([
      luxon('2019-12-09 22:00', 'yyyy-MM-dd HH:mm', zone),
      luxon('2019-12-10 01:00', 'yyyy-MM-dd HH:mm', zone),
    ]);

    const midnight = convert('date,start,end,title\n2019-12-09,22:00,24:00,Late\n');
    expect(midnight.problems).to.deep.equal([]);
    expect(sessionsOf(midnight.feed)[0].end).to.equal('2019-12-10T00:00');
  });
});

describe('CSV import: daylight saving time', () => {
  const zone = 'Europe/Paris';

  it('a start the clocks skip is an error naming the row; the other rows are kept', () => {
    const { feed, problems } = convert(
      'date,start,end,title\n2019-03-31,02:30,03:30,Skipped\n2019-03-31,10:00,11:00,Morning\n',
    );
    expect(places(problems)).to.deep.equal(['row 2, column "start"']);
    expect(problems[0].message).to.contain('does not exist in Europe/Paris');
    expect(sessionsOf(feed).map((s) => s.title)).to.deep.equal(['Morning']);
    expect(instantOf(sessionsOf(feed)[0].start, zone)).to.equal(luxon('2019-03-31 10:00', 'yyyy-MM-dd HH:mm', zone));
  });

  it('a time the clocks show twice is read as the first with the validator warning on the row; an offset picks', async () => {
    const twice = await importProgramme('date,start,end,title\n2019-10-27,02:30,04:00,Twice\n', OPTIONS);
    expect(errors(twice.problems)).to.deep.equal([]);
    expect(warnings(twice.problems).map((p) => p.where)).to.deep.equal(['row 2, column "start"']);
    expect(twice.problems[0].message).to.contain('happens twice');
    const session = sessionsOf(twice.feed)[0];
    expect(instantOf(session.start, zone)).to.equal(DateTime.fromISO('2019-10-27T02:30+02:00').toMillis());

    const later = await importProgramme('date,start,end,title\n2019-10-27,02:30 +01:00,04:00,Later\n', OPTIONS);
    expect(later.problems).to.deep.equal([]);
    const second = sessionsOf(later.feed)[0];
    expect(instantOf(second.start, zone)).to.equal(DateTime.fromISO('2019-10-27T02:30+01:00').toMillis());
  });
});

describe('CSV import: offsets and 24:00', () => {
  it('an offset the zone does not show at that time is an error naming row and column; the row is left out', () => {
    const { feed, problems } = convert(
      'date,start,end,title\n2019-12-09,20:00 -10:00,22:00,Far\n2019-12-09,10:00,11:00,Kept\n',
    );
    expect(problems.map((p) => [p.severity, p.where])).to.deep.equal([['error', 'row 2, column "start"']]);
    expect(problems[0].message)
      .to.contain('the offset -10:00 is not Europe/Paris')
      .and.contain('UTC+1')
      .and.match(/the session is left out$/);
    // Not 2019-12-10 07:00, the instant the offset names.
    expect(sessionsOf(feed).map((s) => s.title)).to.deep.equal(['Kept']);
  });

  it('an offset the zone shows is read as written, at the instant luxon reads', () => {
    const { feed, problems } = convert('date,start,end,title\n2019-12-09,10:00 +01:00,11:00 UTC+01:00,Talk\n');
    expect(problems).to.deep.equal([]);
    expect(instants(sessionsOf(feed)[0], 'Europe/Paris')).to.deep.equal([
      DateTime.fromISO('2019-12-09T10:00+01:00').toMillis(),
      DateTime.fromISO('2019-12-09T11:00+01:00').toMillis(),
    ]);
  });

  it('a start and an end typed in one cell say to write the end in the end column', () => {
    const cells: [string, string, string][] = [
      ['14:30-16:00', '14:30', '16:00'],
      ['09:00-11:00', '09:00', '11:00'],
      ['14:30 – 16:00', '14:30', '16:00'],
      ['2 pm to 4 pm', '2 pm', '4 pm'],
    ];
    for (const [cell, start, end] of cells) {
      const { feed, problems } = convert(`date,start,end,title\n2019-12-09,${cell},17:00,Range\n`);
      expect(places(problems), cell).to.deep.equal(['row 2, column "start"', '']);
      expect(problems[0].message, cell).to.equal(
        `"${cell}" holds two times: write the start (${start}) in the start column and the end (${end}) in the end column; the session is left out`,
      );
      expect(feed, cell).to.equal(undefined);
    }
  });

  it('24:00 where the clocks skip midnight is the first instant of the next day (Santiago, 8 September 2019)', () => {
    const zone = 'America/Santiago';
    const { feed, problems } = convert('date,start,end,title\n2019-09-07,22:00,24:00,Late\n', { timeZone: zone });
    expect(problems).to.deep.equal([]);
    const session = sessionsOf(feed)[0];
    expect(session.end).to.equal('2019-09-08T01:00');
    const nextDay = DateTime.fromISO('2019-09-07T12:00', { zone }).endOf('day').plus({ milliseconds: 1 });
    expect(nextDay.toISO()).to.equal('2019-09-08T01:00:00.000-03:00');
    expect(instants(session, zone)).to.deep.equal([
      luxon('2019-09-07 22:00', 'yyyy-MM-dd HH:mm', zone),
      nextDay.toMillis(),
    ]);
  });
});

describe('CSV import: links and languages', () => {
  it('a link without https:// is a warning and is dropped; the session is kept', async () => {
    const result = await importProgramme(
      'date,start,end,title,url\n2019-12-09,10:00,11:00,Host,www.gsef.org\n2019-12-09,11:00,12:00,Words,see the website\n',
      OPTIONS,
    );
    expect(result.problems.map((p) => [p.severity, p.where])).to.deep.equal([
      ['warning', 'row 2, column "url"'],
      ['warning', 'row 3, column "url"'],
    ]);
    expect(result.problems[0].message).to.contain('write https://www.gsef.org').and.contain('the session kept');
    expect(result.problems[1].message).to.contain('"see the website" is not a link');
    expect(sessionsOf(result.feed).map((s) => [s.title, s.url])).to.deep.equal([
      ['Host', undefined],
      ['Words', undefined],
    ]);
  });

  it('languages by name with "and" in five languages; what names no language is a warning', () => {
    const { feed, problems } = convert(
      'date,start,end,title,languages\n' +
        '2019-12-09,10:00,11:00,A,English and Spanish\n' +
        '2019-12-09,11:00,12:00,B,Inglés y Portugués (Brasil)\n' +
        '2019-12-09,12:00,13:00,C,français et anglais\n' +
        '2019-12-09,13:00,14:00,D,"Klingon, 한국어 및 영어"\n',
    );
    expect(sessionsOf(feed).map((s) => s.languages)).to.deep.equal([
      ['en', 'es'],
      ['en', 'pt-BR'],
      ['fr', 'en'],
      ['ko', 'en'],
    ]);
    expect(problems.map((p) => [p.severity, p.where])).to.deep.equal([['warning', 'row 5, column "languages"']]);
    expect(problems[0].message).to.match(/^"Klingon" is not a language name or tag/);
  });
});

describe('CSV import: session ids', () => {
  const header = 'session id,date,start,end,title';
  const rows = [
    ',2019-12-10,10:00,11:00,Panel',
    'panel,2019-12-09,09:00,10:00,Opening',
    ',2019-12-09,15:00,16:00,Panel',
    ',2019-12-09,12:00,13:00,Lunch',
    ',2019-12-11,12:00,13:00,Lunch',
  ];
  const idsByStart = (text: string) =>
    Object.fromEntries(sessionsOf(convert(text).feed).map((s) => [`${s.start} ${titleIn(s)}`, s.id]));

  it('given ids first, then ids from titles in the order of the starts, stable when rows move', () => {
    const first = idsByStart([header, ...rows].join('\n'));
    expect(first).to.deep.equal({
      '2019-12-10T10:00 Panel': 'panel-3',
      '2019-12-09T09:00 Opening': 'panel',
      '2019-12-09T15:00 Panel': 'panel-2',
      '2019-12-09T12:00 Lunch': 'lunch',
      '2019-12-11T12:00 Lunch': 'lunch-2',
    });
    const reordered = [rows[3], rows[0], rows[4], rows[2], rows[1]];
    expect(idsByStart([header, ...reordered].join('\r\n'))).to.deep.equal(first);
  });

  it('a repeated given id is an error naming both rows', () => {
    const { feed, problems } = convert(
      `${header}\na,2019-12-09,09:00,10:00,One\nb,2019-12-09,10:00,11:00,Two\na,2019-12-09,11:00,12:00,Three\n`,
    );
    expect(places(problems)).to.deep.equal(['row 4, column "session id"']);
    expect(problems[0].message).to.contain('"a"').and.contain('row 2');
    expect(sessionsOf(feed).map((s) => s.id)).to.deep.equal(['a', 'b']);
  });
});

describe('CSV import: columns, rows and options', () => {
  it('reads Portuguese headers, accents and case ignored, with language suffixes', () => {
    const { feed, problems } = convert(
      'DATA;Hora de Início;Hora de término;Título;título_es;Descrição_en;Palestrantes;Idioma;Situação\n' +
        '09/12/2019;10:00;11:00;Economia solidária;Economía solidaria;Solidarity economy;Carla Souza (Prefeitura);pt-br;cancelada\n',
      { language: 'pt', dateOrder: 'dmy' },
    );
    expect(problems).to.deep.equal([]);
    expect(sessionsOf(feed)[0]).to.deep.include({
      title: { pt: 'Economia solidária', es: 'Economía solidaria' },
      description: { en: 'Solidarity economy' },
      speakers: [{ name: 'Carla Souza', affiliation: 'Prefeitura' }],
      languages: ['pt-BR'],
      status: 'cancelled',
    });
  });

  it('missing required columns are one error naming them, and no feed', () => {
    const { feed, problems } = convert('date,title,room\n2019-12-09,Talk,A\n');
    expect(feed).to.equal(undefined);
    expect(places(problems)).to.deep.equal(['row 1']);
    expect(problems[0].message).to.contain('"start"').and.contain('"end"').and.not.contain('"date"');
  });

  it('an unknown column is one warning naming it; a column without header holding cells is named by letter', () => {
    const { feed, problems } = convert(
      'date,start,end,title,Notes,\n2019-12-09,10:00,11:00,A,x,y\n2019-12-09,11:00,12:00,B,z,\n',
    );
    expect(problems.map((p) => [p.severity, p.where])).to.deep.equal([
      ['warning', 'row 1, column "Notes"'],
      ['warning', 'row 2, column F'],
    ]);
    expect(sessionsOf(feed)).to.have.length(2);
  });

  it('skips empty rows silently, names what a partial row lacks, and finds the header below a title row', () => {
    const { feed, problems } = convert(
      'Programme of the forum,,,\n' +
        'Date,Start,End,Title\n' +
        ',,,\n' +
        '2019-12-09,10:00,11:00,Kept\n' +
        '\n' +
        '2019-12-09,,,Partial\n',
    );
    expect(problems.map((p) => [p.severity, p.where])).to.deep.equal([
      ['warning', 'row 1'],
      ['error', 'row 6, column "Start"'],
      ['error', 'row 6, column "End"'],
    ]);
    expect(sessionsOf(feed).map((s) => s.title)).to.deep.equal(['Kept']);
  });

  it('a quote never closed is an error naming the row where it opens', () => {
    const { feed, problems } = convert('date,start,end,title\n2019-12-09,10:00,11:00,A\n2019-12-09,10:00,11:00,"B\n');
    expect(feed).to.equal(undefined);
    expect(places(problems)).to.deep.equal(['row 3']);
    expect(problems[0].message).to.contain('never closed');
  });

  it('needs --time-zone and --name; the event id is --event or made from the name', () => {
    const text = 'date,start,end,title\n2019-12-09,10:00,11:00,A\n';
    const noZone = csvToFeed(text, { name: 'Forum' });
    expect(noZone.feed).to.equal(undefined);
    expect(noZone.problems.map((p) => p.message).join()).to.contain('--time-zone');
    const noName = csvToFeed(text, { timeZone: 'Europe/Paris' });
    expect(noName.feed).to.equal(undefined);
    expect(noName.problems.map((p) => p.message).join()).to.contain('--name');
    expect(eventOf(convert(text, { name: 'Forum Économie 2019' }).feed).id).to.equal('forum-economie-2019');
    expect(eventOf(convert(text, { eventId: 'gsef' }).feed)).to.include({ id: 'gsef', name: 'Test forum' });
  });

  it('speakers with nested parentheses, languages by tag or name, statuses in five languages', () => {
    const { feed, problems } = convert(
      'date,start,end,title,speakers,languages,status\n' +
        '2019-12-09,10:00,11:00,A,"Ana Pérez (GSEF); Bo Kim (Cities (UCLG)); Carla Souza; (Nobody)","Español; English, pt-BR xx-123456789",annulé\n' +
        '2019-12-09,11:00,12:00,B,,,취소\n' +
        '2019-12-09,12:00,13:00,C,,,reprogramada\n' +
        '2019-12-09,13:00,14:00,D,,,postponed\n',
    );
    const [a, b, c, d] = sessionsOf(feed);
    expect(a.speakers).to.deep.equal([
      { name: 'Ana Pérez', affiliation: 'GSEF' },
      { name: 'Bo Kim', affiliation: 'Cities (UCLG)' },
      { name: 'Carla Souza' },
    ]);
    expect(a.languages).to.deep.equal(['es', 'en', 'pt-BR']);
    expect([a.status, b.status, c.status, d.status]).to.deep.equal([
      'cancelled',
      'cancelled',
      'rescheduled',
      undefined,
    ]);
    expect(problems.map((p) => [p.severity, p.where])).to.deep.equal([
      ['warning', 'row 2, column "speakers"'],
      ['warning', 'row 2, column "languages"'],
      ['warning', 'row 5, column "status"'],
    ]);
  });
});

describe('CSV import: the template', () => {
  it('has every column and imports as the two sessions of pd-lac-2019 in demo/feed.json', async () => {
    const template = await bytes('/docs/programme-template.csv');
    const demo = (await (await fetch('/demo/feed.json')).json()) as FeedJson;
    const original = demo.events.find((e) => e.id === 'pd-lac-2019')!;
    const header = new TextDecoder()
      .decode(template)
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)[0]
      .split(',');
    const fields = new Set(header.map((h) => columnOf(h)?.field));
    // prettier-ignore
    expect([...fields].sort()).to.deep.equal(['date', 'description', 'end', 'endDate', 'id', 'languages', 'room', 'speakers',
      'start', 'status', 'title', 'track', 'url']);

    const result = await importProgramme(template, {
      timeZone: 'America/Mexico_City',
      eventId: 'pd-lac-2019',
      name: 'Policy Dialogue on Social and Solidarity Economy in Latin America and the Caribbean',
    });
    expect(result.problems).to.deep.equal([]);
    const event = eventOf(result.feed);
    expect(event).to.include({ id: 'pd-lac-2019', start: original.start, end: original.end });
    const sessions = event.sessions ?? [];
    expect(sessions.map((s) => [s.id, s.title])).to.deep.equal(original.sessions!.map((s) => [s.id, s.title]));
    expect(sessions.map((s) => instants(s, event.timeZone))).to.deep.equal(
      original.sessions!.map((s) => instants(s, original.timeZone)),
    );
  });
});

describe('CSV import: a long programme', () => {
  it('imports 2,000 rows with the right count and first and last instants', async () => {
    const zone = 'Europe/Paris';
    const lines = ['Session ID;Date;Start;End;Title'];
    // Ten days across the spring DST change (31 March 2019), 200 sessions a day four minutes apart.
    for (let i = 0; i < 2000; i++) {
      const day = new Date(Date.UTC(2019, 2, 26 + Math.floor(i / 200))).toISOString().slice(0, 10);
      const minutes = 8 * 60 + (i % 200) * 4;
      const time = (m: number) => `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`;
      lines.push(`;${day.split('-').reverse().join('/')};${time(minutes)};${time(minutes + 30)};Session ${i + 1}`);
    }
    const result = await importProgramme(lines.join('\r\n'), { ...OPTIONS, dateOrder: 'dmy' });
    expect(errors(result.problems)).to.deep.equal([]);
    const sessions = sessionsOf(result.feed);
    expect(sessions).to.have.length(2000);
    expect(new Set(sessions.map((s) => s.id)).size).to.equal(2000);
    expect(instants(sessions[0], zone)).to.deep.equal([
      luxon('26/03/2019 8:00', 'dd/MM/yyyy H:mm', zone),
      luxon('26/03/2019 8:30', 'dd/MM/yyyy H:mm', zone),
    ]);
    expect(instants(sessions[1999], zone)).to.deep.equal([
      luxon('04/04/2019 21:16', 'dd/MM/yyyy H:mm', zone),
      luxon('04/04/2019 21:46', 'dd/MM/yyyy H:mm', zone),
    ]);
    expect(eventOf(result.feed)).to.include({ start: '2019-03-26T08:00', end: '2019-04-04T21:46' });
  });
});
