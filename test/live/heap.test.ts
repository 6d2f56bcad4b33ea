import { expect, html } from '@open-wc/testing';
import '../../src/minga-widgets.js';
import { refreshFeeds, setNow } from '../../src/index.js';
import { isolate, mount, shownText, type Mounted } from '../support/fixture.js';
import { skipWithout } from '../support/capability.js';

const SESSIONS = 1_000;
const REFRESHES = 100;
const MB = 1024 * 1024;

/** A clearly fictional forum of 1,000 sessions over 5 days; `version` changes one title and one room. */
function forum(version: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const sessions = Array.from({ length: SESSIONS }, (_, i) => {
    const date = `2031-03-${pad(3 + Math.floor(i / 200))}`;
    const slot = i % 200;
    const [hour, minute] = [8 + Math.floor(slot / 20), (slot % 4) * 15];
    return {
      id: `s${i}`,
      title: { en: `Session ${i}`, es: `Sesión ${i}` },
      start: `${date}T${pad(hour)}:${pad(minute)}`,
      end: `${date}T${pad(hour)}:${pad(minute + 10)}`,
      // Twenty rooms: the twenty sessions of an hour each have their own (no two at once in one room).
      location: `Room ${i % 20}`,
      track: `Track ${i % 8}`,
      speakers: [{ name: `Speaker ${i}`, affiliation: 'Fictional City' }],
    };
  });
  const changed = sessions[version % SESSIONS];
  changed.title = { en: `Session ${version % SESSIONS}, version ${version}`, es: `Sesión, versión ${version}` };
  changed.location = `Room ${version % 12} (moved)`;
  return JSON.stringify({
    version: 1,
    defaultLanguage: 'en',
    events: [
      {
        id: 'forum',
        name: 'Fictional forum (test data)',
        timeZone: 'America/Mexico_City',
        start: '2031-03-03',
        end: '2031-03-07',
        sessions,
      },
    ],
  });
}

/** The heap after collection, in bytes (Chromium with --expose-gc and precise memory info). */
async function heapAfterCollection(): Promise<number> {
  const w = window as unknown as { gc(): void };
  for (let i = 0; i < 3; i++) {
    w.gc();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
}

describe('a page that refreshes all day', () => {
  isolate({ before: () => setNow('2031-03-04T09:30:00-06:00', { frozen: true }) });

  it(`does not grow: after ${REFRESHES} refreshes of a changing ${SESSIONS}-session feed, the heap is within 5 MB of after the first`, async function () {
    await skipWithout(this, 'measure-heap');
    this.timeout(180_000);
    let version = 0;
    // Not a sinon stub: it would keep every answer it gave, feeds included, and be the leak measured.
    const realFetch = window.fetch;
    window.fetch = async () => {
      version++;
      const body = forum(version);
      return {
        ok: true,
        status: 200,
        headers: new Headers({ ETag: `"${version}"` }),
        text: async () => body,
      } as Response;
    };
    try {
      const src = `${location.origin}/feeds/heap-forum`;
      // The list: every day's sessions in the page (the grid would show one day).
      const agenda = await mount<Mounted>(html`<minga-agenda view="list" refresh="60" src=${src}></minga-agenda>`);
      const summary = await mount<Mounted>(html`<minga-event-summary refresh="60" src=${src}></minga-event-summary>`);
      await Promise.all([agenda.feedComplete, summary.feedComplete]);
      const refresh = async () => {
        await refreshFeeds();
        await agenda.updateComplete;
        await summary.updateComplete;
      };
      await refresh();
      const first = await heapAfterCollection();
      for (let i = 0; i < REFRESHES; i++) await refresh();
      const last = await heapAfterCollection();
      // Each refresh did change what is shown.
      expect(shownText(agenda)).to.contain(`version ${version}`);
      expect(version).to.equal(REFRESHES + 2);
      console.log(
        `heap after the first refresh ${(first / MB).toFixed(1)} MB, after ${REFRESHES} more ${(last / MB).toFixed(1)} MB`,
      );
      expect((last - first) / MB).to.be.below(5);
    } finally {
      window.fetch = realFetch;
    }
  });
});
