import { expect } from '@open-wc/testing';
import { validateFeed } from '../../src/feed/validate.js';
import type { FeedProblem, ValidationResult } from '../../src/feed/types.js';

/** A small valid feed; each test breaks one thing in a copy. */
function feed(): any {
  return {
    version: 1,
    defaultLanguage: 'en',
    series: [{ id: 's', name: { en: 'Dialogues', es: 'Diálogos' }, url: 'https://example.org/s' }],
    events: [
      {
        id: 'e1',
        name: 'Dialogue',
        series: 's',
        timeZone: 'America/Mexico_City',
        start: '2019-12-09T12:30',
        end: '2019-12-09T20:00',
        status: 'scheduled',
        attendance: 'offline',
        url: 'https://example.org/e1',
        location: { locality: 'Iztapalapa', country: 'MX', geo: { lat: 19.36, lon: -99.07 }, confirmed: false },
        organizers: [{ name: 'GSEF', url: 'mailto:info@example.org' }],
        sessions: [
          {
            id: 'a',
            title: 'Part 1',
            start: '2019-12-09T12:30',
            end: '2019-12-09T14:30',
            track: 'main',
            speakers: [{ name: 'Ana Example', affiliation: 'Example City' }],
          },
          { id: 'b', title: 'Part 2', start: '2019-12-09T18:30', end: '2019-12-09T20:00' },
        ],
        objectives: [{ text: 'Network', sdgs: [8, 11] }],
        tags: ['Regional Policy Dialogues'],
      },
      { id: 'e2', name: 'Forum', timeZone: 'America/Mexico_City', start: '2020' },
    ],
  };
}

const at = (r: ValidationResult, path: string): FeedProblem | undefined => r.problems.find((p) => p.path === path);
function expectProblem(r: ValidationResult, path: string, severity: 'error' | 'warning', message?: RegExp) {
  const p = at(r, path);
  expect(p, `a problem at ${path}; got ${JSON.stringify(r.problems)}`).to.exist;
  expect(p!.severity).to.equal(severity);
  if (message) expect(p!.message).to.match(message);
}

