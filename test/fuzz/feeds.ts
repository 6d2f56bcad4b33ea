/**
 * Generated feeds for test/fuzz: mostly valid ones with random values in every field (every zone
 * the engine knows, wall times in and around clock changes, partial dates, any Unicode, huge and
 * empty strings, prototype keys, duplicate ids), then zero to three mutations of them.
 */
import fc from 'fast-check';

/** Words an element must never show (tests look for them), so generated texts leave them out. */
export const BROKEN_WORDS = /NaN|undefined|null|Invalid Date|\[object Object\]/;

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];

const anyText = fc.oneof(
  { weight: 60, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }) },
  { weight: 20, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 8, arbitrary: fc.constantFrom('', ' ', '\u00a0', '\u200b', '\n\t') },
  { weight: 8, arbitrary: fc.constantFrom(...PROTO_KEYS) },
  {
    weight: 8,
    arbitrary: fc.constantFrom(
      '<img data-fuzz src=x onerror="window.fuzzed=1">',
      '<b data-fuzz>bold</b>',
      '<a data-fuzz href="javascript:window.fuzzed=1">x</a>',
      '"><svg data-fuzz onload="window.fuzzed=1">',
      '{{7*7}} ${7*7} &amp; &#60;',
    ),
  },
  { weight: 1, arbitrary: fc.constant('Long'.repeat(2_500)) },
);
/** A string as an organizer might type it, never one of BROKEN_WORDS. */
export const text = anyText.map((s) => s.replace(new RegExp(BROKEN_WORDS, 'g'), '~'));

const languageTag = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom('en', 'es', 'fr', 'pt-BR', 'ar', 'ja', 'ko', 'zh-Hant-TW', 'EN-us', 'de-CH-1996') },
  { weight: 1, arbitrary: fc.constantFrom('und', 'x-private', 'en_US', 'english', '', '__proto__', 'constructor', 'tostring') },
); // prettier-ignore

const localizedText = fc.oneof(
  { weight: 3, arbitrary: text },
  { weight: 1, arbitrary: fc.dictionary(languageTag, text, { minKeys: 1, maxKeys: 3 }) },
);

const url = fc
  .tuple(
    fc.constantFrom(
      'https://example.org/', 'http://example.org', 'HTTPS://EXAMPLE.ORG/A', 'mailto:info@example.org',
      'https://example.org/a b', ' https://example.org ', 'https:example.org', 'http:\\\\example.org',
      'https://münchen.example/ä', 'http://[::1]:8080/', 'https://user:pw@example.org/', 'http://example.org:99999/',
      'https://xn--mnchen-3ya.example', 'http://0x7f.1/', 'https://example.org/%zz', 'mailto:', 'https://',
      'http://-a-.example/', 'https://exa mple.org', 'http://a\tb.example/', 'https://example.org/\u2028',
      'javascript:window.fuzzed=1', 'JaVaScRiPt:x', 'data:text/html,<b>', '//example.org', '/relative', 'ftp://x',
    ), // prettier-ignore
    fc.oneof(fc.constant(''), fc.string({ unit: 'binary', maxLength: 6 })),
  )
  .map(([a, b]) => a + b);

const zones = Intl.supportedValuesOf('timeZone');
const zone = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...zones) },
  { weight: 1, arbitrary: fc.constantFrom('UTC', 'Etc/GMT+12', 'Etc/GMT-14', 'Europe/Kyiv', 'America/Ciudad_Juarez') },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '+05:30', '-0800', 'Z', 'GMT', 'EST', 'CET', 'EST5EDT', 'US/Eastern', 'america/new_york', 'Mars/Olympus',
      'Europe/Kiev', 'Asia/Calcutta', 'UTC+1', 'Etc/Unknown', '', ' UTC',
    ), // prettier-ignore
  },
);

const pad = (n: number, l = 2) => String(n).padStart(l, '0');

/** Clock changes, as the local time they begin: gaps (spring) and overlaps (autumn), half-hour and midnight ones too. */
const CHANGES: [string, string][] = [
  ['America/New_York', '2019-03-10T02:00'], ['America/New_York', '2019-11-03T01:00'],
  ['Europe/Paris', '2019-03-31T02:00'], ['Europe/Paris', '2019-10-27T02:00'],
  ['Australia/Lord_Howe', '2019-10-06T02:00'], ['Australia/Lord_Howe', '2019-04-07T01:30'],
  ['America/Santiago', '2019-09-08T00:00'], ['America/Santiago', '2019-04-06T23:00'],
  ['Pacific/Apia', '2011-12-29T23:00'], ['Asia/Tehran', '2020-03-21T23:00'], ['America/Havana', '2019-03-10T00:00'],
  ['Pacific/Chatham', '2019-09-29T02:45'], ['Europe/Dublin', '2019-10-27T01:00'], ['Antarctica/Troll', '2019-03-31T01:00'],
  ['America/St_Johns', '2019-11-03T01:00'], ['Europe/London', '1971-10-31T02:00'],
]; // prettier-ignore

