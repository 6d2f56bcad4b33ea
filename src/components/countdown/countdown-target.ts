/**
 * The `target` attribute of a countdown: a date to count to without a feed, read as a wall time
 * in the element's `time-zone` (else the viewer's), and the words for a target that cannot be read.
 */
import { msg, str } from '@lit/localize';
import type { FeedEvent } from '../../feed/types.js';
import { parseWallTime } from '../../time/wall-time.js';
import { isValidZone, viewerZone } from '../../time/zone.js';

export type Target =
  { event: FeedEvent; error?: undefined } | { error: 'missing' | 'skipped' | 'not-a-date'; text: string; zone: string };

/** The zone a target is read in: the `time-zone` attribute when it names a zone, else the viewer's. */
export function targetZone(timeZone: string | undefined): string {
  const wanted = timeZone?.trim();
  return wanted && isValidZone(wanted) ? wanted : viewerZone();
}

/** The target as an event with only a start, or why it cannot be one. */
export function parseTarget(text: string, zone: string): Target {
  if (!text) return { error: 'missing', text, zone };
  const parsed = parseWallTime(text, zone);
  // A date that UTC accepts but the zone rejects fell into a daylight saving time gap.
  if (!parsed.ok) return { error: parseWallTime(text, 'UTC').ok ? 'skipped' : 'not-a-date', text, zone };
  const event: FeedEvent = {
    id: '',
    name: {},
    timeZone: zone,
    start: parsed.value,
    status: 'scheduled',
    organizers: [],
    sessions: [],
    objectives: [],
    tags: [],
  };
  return { event };
}

export function targetError({ error, text, zone }: Extract<Target, { text: string }>): string {
  if (error === 'missing') return msg('This countdown has no target: give it a target date, or an event from a feed.');
  if (error === 'skipped')
    return msg(str`The countdown target ${text} does not exist in ${zone}: the clocks skip that time.`);
  return msg(
    str`The countdown target "${text}" is not a date: write it like 2019-12-09T12:30 or 2019-12-09T18:30:00Z.`,
  );
}