describe('validateFeed', () => {
  it('accepts a valid feed with no problems and normalizes it', () => {
    const r = validateFeed(feed());
    expect(r.problems).to.deep.equal([]);
    expect(r.feed.events.map((e) => e.id)).to.deep.equal(['e1', 'e2']);
    const e1 = r.feed.events[0];
    expect(e1.name).to.deep.equal({ en: 'Dialogue' }); // plain string filed under the default language
    expect(e1.location!.confirmed).to.be.false;
    expect(e1.sessions.map((s) => s.id)).to.deep.equal(['a', 'b']);
    expect(r.feed.events[1].status).to.equal('scheduled'); // default
    expect(r.feed.events[1].start.precision).to.equal('year');
  });

  it('never throws, whatever it is given', () => {
    for (const junk of [null, 42, 'feed', [], { events: 'no' }, { events: [null, 1, 'x', []] }]) {
      const r = validateFeed(junk);
      expect(r.feed.events).to.deep.equal([]);
      expect(r.problems.some((p) => p.severity === 'error')).to.be.true;
    }
  });

  describe('top level', () => {
    it('version must be 1', () => {
      const f = feed();
      f.version = 2;
      const r = validateFeed(f);
      expectProblem(r, '/version', 'error', /not supported/);
      expect(r.feed.events).to.have.length(2); // still read as version 1
      const g = feed();
      delete g.version;
      expectProblem(validateFeed(g), '/version', 'error', /^is required/);
    });

    it('defaultLanguage must be a language tag; English is assumed otherwise', () => {
      const f = feed();
      f.defaultLanguage = 'not a tag!';
      const r = validateFeed(f);
      expectProblem(r, '/defaultLanguage', 'error');
      expect(r.feed.defaultLanguage).to.equal('en');
      const g = feed();
      g.defaultLanguage = 'es-MX';
      expect(validateFeed(g).feed.events[1].name).to.deep.equal({ 'es-MX': 'Forum' });
    });

    it('events must be a list', () => {
      const f = feed();
      delete f.events;
      expectProblem(validateFeed(f), '/events', 'error', /^is required/);
    });

    it('warns about unknown properties, such as a mistyped timeZone', () => {
      const f = feed();
      f.events[1].timezone = 'Europe/Paris';
      const r = validateFeed(f);
      expectProblem(r, '/events/1/timezone', 'warning', /unknown property/);
      expect(r.feed.events).to.have.length(2);
      const g = feed();
      g.$schema = './feed.schema.json';
      expect(validateFeed(g).problems).to.deep.equal([]);
    });
  });

  describe('series', () => {
    it('drops a series without id or name, and a duplicate id', () => {
      const f = feed();
      f.series.push({ id: 's', name: 'Again' }, { name: 'No id' }, { id: 't' });
      const r = validateFeed(f);
      expectProblem(r, '/series/1/id', 'error', /earlier series/);
      expectProblem(r, '/series/2/id', 'error');
      expectProblem(r, '/series/3/name', 'error');
      expect(r.feed.series.map((s) => s.id)).to.deep.equal(['s']);
    });

    it('an event naming an unknown series keeps everything but the reference', () => {
      const f = feed();
      f.events[0].series = 'nope';
      const r = validateFeed(f);
      expectProblem(r, '/events/0/series', 'error', /names no series/);
      expect(r.feed.events[0].series).to.equal(undefined);
      expect(r.feed.events[0].sessions).to.have.length(2);
    });
  });

  describe('events', () => {
    it('drops an event with a missing or wrong required field, and keeps the others', () => {
      for (const [key, value] of [
        ['id', ''],
        ['name', 7],
        ['timeZone', undefined],
        ['start', undefined],
      ] as const) {
        const f = feed();
        if (value === undefined) delete f.events[0][key];
        else f.events[0][key] = value;
        const r = validateFeed(f);
        expectProblem(r, `/events/0/${key}`, 'error');
        expectProblem(r, '/events/0', 'error', /left out/);
        expect(
          r.feed.events.map((e) => e.id),
          key,
        ).to.deep.equal(['e2']);
      }
    });

    it('rejects an unknown time zone, and still reports the problems of its dates', () => {
      const f = feed();
      f.events[0].timeZone = 'Mexico/Iztapalapa';
      f.events[0].sessions[1].end = '2019-12-09T18:00';
      const r = validateFeed(f);
      expectProblem(r, '/events/0/timeZone', 'error', /not an IANA time zone/);
      expectProblem(r, '/events/0/sessions/1/end', 'error', /ends before it starts/);
    });

    it('spells a zone name the standard way, keeping current names', () => {
      const f = feed();
      f.events[1].timeZone = 'america/mexico_city';
      expect(validateFeed(f).feed.events[1].timeZone).to.equal('America/Mexico_City');
      for (const zone of ['Europe/Kyiv', 'Asia/Kolkata', 'Asia/Ho_Chi_Minh']) {
        const g = feed();
        g.events[1].timeZone = zone;
        expect(validateFeed(g).feed.events[1].timeZone).to.equal(zone);
      }
    });

    it('warns about sessions outside the event', () => {
      const f = feed();
      f.events[0].sessions[0].start = '2019-12-09T11:00';
      f.events[0].sessions[1].end = '2019-12-09T21:00';
      const r = validateFeed(f);
      expectProblem(r, '/events/0/sessions/0/start', 'warning', /before the event starts/);
      expectProblem(r, '/events/0/sessions/1/end', 'warning', /after the event ends/);
      expect(r.feed.events[0].sessions).to.have.length(2);
    });

    it('says plainly that a required field is missing', () => {
      const f = feed();
      delete f.events[1].name;
      delete f.events[0].sessions[0].id;
      const r = validateFeed(f);
      expectProblem(r, '/events/1/name', 'error', /^is required$/);
      expectProblem(r, '/events/0/sessions/0/id', 'error', /^is required$/);
    });

    it('rejects duplicate event ids, keeping the first', () => {
      const f = feed();
      f.events[1].id = 'e1';
      const r = validateFeed(f);
      expectProblem(r, '/events/1/id', 'error', /earlier event/);
      expect(r.feed.events).to.have.length(1);
      expect(r.feed.events[0].name).to.deep.equal({ en: 'Dialogue' });
    });

    it('rejects impossible dates and DST-gap times, dropping the event', () => {
      const f = feed();
      f.events[1].start = '2019-02-30';
      expectProblem(validateFeed(f), '/events/1/start', 'error', /not a real date/);
      const g = feed();
      g.events[1].timeZone = 'America/New_York';
      g.events[1].start = '2019-03-10T02:30';
      const r = validateFeed(g);
      expectProblem(r, '/events/1/start', 'error', /does not exist/);
      expect(r.feed.events.map((e) => e.id)).to.deep.equal(['e1']);
    });

    it('keeps an event whose time is ambiguous in a DST overlap, with a warning', () => {
      const f = feed();
      f.events[1].timeZone = 'America/New_York';
      f.events[1].start = '2019-11-03T01:30';
      const r = validateFeed(f);
      expectProblem(r, '/events/1/start', 'warning', /happens twice/);
      expect(r.feed.events).to.have.length(2);
    });

    it('warns about an offset that disagrees with the zone, and reads the instant it names', () => {
      const f = feed();
      f.events[1].start = '2019-12-09T18:30:00Z';
      const r = validateFeed(f);
      expectProblem(r, '/events/1/start', 'warning', /disagrees/);
      expect(r.feed.events[1].start).to.include({ day: 9, hour: 12, minute: 30, offset: -360 });
    });

    it('rejects an end before the start at every precision', () => {
      for (const [start, end] of [
        ['2019-12-10', '2019-12-09'],
        ['2020', '2019-12-31'],
        ['2019-12', '2019-11-30'],
        ['2019-12-09T12:30', '2019-12-09T12:00'],
      ]) {
        const f = feed();
        f.events[1].start = start;
        f.events[1].end = end;
        const r = validateFeed(f);
        expectProblem(r, '/events/1/end', 'error', /ends before it starts/);
        expect(r.feed.events[1].end, `${start} – ${end}`).to.equal(undefined);
      }
      for (const [start, end] of [
        ['2019-12-09', '2019-12-09'],
        ['2019-12-09T12:30', '2019-12-09'],
        ['2019-12', '2019-12-31'],
      ]) {
        const g = feed();
        g.events[1].start = start;
        g.events[1].end = end;
        expect(validateFeed(g).problems, `${start} – ${end}`).to.deep.equal([]);
      }
    });

    it('drops an end before the start, keeping the event', () => {
      const f = feed();
      f.events[0].end = '2019-12-08';
      const r = validateFeed(f);
      expectProblem(r, '/events/0/end', 'error', /ends before it starts/);
      expect(r.feed.events[0].end).to.equal(undefined);
      expect(r.feed.events[0].sessions).to.have.length(2);
    });

    it('accepts partial dates at every precision', () => {
      const f = feed();
      f.events[1].start = '2019-04';
      f.events[1].end = '2019-05';
      expect(validateFeed(f).problems).to.deep.equal([]);
    });

    it('drops an unknown status or attendance, keeping the event', () => {
      const f = feed();
      f.events[0].status = 'canceled';
      f.events[0].attendance = 'hybrid';
      const r = validateFeed(f);
      expectProblem(r, '/events/0/status', 'error', /one of scheduled, cancelled/);
      expectProblem(r, '/events/0/attendance', 'error');
      expect(r.feed.events[0].status).to.equal('scheduled');
      for (const status of ['cancelled', 'postponed', 'rescheduled', 'moved-online']) {
        const g = feed();
        g.events[0].status = status;
        expect(validateFeed(g).feed.events[0].status).to.equal(status);
      }
    });
  });

  describe('locations', () => {
    it('checks country codes, coordinates and confirmed', () => {
      const f = feed();
      f.events[0].location = { country: 'XX', geo: { lat: 91, lon: 0 }, confirmed: 'no', locality: 'Iztapalapa' };
      const r = validateFeed(f);
      expectProblem(r, '/events/0/location/country', 'error', /ISO 3166-1/);
      expectProblem(r, '/events/0/location/geo/lat', 'error');
      expectProblem(r, '/events/0/location/confirmed', 'error');
      expect(r.feed.events[0].location).to.deep.include({ locality: { en: 'Iztapalapa' }, confirmed: true });
      const g = feed();
      g.events[0].location.geo = { lat: 0, lon: 181 };
      expectProblem(validateFeed(g), '/events/0/location/geo/lon', 'error');
      const h = feed();
      h.events[0].location.country = 'mx';
      expectProblem(validateFeed(h), '/events/0/location/country', 'error');
      for (const code of ['ZZ', 'EU', 'UN', 'UK', 'SU', 'XA', 'QO', 'CQ', 'DY', 'HV', 'NH', 'RH', 'VD', 'YD']) {
        const c = feed();
        c.events[0].location.country = code;
        expectProblem(validateFeed(c), '/events/0/location/country', 'error');
      }
      for (const code of ['MX', 'KR', 'ML', 'GB', 'XK']) {
        const c = feed();
        c.events[0].location.country = code;
        expect(validateFeed(c).problems, code).to.deep.equal([]);
      }
    });
  });

  describe('texts', () => {
    it('accepts a string or a language map, and rejects empty or badly tagged text', () => {
      const f = feed();
      f.events[0].description = { en: 'Hello', es: '' };
      f.events[0].tags = ['', { 'not a tag': 'x', fr: 'Dialogues' }];
      const r = validateFeed(f);
      expectProblem(r, '/events/0/description/es', 'error');
      expect(r.feed.events[0].description).to.deep.equal({ en: 'Hello' });
      expectProblem(r, '/events/0/tags/0', 'error', /empty/);
      expectProblem(r, '/events/0/tags/1/not a tag', 'error', /language tag/);
      expect(r.feed.events[0].tags).to.deep.equal([{ fr: 'Dialogues' }]);
    });

    it('canonicalizes language tags and warns about one given twice', () => {
      const f = feed();
      f.events[1].name = { 'ES-mx': 'Foro', EN: 'Forum', en: 'Forum again' };
      const r = validateFeed(f);
      expectProblem(r, '/events/1/name/en', 'warning', /given twice/);
      expect(r.feed.events[1].name).to.deep.equal({ 'es-MX': 'Foro', en: 'Forum' });
    });

    it('keeps text that looks like HTML as plain text, with a warning', () => {
      const f = feed();
      f.events[1].name = '<b>Forum</b>';
      const r = validateFeed(f);
      expectProblem(r, '/events/1/name', 'warning', /plain text/);
      expect(r.feed.events[1].name).to.deep.equal({ en: '<b>Forum</b>' });
    });
  });

  describe('URLs', () => {
    it('accept only absolute https, http and mailto URLs', () => {
      for (const bad of [
        'javascript:alert(1)',
        'JaVaScRiPt:alert(1)',
        'data:text/html,x',
        '/relative',
        'ftp://example.org',
        'vbscript:x',
      ]) {
        const f = feed();
        f.events[0].url = bad;
        const r = validateFeed(f);
        expectProblem(r, '/events/0/url', 'error', /https:, http: or mailto:/);
        expect(r.feed.events[0].url, bad).to.equal(undefined);
        expect(r.feed.events[0].name).to.deep.equal({ en: 'Dialogue' });
      }
      const g = feed();
      g.events[0].url = 'http://example.org/a b';
      expect(validateFeed(g).feed.events[0].url).to.equal('http://example.org/a%20b');
    });
  });

  describe('sessions', () => {
    it('drops a session that ends before it starts, keeping the others', () => {
      const f = feed();
      f.events[0].sessions[0].end = '2019-12-09T11:00';
      const r = validateFeed(f);
      expectProblem(r, '/events/0/sessions/0/end', 'error', /ends before it starts/);
      expect(r.feed.events[0].sessions.map((s) => s.id)).to.deep.equal(['b']);
    });

    it('needs a time of day', () => {
      const f = feed();
      f.events[0].sessions[1].start = '2019-12-09';
      expectProblem(validateFeed(f), '/events/0/sessions/1/start', 'error', /time of day/);
    });

    it('warns about a session over 12 hours: the a.m./p.m. slip of the seed text', () => {
      const f = feed();
      f.events[0].sessions[0].start = '2019-12-09T00:30';
      const r = validateFeed(f);
      expectProblem(r, '/events/0/sessions/0/end', 'warning', /14 hours/);
      expect(r.feed.events[0].sessions).to.have.length(2);
    });

    it('warns about overlapping sessions in one track only', () => {
      const f = feed();
      f.events[0].sessions.push({
        id: 'c',
        title: 'Overlap',
        start: '2019-12-09T13:00',
        end: '2019-12-09T13:30',
        track: 'main',
      });
      f.events[0].sessions.push({
        id: 'd',
        title: 'Other track',
        start: '2019-12-09T13:00',
        end: '2019-12-09T13:30',
        track: 'side',
      });
      const r = validateFeed(f);
      expectProblem(r, '/events/0/sessions/2/start', 'warning', /overlaps session "a"/);
      expect(at(r, '/events/0/sessions/3/start')).to.equal(undefined);
      expect(r.feed.events[0].sessions).to.have.length(4);
    });

    it('warns about sessions at once in one room, not in parallel rooms of one track', () => {
      const f = feed();
      f.events[0].sessions[0].location = 'Room A';
      const extra = (id: string, location: string) => ({
        id,
        title: id,
        start: '2019-12-09T13:00',
        end: '2019-12-09T13:30',
        track: 'main',
        location,
      });
      f.events[0].sessions.push(extra('c', 'Room B'), extra('d', 'Room A'));
      const r = validateFeed(f);
      expect(at(r, '/events/0/sessions/2/start')).to.equal(undefined);
      expectProblem(r, '/events/0/sessions/3/start', 'warning', /overlaps session "a" in the same room/);
    });

    it("reads plenary sessions and the event's room order, and says what is wrong with them", () => {
      const f = feed();
      f.events[0].sessions[0].plenary = true;
      f.events[0].sessions[1].plenary = 'yes';
      f.events[0].rooms = ['Room B', { en: 'Room A', es: 'Sala A' }, 42];
      const r = validateFeed(f);
      expect(r.feed.events[0].sessions.map((s) => s.plenary)).to.deep.equal([true, undefined]);
      expectProblem(r, '/events/0/sessions/1/plenary', 'error', /must be true or false, not "yes"/);
      expect(r.feed.events[0].rooms).to.deep.equal([{ en: 'Room B' }, { en: 'Room A', es: 'Sala A' }]);
      expectProblem(r, '/events/0/rooms/2', 'error');
      // Nothing else is lost for it.
      expect(r.feed.events[0].sessions).to.have.length(2);
      expect(validateFeed(feed()).feed.events[0].rooms).to.equal(undefined);
    });

    it('treats tracks that read the same in the default language as one track', () => {
      const f = feed();
      f.events[0].sessions[0].track = { en: 'Main' };
      f.events[0].sessions.push({
        id: 'c',
        title: 'Overlap',
        start: '2019-12-09T13:00',
        end: '2019-12-09T13:30',
        track: { es: 'Principal', en: 'Main' },
      });
      expectProblem(validateFeed(f), '/events/0/sessions/2/start', 'warning', /overlaps session "a"/);
      const g = feed();
      g.events[0].sessions[0].track = { es: 'Sala A' };
      g.events[0].sessions.push({
        id: 'c',
        title: 'Overlap',
        start: '2019-12-09T13:00',
        end: '2019-12-09T13:30',
        track: { es: 'Sala A', en: 'Room A' },
      });
      expectProblem(validateFeed(g), '/events/0/sessions/2/start', 'warning', /overlaps session "a"/);
    });

    it('rejects duplicate session ids within an event and sorts by start', () => {
      const f = feed();
      f.events[0].sessions.unshift({ id: 'b', title: 'Dup', start: '2019-12-09T08:00', end: '2019-12-09T09:00' });
      const r = validateFeed(f);
      expectProblem(r, '/events/0/sessions/2/id', 'error', /earlier session/);
      expect(r.feed.events[0].sessions.map((s) => s.title.en)).to.deep.equal(['Dup', 'Part 1']);
    });

    it('drops a speaker without a name, keeping the session', () => {
      const f = feed();
      f.events[0].sessions[0].speakers.push({ affiliation: 'Nobody' });
      const r = validateFeed(f);
      expectProblem(r, '/events/0/sessions/0/speakers/1/name', 'error');
      expect(r.feed.events[0].sessions[0].speakers).to.have.length(1);
    });
  });

  describe('objectives', () => {
    it('drop an SDG number outside 1 to 17, keeping the objective and its other goals', () => {
      const f = feed();
      f.events[0].objectives[0].sdgs = [0, 8, 18, 2.5, '11', 8];
      const r = validateFeed(f);
      for (const i of [0, 2, 3, 4]) expectProblem(r, `/events/0/objectives/0/sdgs/${i}`, 'error', /1 to 17/);
      expectProblem(r, '/events/0/objectives/0/sdgs/5', 'warning', /twice/);
      expect(r.feed.events[0].objectives[0].sdgs).to.deep.equal([8]);
    });

    it('drop an objective without text', () => {
      const f = feed();
      f.events[0].objectives.push({ sdgs: [1] });
      const r = validateFeed(f);
      expectProblem(r, '/events/0/objectives/1/text', 'error');
      expect(r.feed.events[0].objectives).to.have.length(1);
    });
  });

  it('escapes ~ and / in paths as JSON Pointer says', () => {
    const f = feed();
    f.events[0].name = { 'a/b': 'x', en: 'Dialogue' };
    expectProblem(validateFeed(f), '/events/0/name/a~1b', 'error');
  });
});
