import { expect } from '@open-wc/testing';
import { validateFeed } from '../../src/feed/validate.js';
import { feedChanges } from '../../src/feed/changes.js';

const feed = (sessions: object[], more: object = {}) =>
  validateFeed({
    version: 1,
    defaultLanguage: 'en',
    events: [
      {
        id: 'forum',
        name: 'Fictional forum',
        timeZone: 'America/Mexico_City',
        start: '2031-03-04T09:00',
        end: '2031-03-04T18:00',
        ...more,
        sessions,
      },
      { id: 'other', name: 'Other', timeZone: 'UTC', start: '2031-05' },
    ],
  }).feed;

const talk = { id: 'talk', title: 'Talk', start: '2031-03-04T10:00', end: '2031-03-04T11:00', location: 'Room A' };

describe('feedChanges: what a refresh changed', () => {
  it('finds nothing between a feed and itself, or an equal copy', () => {
    expect(feedChanges(feed([talk]), feed([talk]))).to.deep.equal([]);
  });

  it('lists sessions added and removed, and each changed field with its old and new value', () => {
    const before = feed([talk, { id: 'gone', title: 'Gone', start: '2031-03-04T12:00', end: '2031-03-04T13:00' }]);
    const after = feed([
      { ...talk, start: '2031-03-04T14:00', end: '2031-03-04T15:00', location: 'Room B', status: 'cancelled' },
      { id: 'new', title: 'New', start: '2031-03-04T09:00', end: '2031-03-04T09:30' },
    ]);
    expect(feedChanges(before, after)).to.deep.equal([
      { kind: 'added', eventId: 'forum', sessionId: 'new', fields: {} },
      { kind: 'removed', eventId: 'forum', sessionId: 'gone', fields: {} },
      {
        kind: 'changed',
        eventId: 'forum',
        sessionId: 'talk',
        fields: {
          start: { before: '2031-03-04T10:00', after: '2031-03-04T14:00' },
          end: { before: '2031-03-04T11:00', after: '2031-03-04T15:00' },
          location: { before: { en: 'Room A' }, after: { en: 'Room B' } },
          status: { before: 'scheduled', after: 'cancelled' },
        },
      },
    ]);
  });

  it("lists an event's own changes, and events added and removed", () => {
    const before = feed([talk]);
    const after = validateFeed({
      version: 1,
      defaultLanguage: 'en',
      events: [
        {
          id: 'forum',
          name: 'Fictional forum',
          timeZone: 'America/Mexico_City',
          start: '2031-03-04T09:00',
          end: '2031-03-04T18:00',
          status: 'moved-online',
          sessions: [talk],
        },
        { id: 'third', name: 'Third', timeZone: 'UTC', start: '2032' },
      ],
    }).feed;
    expect(feedChanges(before, after)).to.deep.equal([
      { kind: 'added', eventId: 'third', fields: {} },
      { kind: 'removed', eventId: 'other', fields: {} },
      { kind: 'changed', eventId: 'forum', fields: { status: { before: 'scheduled', after: 'moved-online' } } },
    ]);
  });
});

describe('session status in the feed', () => {
  it('reads scheduled, cancelled, moved-online and rescheduled; anything else is reported and taken as scheduled', () => {
    const { feed: f, problems } = validateFeed({
      version: 1,
      defaultLanguage: 'en',
      events: [
        {
          id: 'e',
          name: 'E',
          timeZone: 'UTC',
          start: '2031-03-04',
          sessions: ['scheduled', 'cancelled', 'moved-online', 'rescheduled', 'postponed', undefined].map(
            (status, i) => ({
              id: `s${i}`,
              title: 'S',
              start: `2031-03-04T0${i}:00`,
              end: `2031-03-04T0${i}:30`,
              status,
            }),
          ),
        },
      ],
    });
    expect(f.events[0].sessions.map((s) => s.status)).to.deep.equal([
      'scheduled',
      'cancelled',
      'moved-online',
      'rescheduled',
      'scheduled',
      'scheduled',
    ]);
    expect(problems.map((p) => p.path)).to.deep.equal(['/events/0/sessions/4/status']);
  });
});