/** A wall time around a clock change, in its zone, in minutes from it. */
const nearChange = fc
  .tuple(fc.constantFrom(...CHANGES), fc.integer({ min: -150, max: 150 }))
  .map(([[z, at], minutes]) => {
    const d = new Date(Date.parse(`${at}Z`) + minutes * 60_000);
    return { zone: z, at: d.toISOString().slice(0, 16) };
  });

const year = fc.oneof(
  fc.integer({ min: 1900, max: 2100 }),
  fc.integer({ min: 1, max: 99 }),
  fc.integer({ min: 0, max: 9999 }),
  fc.constantFrom(1, 50, 99, 100, 999, 1000, 1582, 1900, 9999),
);
const offsetText = fc.constantFrom('Z', '+00:00', '-05:00', '+05:30', '+14:00', '-12:00', '+23:59', '-23:59');

/** Dates at the ends of the years 1–9999 a feed may use, and just beyond them. */
const EDGES = ['0000', '0000-12-31', '0001', '0001-01-01T00:00+14:00', '0001-06-15', '0050', '0099-12', '9999',
  '9999-12', '9999-12-31', '9999-12-31T23:30', '9999-12-31T23:59-12:00', '0001-01-01T00:30Z']; // prettier-ignore

/** `YYYY[-MM[-DD[THH:mm[:ss][offset]]]]`, as precise as `precision` (or random). */
function wallTime(precision?: 'time') {
  const edges = precision ? EDGES.filter((e) => e.includes('T')) : EDGES;
  return fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom(...edges) },
    { weight: 9, arbitrary: anyWallTime(precision) },
  );
}

function anyWallTime(precision?: 'time') {
  return fc
    .record({
      y: year,
      mo: fc.integer({ min: 1, max: 12 }),
      d: fc.oneof(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 29, max: 31 })),
      h: fc.integer({ min: 0, max: 23 }),
      mi: fc.constantFrom(0, 15, 30, 45, 59),
      s: fc.option(fc.integer({ min: 0, max: 59 })),
      offset: fc.option(offsetText, { freq: 4 }),
      cut: precision ? fc.constant(4) : fc.integer({ min: 1, max: 4 }),
    })
    .map(({ y, mo, d, h, mi, s, offset, cut }) => {
      const parts = [pad(y, 4), `-${pad(mo)}`, `-${pad(d)}`, `T${pad(h)}:${pad(mi)}${s === null ? '' : `:${pad(s)}`}`];
      return parts.slice(0, cut).join('') + (cut === 4 && offset !== null ? offset : '');
    });
}

const id = fc.oneof(
  fc.constantFrom('a', 'b', 'c', ' ', '', ...PROTO_KEYS),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }),
);

const session = (date: string) =>
  fc.record(
    {
      id,
      title: localizedText,
      start: fc.oneof(
        wallTime('time'),
        fc.integer({ min: 0, max: 23 }).map((h) => `${date}T${pad(h)}:00`),
      ),
      end: fc.oneof(
        wallTime('time'),
        fc.integer({ min: 0, max: 23 }).map((h) => `${date}T${pad(h)}:45`),
      ),
      description: localizedText,
      location: localizedText,
      track: localizedText,
      speakers: fc.array(fc.record({ name: localizedText, affiliation: localizedText }, { requiredKeys: ['name'] }), {
        maxLength: 2,
      }),
      languages: fc.array(languageTag, { maxLength: 2 }),
      url,
      status: fc.constantFrom('scheduled', 'cancelled', 'moved-online', 'rescheduled', 'postponed'),
      plenary: fc.oneof(fc.boolean(), fc.constantFrom('yes', 1)),
      updated: wallTime('time'),
    },
    { requiredKeys: ['id', 'title', 'start', 'end'] },
  );

const when = fc.oneof(
  wallTime().map((start) => ({ zone: undefined as string | undefined, start })),
  nearChange.map(({ zone: z, at }) => ({ zone: z as string | undefined, start: at })),
);

