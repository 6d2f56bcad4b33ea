/**
 * What changed between two versions of a feed: events and sessions added, removed, and for each
 * changed one, which fields changed, with their old and new values. Values are as the feed gives
 * them (texts in every language, times as written), so a page can word the change its own way.
 */
import type { Feed, FeedEvent, Session } from './types.js';
import { wallTimeToString } from '../time/wall-time.js';

/** A field's value before and after; undefined where the field was absent. */
export interface FieldChange {
  readonly before: unknown;
  readonly after: unknown;
}

export interface FeedChange {
  readonly kind: 'added' | 'removed' | 'changed';
  readonly eventId: string;
  /** Set when the change is a session's. */
  readonly sessionId?: string;
  /** For `changed`: each field that changed (`start`, `end`, `location`, `status`…). */
  readonly fields: Readonly<Record<string, FieldChange>>;
}

/** The fields compared, each as a plain value (times as written, with their zone's offset rules). */
const SESSION_FIELDS: Record<string, (s: Session) => unknown> = {
  title: (s) => s.title,
  start: (s) => wallTimeToString(s.start),
  end: (s) => wallTimeToString(s.end),
  location: (s) => s.location,
  track: (s) => s.track,
  status: (s) => s.status,
  speakers: (s) => s.speakers,
  description: (s) => s.description,
  url: (s) => s.url,
};

const EVENT_FIELDS: Record<string, (e: FeedEvent) => unknown> = {
  name: (e) => e.name,
  start: (e) => wallTimeToString(e.start),
  end: (e) => (e.end ? wallTimeToString(e.end) : undefined),
  timeZone: (e) => e.timeZone,
  status: (e) => e.status,
  location: (e) => e.location,
  url: (e) => e.url,
};

function fieldChanges<T>(fields: Record<string, (x: T) => unknown>, a: T, b: T): Record<string, FieldChange> {
  const changed: Record<string, FieldChange> = {};
  for (const [name, read] of Object.entries(fields)) {
    const [before, after] = [read(a), read(b)];
    if (JSON.stringify(before) !== JSON.stringify(after)) changed[name] = { before, after };
  }
  return changed;
}

/** Matches items by id: those only in `after`, only in `before`, and in both. */
function byId<T extends { readonly id: string }>(before: readonly T[], after: readonly T[]) {
  const old = new Map(before.map((x) => [x.id, x]));
  const now = new Set(after.map((x) => x.id));
  return {
    added: after.filter((x) => !old.has(x.id)),
    removed: before.filter((x) => !now.has(x.id)),
    both: after.filter((x) => old.has(x.id)).map((x) => [old.get(x.id)!, x] as const),
  };
}

/** The sessions of one event that changed from `before` to `after` (the same event, by id). */
export function sessionChanges(before: FeedEvent, after: FeedEvent): FeedChange[] {
  const eventId = after.id;
  const { added, removed, both } = byId(before.sessions, after.sessions);
  const changes: FeedChange[] = [];
  for (const s of added) changes.push({ kind: 'added', eventId, sessionId: s.id, fields: {} });
  for (const s of removed) changes.push({ kind: 'removed', eventId, sessionId: s.id, fields: {} });
  for (const [a, b] of both) {
    const fields = fieldChanges(SESSION_FIELDS, a, b);
    if (Object.keys(fields).length) changes.push({ kind: 'changed', eventId, sessionId: b.id, fields });
  }
  return changes;
}

/** Every change from `before` to `after`: events added and removed, events' own fields, and their sessions. */
export function feedChanges(before: Feed, after: Feed): FeedChange[] {
  const { added, removed, both } = byId(before.events, after.events);
  const changes: FeedChange[] = [];
  for (const e of added) changes.push({ kind: 'added', eventId: e.id, fields: {} });
  for (const e of removed) changes.push({ kind: 'removed', eventId: e.id, fields: {} });
  for (const [a, b] of both) {
    if (a === b) continue;
    const fields = fieldChanges(EVENT_FIELDS, a, b);
    if (Object.keys(fields).length) changes.push({ kind: 'changed', eventId: b.id, fields });
    changes.push(...sessionChanges(a, b));
  }
  return changes;
}

/** A change to show beside a session: the change, and the session as first read. */
export interface SessionChangeMark {
  readonly change: FeedChange;
  readonly before?: Session;
}

const marksOf = new WeakMap<FeedEvent, { first: FeedEvent; marks: ReadonlyMap<string, SessionChangeMark> }>();

/**
 * The sessions of `event` changed since `first` (the same event as the page first read it), by
 * id: compared once per pair, as agendas ask on every clock tick.
 */
export function changeMarks(first: FeedEvent, event: FeedEvent): ReadonlyMap<string, SessionChangeMark> {
  const known = marksOf.get(event);
  if (known?.first === first) return known.marks;
  const sessions = new Map(first.sessions.map((s) => [s.id, s]));
  const marks = new Map(
    sessionChanges(first, event).map((change) => [
      change.sessionId!,
      { change, before: sessions.get(change.sessionId!) },
    ]),
  );
  marksOf.set(event, { first, marks });
  return marks;
}
