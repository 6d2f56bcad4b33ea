import { expect } from '@open-wc/testing';
import { DateTime } from 'luxon';
import { validateFeed } from '../../src/feed/validate.js';
import type { FeedJson, SessionJson } from '../../src/feed/types.js';
import { instantOf } from '../../src/feed/convert/feed-json.js';
import { detectFormat } from '../../src/feed/convert/detect.js';
import { importProgramme } from '../../src/feed/convert/import-programme.js';
import { languageTags } from '../../src/feed/convert/language-names.js';
import { withValidation } from '../../src/feed/convert/placed.js';
import { sessionizeToFeed } from '../../src/feed/convert/sessionize.js';
import type { Conversion, ImportOptions, ImportProblem } from '../../src/feed/convert/types.js';
import { jsonErrorsNamePlaces } from '../support/helpers.js';

type Json = Record<string, unknown>;
type SzSession = Json & {
  id: string;
  title: string;
  startsAt: string | null;
  endsAt: string | null;
  speakers: string[];
  categoryItems: number[];
  roomId: number | null;
  isServiceSession: boolean;
  status: string | null;
};
type AllData = { sessions: SzSession[]; speakers: (Json & { id: string })[]; rooms: Json[]; categories: Json[] };

const FIXTURES = '/test/fixtures/import/sessionize';
const ZONE = 'Europe/Lisbon';
const OPTIONS: ImportOptions = { timeZone: ZONE, name: 'Foro Exemplo 2026', eventId: 'foro-exemplo-2026' };
const source = async (name: string) => (await fetch(`${FIXTURES}/${name}`)).text();
const allData = async () => JSON.parse(await source('all-data.json')) as AllData;
const convert = (data: unknown, options: ImportOptions = OPTIONS) => sessionizeToFeed(JSON.stringify(data), options);

const errors = (problems: readonly ImportProblem[]) => problems.filter((p) => p.severity === 'error');
const warnings = (problems: readonly ImportProblem[]) => problems.filter((p) => p.severity === 'warning');
const sessionsOf = (c: Conversion): SessionJson[] => c.feed?.events[0].sessions ?? [];
const byId = (c: Conversion, id: string) => sessionsOf(c).find((s) => s.id === id);
/** The instant a Sessionize time names in `zone`, computed by luxon from the source's own text. */
const luxon = (wall: string, zone = ZONE) => DateTime.fromISO(wall, { zone }).toMillis();

/** The output must be a feed the validator accepts without any error. */
function clean(c: Conversion): FeedJson {
  expect(errors(withValidation(c)), JSON.stringify(withValidation(c))).to.deep.equal([]);
  expect(c.feed).to.exist;
  return c.feed!;
}

