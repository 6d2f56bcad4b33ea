/**
 * A validated feed written back as feed JSON, for the idempotence property: validating this must
 * give no errors and the same feed. Times keep the offset the validator chose, so a time that
 * occurs twice stays the one the feed meant.
 */
import type { Feed, FeedEvent, FeedJson, LocalizedText, Session, WallTime } from '../../src/feed/types.js';
import { wallTimeToString } from '../../src/time/wall-time.js';

function time(w: WallTime): string {
  const o = w.offset;
  if (w.precision !== 'time' || o === undefined || !Number.isInteger(o)) return wallTimeToString(w);
  const [h, m] = [Math.floor(Math.abs(o) / 60), Math.abs(o) % 60].map((n) => String(n).padStart(2, '0'));
  return `${wallTimeToString(w)}${o < 0 ? '-' : '+'}${h}:${m}`;
}

const text = (t: LocalizedText | undefined) => (t === undefined ? undefined : { ...t });
const instant = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

const session = (s: Session) => ({
  ...s,
  title: text(s.title),
  start: time(s.start),
  end: time(s.end),
  updated: instant(s.updated),
});

const event = (e: FeedEvent) => ({
  ...e,
  start: time(e.start),
  end: e.end && time(e.end),
  sessions: e.sessions.map(session),
  updated: instant(e.updated),
});

/** `feed` as JSON text would give it back: no keys holding undefined. */
export function feedJson(feed: Feed): FeedJson {
  return JSON.parse(JSON.stringify({ ...feed, events: feed.events.map(event) })) as FeedJson;
}
