import type { FeedEvent, LocalizedText, Session } from './types.js';
import { trackIds } from './tracks.js';

/** An event's rooms: the agenda grid's columns. */
export interface Rooms {
  /** By room number: the event's `rooms` in order, then rooms only sessions name, first seen first. */
  readonly names: readonly LocalizedText[];
  /** Each session's room number, or -1 for every room (a plenary or a session without a room). */
  readonly columnOf: ReadonlyMap<Session, number>;
}

const known = new WeakMap<FeedEvent, Rooms>();

/**
 * The rooms of `event`, numbered as tracks are (`trackIds`: "Room A" and { "en": "Room A",
 * "es": "Sala A" } are one room). A plenary spans every room: its hall is no room of its own.
 * Remembered per event: the element asks on every update whether it has two rooms.
 */
export function eventRooms(event: FeedEvent): Rooms {
  let rooms = known.get(event);
  if (rooms) return rooms;
  const listed = event.rooms ?? [];
  const located = event.sessions.filter((s) => s.location && !s.plenary);
  const texts = [...listed, ...located.map((s) => s.location!)];
  // trackIds numbers in first-seen order, from 0: a room's number is its column.
  const ids = trackIds(texts);
  const names: LocalizedText[] = [];
  texts.forEach((text, i) => (names[ids[i]] ??= text));
  const columnOf = new Map<Session, number>(event.sessions.map((s) => [s, -1]));
  located.forEach((s, i) => columnOf.set(s, ids[listed.length + i]));
  known.set(event, (rooms = { names, columnOf }));
  return rooms;
}
