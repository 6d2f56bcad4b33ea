/**
 * Every element over generated feeds, at a pretended moment, in a few languages and zones: what it
 * shows has no broken words, no feed text turned into markup or a script link, and every instant
 * in a `<time datetime>` is one of the feed's times as luxon (the tests' time oracle) computes it.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { DateTime, FixedOffsetZone } from 'luxon';
import '../../src/minga-widgets.js';
import { setNow } from '../../src/index.js';
import { validateFeed } from '../../src/feed/validate.js';
import type { WallTime } from '../../src/feed/types.js';
import { isolate, MINGA_TAGS, type Mounted } from '../support/fixture.js';
import { anyFeed, BROKEN_WORDS } from './feeds.js';
import { check, runs, timeoutFor } from './config.js';

const LANGUAGES = ['en', 'es', 'fr', 'ko', 'pt-BR', 'ar', 'ja'];
const VIEWER_ZONES = ['', 'Asia/Kolkata', 'Pacific/Kiritimati', 'America/St_Johns', 'Europe/Dublin'];
const viewerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The instants a wall time may stand for, by luxon: in its zone, and at the offset it chose. */
function instants(w: WallTime): number[] {
  const fields = { year: w.year, month: w.month, day: w.day, hour: w.hour, minute: w.minute, second: w.second };
  const inZone = DateTime.fromObject(fields, { zone: w.zone }).toMillis();
  if (w.offset === undefined) return [inZone];
  return [inZone, DateTime.fromObject(fields, { zone: FixedOffsetZone.instance(w.offset) }).toMillis()];
}

/** Each partial date as a `datetime` writes it: `2019`, `2019-12`, `2019-12-09`. */
function partials(w: WallTime): string[] {
  const day = [String(w.year).padStart(4, '0'), String(w.month).padStart(2, '0'), String(w.day).padStart(2, '0')];
  return [day[0], day.slice(0, 2).join('-'), day.join('-')];
}

interface Case {
  feed: unknown;
  tag: string;
  lang: string;
  zone: string;
  /** Which event to show (an index into the feed's), or the one the element picks. */
  pick: number | null;
  /** Minutes from that event's start to the pretended now, or a moment of 1990–2040. */
  now: { near: number } | { at: number };
}

async function render({ feed, tag, lang, zone, pick, now }: Case): Promise<HTMLElement> {
  const events = validateFeed(feed).feed.events;
  const event = pick === null || !events.length ? undefined : events[pick % events.length];
  const start = event && instants(event.start)[0];
  setNow('near' in now && start !== undefined ? start + now.near * 60_000 : 'at' in now ? now.at : Date.now(), {
    frozen: true,
  });
  const el = document.createElement(tag) as unknown as Mounted & { feed: unknown };
  el.lang = lang;
  if (event) el.setAttribute('event', event.id);
  if (zone) el.setAttribute('time-zone', zone);
  el.feed = feed;
  document.body.append(el);
  await el.feedComplete;
  await el.updateComplete;
  return el;
}

function checkShown(el: HTMLElement, { feed, lang, zone }: Case): void {
  const root = el.shadowRoot!;
  const shown = (root.textContent ?? '').replace(/\s+/g, ' ');
  expect(shown.match(BROKEN_WORDS)?.[0], 'a broken word shown').to.equal(undefined);
  // Feed texts hold `<b data-fuzz>`, `onerror=` and `javascript:` links: none may come alive.
  expect(root.querySelector('[data-fuzz]') ?? document.querySelector('[data-fuzz]'), 'feed text as markup').to.equal(
    null,
  );
  expect((window as { fuzzed?: unknown }).fuzzed, 'a feed script ran').to.equal(undefined);
  for (const node of root.querySelectorAll('*')) {
    const handlers = node.getAttributeNames().filter((a) => a.startsWith('on'));
    expect(handlers, `handlers on <${node.localName}>`).to.deep.equal([]);
    const href = node.getAttribute('href') ?? node.getAttribute('xlink:href');
    // Not `new URL`: a host such as `example.org𳑺` passes the feed's URL rule yet no URL parser's.
    if (href !== null) expect(href, `a link on <${node.localName}>`).to.match(/^(?:https?:\/\/|mailto:|#)/i);
  }

  const events = validateFeed(feed).feed.events;
  const times = events.flatMap((e) => [
    e.start,
    ...(e.end ? [e.end] : []),
    ...e.sessions.flatMap((s) => [s.start, s.end]),
  ]);
  const expected = new Set(times.flatMap(instants));
  const zones = [...new Set([...events.map((e) => e.timeZone), viewerZone, ...(zone ? [zone] : [])])];
  // Dates as written, and (an agenda's day headings) the day each time falls on in a zone shown.
  const inZones = (w: WallTime) =>
    zones.flatMap((z) => instants(w).map((ms) => DateTime.fromMillis(ms, { zone: z }).toISODate()!));
  const dates = new Set(times.flatMap((w) => [...partials(w), ...(w.precision === 'time' ? inZones(w) : [])]));
  const years = new Set(
    times.flatMap((w) => [
      w.year,
      ...zones.flatMap((z) => instants(w).map((ms) => DateTime.fromMillis(ms, { zone: z }).year)),
    ]),
  );
  for (const time of root.querySelectorAll('time')) {
    const datetime = time.getAttribute('datetime') ?? '';
    const text = (time.textContent ?? '').trim();
    if (/^\d{4}(-\d{2}){0,2}$/.test(datetime)) {
      expect([...dates], `a partial date ${datetime} shown as "${text}"`).to.include(datetime);
    } else {
      const at = DateTime.fromISO(datetime, { setZone: true });
      expect(at.isValid, `datetime "${datetime}"`).to.be.true;
      expect([...expected], `${datetime}, shown as "${text}", is a time of the feed`).to.include(at.toMillis());
      const offsets = zones.map((z) => DateTime.fromMillis(at.toMillis(), { zone: z }).offset);
      expect(offsets, `the offset of ${datetime} is one of ${zones.join(', ')}`).to.include(at.offset);
    }
    // Latin digits: years show as written (50, not 1950), in the event's zone or the viewer's.
    if (lang === 'en') {
      for (const n of text.match(/\d{3,}/g) ?? []) expect([...years], `"${n}" in "${text}"`).to.include(Number(n));
    }
  }
}

describe('the elements, over generated feeds', function () {
  isolate();
  const n = runs(60, 0.1);
  this.timeout(timeoutFor(n, 150));

  it('show nothing broken, no feed text as markup, and only the feed’s own instants', async () => {
    const cases = fc.record({
      feed: anyFeed,
      tag: fc.constantFrom(...MINGA_TAGS),
      lang: fc.oneof(fc.constant('en'), fc.constantFrom(...LANGUAGES)),
      zone: fc.constantFrom(...VIEWER_ZONES),
      pick: fc.option(fc.nat(), { freq: 4 }),
      now: fc.oneof(
        fc.record({ near: fc.integer({ min: -3 * 1440, max: 3 * 1440 }) }),
        fc.record({ at: fc.integer({ min: Date.UTC(1990, 0), max: Date.UTC(2040, 0) }) }),
      ),
    });
    await check(
      fc.asyncProperty(cases, async (c) => {
        const el = await render(c);
        try {
          checkShown(el, c);
        } finally {
          el.remove();
          setNow(null);
        }
      }),
      n,
    );
  });
});