describe('Sessionize import: the "All Data" view', () => {
  it('reads every scheduled session at the instant its wall time names in --time-zone (luxon as the oracle)', async () => {
    const data = await allData();
    const c = convert(data);
    const feed = clean(c);
    const event = feed.events[0];
    expect(event.timeZone).to.equal(ZONE);
    const scheduled = data.sessions.filter((s) => s.startsAt);
    expect(sessionsOf(c).map((s) => s.id)).to.deep.equal(scheduled.map((s) => s.id));
    for (const s of scheduled) {
      const out = byId(c, s.id)!;
      expect(instantOf(out.start, event.timeZone), `${s.id} start`).to.equal(luxon(s.startsAt!));
      expect(instantOf(out.end, event.timeZone), `${s.id} end`).to.equal(luxon(s.endsAt!));
    }
  });

  it('keeps the hack night across the clocks going forward: 22:00 to 03:00 lasts four hours, not five', async () => {
    const c = convert(await allData());
    const night = byId(c, '100006')!;
    expect([night.start, night.end]).to.deep.equal(['2026-03-28T22:00', '2026-03-29T03:00']);
    const hours = (instantOf(night.end, ZONE) - instantOf(night.start, ZONE)) / 3_600_000;
    expect(hours).to.equal(4);
    // Before the change Lisbon is at UTC, after it at UTC+1.
    expect(new Date(instantOf(night.start, ZONE)).toISOString()).to.equal('2026-03-28T22:00:00.000Z');
    expect(new Date(instantOf(night.end, ZONE)).toISOString()).to.equal('2026-03-29T02:00:00.000Z');
  });

  it('takes the event id and name from the options and its dates from the sessions', async () => {
    const feed = clean(convert(await allData()));
    const event = feed.events[0];
    expect([event.id, event.name, event.start, event.end]).to.deep.equal([
      'foro-exemplo-2026',
      'Foro Exemplo 2026',
      '2026-03-28T09:00',
      '2026-03-29T17:30',
    ]);
    expect(feed.defaultLanguage).to.equal('en');
    const named = clean(convert(await allData(), { timeZone: ZONE, name: 'Fórum Économie Sociale' }));
    expect(named.events[0].id).to.equal('forum-economie-sociale');
  });

  it('maps rooms by id, the "Track" category to tracks, the "Language" category to BCP 47 tags', async () => {
    const c = convert(await allData());
    const row = (id: string) => {
      const s = byId(c, id)!;
      return [s.location, s.track, s.languages];
    };
    expect(row('100002')).to.deep.equal(['Sala Tejo', 'Finanças solidárias', ['en']]);
    expect(row('100003')).to.deep.equal(['Auditório Principal', 'Cooperativas e território', ['pt']]);
    expect(row('100004')).to.deep.equal(['Sala 2/B', 'Tecnologia cívica', ['es', 'en']]);
    expect(row('100007')).to.deep.equal(['Auditório Principal', undefined, ['ko', 'pt']]);
    // "Bilingual (PT/EN)" names no one language: the session gets none, and the item is reported once.
    expect(row('100008')).to.deep.equal(['Sala Tejo', 'Cooperativas e território', undefined]);
    const unknown = warnings(c.problems).filter((p) => p.message.includes('Bilingual'));
    expect(unknown.map((p) => p.where)).to.deep.equal(['/categories/2/items/3']);
  });

  it('gives speakers their full name (or first and last), and their tag line as affiliation', async () => {
    const c = convert(await allData());
    expect(byId(c, '100002')!.speakers).to.deep.equal([
      { name: 'Zoë Beispiel', affiliation: 'Coordinator, Cooperativa Exemplo' },
      { name: '김예시', affiliation: 'Example Social Lab' },
    ]);
    expect(byId(c, '100003')!.speakers).to.deep.equal([
      { name: 'Ana Exemplo-Conceição', affiliation: 'Researcher at Example University' },
      { name: 'José Ejemplo Núñez' },
      { name: 'Chloé Exemple', affiliation: 'Mentor & speaker' },
    ]);
  });

  it('keeps service sessions (breaks, lunch) with their GUID ids and no speakers; plenum sessions keep their room', async () => {
    const c = convert(await allData());
    const coffee = byId(c, '9b2e7d10-5a44-4f6b-8c1d-00000000c0f1')!;
    expect(coffee.title).to.equal('Coffee break');
    expect(coffee.speakers).to.equal(undefined);
    expect(coffee.location).to.equal(undefined);
    const lunch = byId(c, '9b2e7d10-5a44-4f6b-8c1d-0000000011c2')!;
    expect([lunch.title, lunch.location, lunch.start]).to.deep.equal([
      'Almoço',
      'Auditório Principal',
      '2026-03-28T12:30',
    ]);
    expect(byId(c, '100001')!.location).to.equal('Auditório Principal');
  });

  it('writes descriptions as plain text, CRLF read as line breaks, paragraphs kept', async () => {
    const c = convert(await allData());
    expect(byId(c, '100002')!.description).to.equal(
      'An example talk with two speakers.\n\nWhat you will take home:\n- a worked budget\n- a list of questions to ask your bank',
    );
    expect(byId(c, '100008')!.description).to.equal('Traga um orçamento de exemplo.\nTrabalhamos em grupos.');
    expect(byId(c, '100009')!.description).to.equal(undefined);
    const html = await allData();
    html.sessions[0].description = '<p>Boas-vindas &amp; abertura.</p><p>Segundo parágrafo.</p>';
    expect(byId(convert(html), '100001')!.description).to.equal('Boas-vindas & abertura.\n\nSegundo parágrafo.');
  });

  it('leaves out a session not yet scheduled, with a warning naming it, and invents no time', async () => {
    const c = convert(await allData());
    expect(byId(c, '100005')).to.equal(undefined);
    const w = warnings(c.problems).find((p) => p.where === '/sessions/6/startsAt')!;
    expect(w.message).to.contain('"Sessão ainda por agendar"').and.contain('not scheduled');
  });

  it('writes texts under --lang when given', async () => {
    const feed = clean(convert(await allData(), { ...OPTIONS, language: 'pt' }));
    expect(feed.defaultLanguage).to.equal('pt');
    expect(feed.events[0].name).to.deep.equal({ pt: 'Foro Exemplo 2026' });
    expect(feed.events[0].sessions![0].title).to.deep.equal({ pt: 'Abertura: o que é um foro de exemplo?' });
  });

  it('records where each output session came from, so the validator’s problems name the source', async () => {
    const data = await allData();
    data.sessions[3].endsAt = '2026-03-28T23:30:00'; // 14 hours: the validator warns about the length
    const c = convert(data);
    expect(c.places.get('/events/0/sessions/0')).to.equal('/sessions/0');
    expect(c.places.get('/events/0/sessions/6')).to.equal('/sessions/7'); // after the unscheduled one
    const long = withValidation(c).find((p) => p.message.includes('hours'))!;
    expect(long.where).to.equal('/sessions/3');
  });
});