const event = fc
  .tuple(when, zone, fc.option(wallTime()))
  .chain(([w, z, end]) => {
    const date = w.start.length >= 10 ? w.start.slice(0, 10) : `${w.start.slice(0, 4)}-01-01`;
    return fc.record(
      {
        id,
        name: localizedText,
        timeZone: fc.constant(w.zone ?? z),
        start: fc.constant(w.start),
        end: fc.constant(end ?? undefined),
        series: fc.constantFrom('s1', 's2', 'nope'),
        description: localizedText,
        status: fc.constantFrom('scheduled', 'cancelled', 'postponed', 'rescheduled', 'moved-online', 'maybe'),
        attendance: fc.constantFrom('offline', 'online', 'mixed', 'hybrid'),
        location: fc.record(
          {
            name: localizedText,
            address: localizedText,
            locality: localizedText,
            country: fc.constantFrom(
              'MX',
              'ES',
              'XK',
              'GB',
              'UK',
              'EU',
              'ZZ',
              'AA',
              'QZ',
              'AN',
              'mx',
              'MEX',
              '__proto__',
            ),
            geo: fc.record({
              lat: fc.oneof(fc.double({ min: -90, max: 90, noNaN: true }), fc.constantFrom(91, -0, 1e308)),
              lon: fc.oneof(fc.double({ min: -180, max: 180, noNaN: true }), fc.constantFrom(-181, 0)),
            }),
            confirmed: fc.boolean(),
          },
          { requiredKeys: [] },
        ),
        organizers: fc.array(fc.record({ name: localizedText, url }, { requiredKeys: ['name'] }), { maxLength: 2 }),
        url,
        sessions: fc.array(session(date), { maxLength: 5 }),
        objectives: fc.array(
          fc.record({ text: localizedText, sdgs: fc.array(fc.integer({ min: -1, max: 18 }), { maxLength: 3 }) }),
          { maxLength: 2 },
        ),
        tags: fc.array(localizedText, { maxLength: 2 }),
        rooms: fc.array(localizedText, { maxLength: 3 }),
        updated: wallTime('time'),
      },
      { requiredKeys: ['id', 'name', 'timeZone', 'start'] },
    );
  })
  .map((e) => JSON.parse(JSON.stringify(e)) as Record<string, unknown>); // no keys holding undefined

const series = fc.record(
  { id: fc.constantFrom('s1', 's2', 's1', '__proto__'), name: localizedText, description: localizedText, url },
  { requiredKeys: ['id', 'name'] },
);

/** A feed as an organizer might write it: valid in form, random in content. */
export const writtenFeed = fc.record({
  version: fc.constant(1),
  defaultLanguage: fc.oneof({ weight: 5, arbitrary: fc.constant('en') }, { weight: 1, arbitrary: languageTag }),
  series: fc.array(series, { maxLength: 2 }),
  events: fc.array(event, { minLength: 1, maxLength: 3 }),
});

/** One change to a feed: at the `pick`-th object or list in it, delete, replace, add or repeat something. */
const mutation = fc.record({
  pick: fc.nat(),
  kind: fc.constantFrom('delete', 'replace', 'add', 'repeat'),
  key: fc.oneof(fc.constantFrom(...PROTO_KEYS, 'timezone', 'id', 'start', 'end', 'name'), fc.string({ maxLength: 5 })),
  value: fc.oneof(
    fc.jsonValue({ maxDepth: 2 }),
    fc.constantFrom({}, [], '', 0, -1, true, null, '2019-13-45', '0000', '9999-12-31T23:59-12:00'),
  ),
  salt: fc.nat(),
});
interface Mutation {
  pick: number;
  kind: 'delete' | 'replace' | 'add' | 'repeat';
  key: string;
  value: unknown;
  salt: number;
}

/** Every object and list in `value`, depth first. */
function containers(value: unknown, out: object[] = []): object[] {
  if (typeof value !== 'object' || value === null) return out;
  out.push(value);
  for (const v of Object.values(value)) containers(v, out);
  return out;
}

function mutate(feed: unknown, m: Mutation): void {
  const all = containers(feed);
  const target = all[m.pick % all.length] as Record<string, unknown>;
  const keys = Object.keys(target);
  const existing = keys.length ? keys[m.salt % keys.length] : undefined;
  // A copy: generated values are shared between cases, and later mutations change what they find.
  const set = (key: string, value: unknown) =>
    Object.defineProperty(target, key, {
      value: structuredClone(value),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  if (m.kind === 'delete' && existing !== undefined) {
    if (Array.isArray(target)) target.splice(Number(existing), 1);
    else delete target[existing];
  } else if (m.kind === 'replace' && existing !== undefined) set(existing, m.value);
  else if (m.kind === 'repeat' && Array.isArray(target) && target.length) target.push(structuredClone(target[0]));
  else if (!Array.isArray(target)) set(m.key, m.value); // an own property even for `__proto__`
}

/** A written feed, then up to three mutations of it. */
export const anyFeed = fc.tuple(writtenFeed, fc.array(mutation, { maxLength: 3 })).map(([feed, changes]) => {
  for (const m of changes) mutate(feed, m);
  return feed as unknown;
});
