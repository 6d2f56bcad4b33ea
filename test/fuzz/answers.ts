/**
 * What the validator answers for a list of feeds, computed alike in the browser and in Node (the
 * server command `minga-validate-in-node` bundles this file), with a digest of the zone data each
 * feed's times were read with: where two runtimes' time-zone data differ (Morocco's predicted
 * clock changes after 2087, say), their answers may differ, and the comparison says so apart.
 */
import { validateFeed } from '../../src/feed/validate.js';
import type { FeedProblem } from '../../src/feed/types.js';
import { zoneOffset } from '../../src/time/zone.js';

export interface Answer {
  readonly problems: readonly FeedProblem[];
  readonly zones: string;
}

const DAY = 86_400_000;
const WALL = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/;

/** The offsets of each event's zone around each of its dates, as this runtime's zone data gives them. */
function zoneDigest(feed: unknown): string {
  const events = (feed as { events?: unknown })?.events;
  if (!Array.isArray(events)) return '';
  return events
    .map((e: Record<string, unknown> | null) => {
      const zone = e?.timeZone;
      if (typeof zone !== 'string') return '';
      const sessions = Array.isArray(e?.sessions) ? (e.sessions as Record<string, unknown>[]) : [];
      const dates = [e?.start, e?.end, ...sessions.flatMap((s) => [s?.start, s?.end])];
      return dates
        .map((d) => (typeof d === 'string' ? WALL.exec(d) : null))
        .filter((m) => m !== null)
        .map((m) => {
          const t = new Date(0);
          t.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
          t.setUTCHours(Number(m[4] ?? 0), Number(m[5] ?? 0));
          return [-DAY, 0, DAY].map((d) => zoneOffset(zone, t.getTime() + d)).join(',');
        })
        .join(' ');
    })
    .join('; ');
}

export const answers = (feeds: readonly unknown[]): Answer[] =>
  feeds.map((feed) => ({ problems: validateFeed(feed).problems, zones: zoneDigest(feed) }));
