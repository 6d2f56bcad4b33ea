import { testFeed } from './fixture.js';

/**
 * A fictional feed (not the sample feed): a forum in Lima on 1 May 2030, 10:00–12:00 Lima time,
 * with two sessions, cancelled; and a meeting of the same series in Quito a month later, held.
 * Each has one objective, so an element can show whose objectives it lists.
 */
export const CALLED_OFF_FEED = testFeed(
  [
    {
      id: 'lima-forum',
      name: 'Forum in Lima',
      series: 'tour',
      status: 'cancelled',
      timeZone: 'America/Lima',
      start: '2030-05-01T10:00',
      end: '2030-05-01T12:00',
      location: { locality: 'Lima', country: 'PE', geo: { lat: -12.0464, lon: -77.0428 } },
      objectives: [{ text: 'Objective of the cancelled forum' }],
      sessions: [
        { id: 'opening', title: 'Opening', start: '2030-05-01T10:00', end: '2030-05-01T11:00' },
        { id: 'closing', title: 'Closing', start: '2030-05-01T11:00', end: '2030-05-01T12:00' },
      ],
    },
    {
      id: 'quito-meeting',
      name: 'Meeting in Quito',
      series: 'tour',
      timeZone: 'America/Guayaquil',
      start: '2030-06-01T10:00',
      end: '2030-06-01T12:00',
      location: { locality: 'Quito', country: 'EC', geo: { lat: -0.1807, lon: -78.4678 } },
      objectives: [{ text: 'Objective of the held meeting' }],
    },
  ],
  { series: [{ id: 'tour', name: 'Test tour' }] },
);

/** The cancelled forum's id. */
export const CALLED_OFF = 'lima-forum';
/** Just before the cancelled forum would have started, and half an hour into it: when it would have been live. */
export const BEFORE_CALLED_OFF = '2030-05-01T09:59:59-05:00';
export const DURING_CALLED_OFF = '2030-05-01T10:30:00-05:00';
export const AFTER_CALLED_OFF = '2030-05-01T12:00:01-05:00';