describe('Sessionize import: errors and warnings', () => {
  it('without --time-zone: one error saying to add it, and no feed', async () => {
    const c = sessionizeToFeed(await source('all-data.json'), { name: 'Foro' });
    expect(c.feed).to.equal(undefined);
    expect(c.problems).to.have.length(1);
    expect(c.problems[0]).to.include({ severity: 'error', where: '' });
    expect(c.problems[0].message).to.contain('--time-zone');
    const bad = sessionizeToFeed(await source('all-data.json'), { name: 'Foro', timeZone: 'Lisbon' });
    expect(bad.problems.map((p) => p.message)).to.deep.equal([
      '--time-zone Lisbon is not an IANA time zone name such as America/Mexico_City',
    ]);
  });

  it('without --name: an error asking for it (Sessionize names no event)', async () => {
    const c = sessionizeToFeed(await source('all-data.json'), { timeZone: ZONE });
    expect(c.feed).to.equal(undefined);
    expect(errors(c.problems).map((p) => p.message)).to.have.length(1);
    expect(errors(c.problems)[0].message).to.contain('--name');
  });

  it('a time the clocks skip (01:30 on 29 March 2026 in Lisbon) is an error naming the session; the rest is kept', async () => {
    const data = await allData();
    data.sessions[9].startsAt = '2026-03-29T01:30:00';
    data.sessions[9].endsAt = '2026-03-29T02:30:00';
    const c = convert(data);
    const e = errors(c.problems);
    expect(e.map((p) => p.where)).to.deep.equal(['/sessions/9/startsAt']);
    expect(e[0].message)
      .to.contain('"Oficina: orçamentos participativos"')
      .and.contain('does not exist in Europe/Lisbon');
    expect(byId(c, '100008')).to.equal(undefined);
    expect(sessionsOf(c)).to.have.length(9);
    expect(validateFeed(c.feed).problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
  });

  it('a time repeated when the clocks go back is read as the first, with a warning, and written with its offset', async () => {
    const data = await allData();
    data.sessions[9].startsAt = '2026-10-25T01:30:00';
    data.sessions[9].endsAt = '2026-10-25T03:00:00';
    const c = convert(data);
    const s = byId(c, '100008')!;
    expect(s.start).to.equal('2026-10-25T01:30+01:00');
    expect(instantOf(s.start, ZONE)).to.equal(Date.UTC(2026, 9, 25, 0, 30));
    expect(warnings(c.problems).map((p) => p.where)).to.include('/sessions/9/startsAt');
  });

  it('unknown speaker, room and category ids are warnings with their JSON Pointer; the session is kept', async () => {
    const data = await allData();
    data.sessions[2].speakers.push('00000000-dead-beef-0000-000000000000');
    data.sessions[3].roomId = 99999;
    data.sessions[4].categoryItems.unshift(77777);
    const c = convert(data);
    clean(c);
    const w = warnings(c.problems);
    expect(w.find((p) => p.where === '/sessions/2/speakers/2')!.message).to.contain('00000000-dead-beef');
    expect(w.find((p) => p.where === '/sessions/3/roomId')!.message).to.contain('99999');
    expect(w.find((p) => p.where === '/sessions/4/categoryItems/0')!.message).to.contain('77777');
    expect(byId(c, '100002')!.speakers).to.have.length(2);
    expect(byId(c, '100003')!.location).to.equal(undefined);
    expect(byId(c, '100004')!.track).to.equal('Tecnologia cívica');
  });

  it('a session in two tracks keeps the first in the category’s order, with a warning', async () => {
    const data = await allData();
    data.sessions[4].categoryItems = [50013, 50011]; // Tecnologia cívica (sort 3), Finanças solidárias (sort 1)
    const c = convert(data);
    expect(byId(c, '100004')!.track).to.equal('Finanças solidárias');
    expect(warnings(c.problems).find((p) => p.where === '/sessions/4/categoryItems')!.message).to.contain('2 tracks');
  });

  it('reads tracks from a category titled in Spanish, French, Portuguese or Korean; warns when none is a track', async () => {
    for (const title of ['Eje temático', 'Parcours', 'Trilha', '트랙', 'TRACKS']) {
      const data = await allData();
      data.categories[1].title = title;
      expect(byId(convert(data), '100002')!.track, title).to.equal('Finanças solidárias');
    }
    const data = await allData();
    data.categories[1].title = 'Topic';
    const c = convert(data);
    expect(byId(c, '100002')!.track).to.equal(undefined);
    const w = warnings(c.problems).find((p) => p.where === '/categories')!;
    expect(w.message).to.contain('"Track"').and.contain('"Topic"');
  });

  it('sessions not accepted (declined, waitlisted) are left out with a warning', async () => {
    const data = await allData();
    data.sessions[2].status = 'Declined';
    const c = convert(data);
    expect(byId(c, '100002')).to.equal(undefined);
    expect(warnings(c.problems).find((p) => p.where === '/sessions/2/status')!.message).to.contain('"Declined"');
  });

  it('unreadable or missing ends and ends before starts are errors naming the session; the rest is kept', async () => {
    const data = await allData();
    data.sessions[2].endsAt = null;
    data.sessions[3].startsAt = '28/03/2026 09:30';
    data.sessions[4].endsAt = '2026-03-28T10:00:00';
    data.sessions[7].title = '';
    const c = convert(data);
    expect(errors(c.problems).map((p) => p.where)).to.deep.equal([
      '/sessions/2/endsAt',
      '/sessions/3/startsAt',
      '/sessions/4/endsAt',
      '/sessions/7/title',
    ]);
    expect(errors(c.problems)[2].message)
      .to.contain('"Tecnología cívica con ejemplos"')
      .and.contain('before it starts');
    expect(sessionsOf(c)).to.have.length(6);
  });

  it('something that is not JSON, or JSON of another shape, is an error', () => {
    expect(sessionizeToFeed('{"sessions": [', OPTIONS).problems[0].message).to.contain('not JSON');
    // A syntax error names its line and column, as an editor counts them.
    const trailingComma = sessionizeToFeed('{\n  "sessions": [\n    {"id": 1,}\n  ]\n}', OPTIONS);
    expect(trailingComma.feed).to.equal(undefined);
    expect(errors(trailingComma.problems)).to.have.length(1);
    // Where the engine's JSON.parse says where (V8, SpiderMonkey); WebKit's message names no place.
    const engineSaysWhere = jsonErrorsNamePlaces();
    expect(errors(trailingComma.problems)[0]).to.include({ where: engineSaysWhere ? 'line 3, column 14' : '' });
    expect(errors(trailingComma.problems)[0].message).to.contain('not JSON');
    const other = sessionizeToFeed('{"talks": []}', OPTIONS);
    expect(other.problems[0].message).to.contain('view/All');
    const grid = sessionizeToFeed('[{"date": "2026-03-28T00:00:00", "rooms": [], "timeSlots": []}]', OPTIONS);
    expect(grid.problems[0].message).to.contain('grid').and.contain('view/All');
    const wall = sessionizeToFeed('[{"id": "x", "firstName": "A", "fullName": "A B"}]', OPTIONS);
    expect(wall.problems[0].message).to.contain('speakers view');
  });
});

describe('Sessionize import: ids, the Sessions view, detection, size', () => {
  it('keeps Sessionize’s ids, so re-importing (even reordered) gives every session the same id', async () => {
    const data = await allData();
    const first = convert(data);
    const reordered = { ...data, sessions: [...data.sessions].reverse() };
    const again = convert(reordered);
    const ids = (c: Conversion) => new Map(sessionsOf(c).map((s) => [s.title as string, s.id]));
    expect(ids(again)).to.deep.equal(ids(first));
    // A session without an id gets one from its title, never one Sessionize gave another session.
    const noId = await allData();
    delete (noId.sessions[2] as Json).id;
    noId.sessions[2].title = '100003';
    const made = convert(noId);
    expect(sessionsOf(made).map((s) => s.id)).to.include('100003-2');
  });

  it('gives sessions without an id ids made from their titles in start order, whatever the order of the source', async () => {
    const data = await allData();
    // Two sessions without an id and with the same title: 28 March 09:30 and 28 March 09:00.
    for (const i of [2, 0]) {
      delete (data.sessions[i] as Json).id;
      data.sessions[i].title = 'Sessão sem id';
    }
    const made = (d: AllData) =>
      sessionsOf(convert(d))
        .filter((s) => s.title === 'Sessão sem id')
        .map((s) => `${s.id} ${s.start}`)
        .sort();
    const expected = ['sessao-sem-id 2026-03-28T09:00', 'sessao-sem-id-2 2026-03-28T09:30'];
    expect(made(data)).to.deep.equal(expected);
    expect(made({ ...data, sessions: [...data.sessions].reverse() })).to.deep.equal(expected);
  });

  it('writes no key without a value (an event spread over an existing one would lose what it says)', async () => {
    const undefinedKeys = (value: unknown, path = ''): string[] =>
      Array.isArray(value)
        ? value.flatMap((v, i) => undefinedKeys(v, `${path}/${i}`))
        : typeof value === 'object' && value !== null
          ? Object.entries(value).flatMap(([k, v]) =>
              v === undefined ? [`${path}/${k}`] : undefinedKeys(v, `${path}/${k}`),
            )
          : [];
    expect(undefinedKeys(clean(convert(await allData())))).to.deep.equal([]);
    expect(undefinedKeys(clean(sessionizeToFeed(await source('sessions-view.json'), OPTIONS)))).to.deep.equal([]);
  });

  it('reads the "Sessions" view (groups with speakers and categories written in) as the All Data view', async () => {
    const all = convert(await allData());
    const view = sessionizeToFeed(await source('sessions-view.json'), OPTIONS);
    clean(view);
    const strip = (c: Conversion) => sessionsOf(c).map((s) => ({ ...s, speakers: s.speakers?.map((p) => p.name) }));
    expect(strip(view)).to.deep.equal(strip(all));
    expect(view.places.get('/events/0/sessions/0')).to.equal('/0/sessions/0');
    expect(warnings(view.problems).map((p) => p.where)).to.include('/2/sessions/0/startsAt');
  });

  it('is detected from the content, both views, and validated through importProgramme', async () => {
    const bytes = new TextEncoder().encode(await source('all-data.json'));
    expect(detectFormat(await source('all-data.json'))).to.equal('sessionize');
    expect(detectFormat(await source('sessions-view.json'))).to.equal('sessionize');
    const result = await importProgramme(bytes, OPTIONS);
    expect([result.format, result.detected]).to.deep.equal(['sessionize', true]);
    expect(errors(result.problems)).to.deep.equal([]);
    expect(result.feed!.events[0].sessions).to.have.length(10);
  });

  it('reads language items written as tags or as names in several languages', () => {
    expect(languageTags('English')).to.deep.equal(['en']);
    expect(languageTags('Español')).to.deep.equal(['es']);
    expect(languageTags('Inglés / Francés')).to.deep.equal(['en', 'fr']);
    expect(languageTags('Português (Brasil)')).to.deep.equal(['pt-BR']);
    expect(languageTags('한국어')).to.deep.equal(['ko']);
    expect(languageTags('pt-br')).to.deep.equal(['pt-BR']);
    expect(languageTags('Kotlin')).to.equal(undefined);
    expect(languageTags('Go')).to.equal(undefined);
  });

  it('converts 2,000 sessions quickly, every instant right', async () => {
    const data = await allData();
    const template = data.sessions[2];
    const sessions: SzSession[] = [];
    for (let i = 0; i < 2000; i++) {
      const day = DateTime.fromObject({ year: 2026, month: 3, day: 20 }, { zone: ZONE }).plus({ days: i % 20 });
      const start = day.set({ hour: 8 + (Math.floor(i / 20) % 12), minute: (i * 7) % 60 });
      sessions.push({
        ...template,
        id: String(200000 + i),
        title: `Example session ${i}`,
        startsAt: start.toFormat("yyyy-MM-dd'T'HH:mm:ss"),
        endsAt: start.plus({ minutes: 45 }).toFormat("yyyy-MM-dd'T'HH:mm:ss"),
        roomId: [21001, 21002, 21003][i % 3],
      });
    }
    const t0 = performance.now();
    const c = convert({ ...data, sessions });
    const ms = performance.now() - t0;
    expect(errors(c.problems)).to.deep.equal([]);
    expect(sessionsOf(c)).to.have.length(2000);
    expect(ms).to.be.below(2000);
    sessionsOf(c).forEach((s, i) => {
      expect(instantOf(s.start, ZONE)).to.equal(luxon(sessions[i].startsAt!));
      expect(instantOf(s.end, ZONE)).to.equal(luxon(sessions[i].endsAt!));
    });
  });
});
