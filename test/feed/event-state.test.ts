import { expect } from '@open-wc/testing';
import { validateFeed } from '../../src/feed/validate.js';
import { eventEnd, eventPhase, eventSpan, eventState } from '../../src/feed/event-state.js';
import { wallTimeToString } from '../../src/time/wall-time.js';

const at = (iso: string) => Date.parse(iso);

describe('eventPhase and eventState: one vocabulary for every element', () => {
  const { feed } = validateFeed({
    version: 1,
    defaultLanguage: 'en',
    events: [
      {
        id: 'timed',
        name: 'Timed',
        timeZone: 'America/Mexico_City',
        start: '2019-12-09T12:30',
        end: '2019-12-09T20:00',
      },
      { id: 'month', name: 'Month', timeZone: 'Africa/Bamako', start: '2019-04' },
      { id: 'days', name: 'Days', timeZone: 'America/Bogota', start: '2030-03-10', end: '2030-03-12' },
      {
        id: 'cancelled',
        name: 'Cancelled',
        timeZone: 'America/Mexico_City',
        start: '2019-12-09T12:30',
        end: '2019-12-09T20:00',
        status: 'cancelled',
      },
      { id: 'postponed', name: 'Postponed', timeZone: 'America/Mexico_City', start: '2019-12-09', status: 'postponed' },
      {
        id: 'month-with-sessions',
        name: 'M',
        timeZone: 'UTC',
        start: '2031-04',
        sessions: [{ id: 's', title: 'S', start: '2031-04-10T09:00', end: '2031-04-10T17:00' }],
      },
      {
        id: 'month-with-end',
        name: 'M',
        timeZone: 'UTC',
        start: '2031-04',
        end: '2031-04',
        sessions: [{ id: 's', title: 'S', start: '2031-04-10T09:00', end: '2031-04-10T17:00' }],
      },
    ],
  });
  const event = (id: string) => feed.events.find((e) => e.id === id)!;

  it('tells upcoming, live and ended apart; a month is never "live", whole days are', () => {
    const [timed, month, days] = ['timed', 'month', 'days'].map(event);
    expect(eventPhase(days, at('2030-03-09T23:59:00-05:00'))).to.equal('upcoming');
    expect(eventPhase(days, at('2030-03-11T12:00:00-05:00'))).to.equal('live');
    expect(eventPhase(days, at('2030-03-13T00:00:00-05:00'))).to.equal('ended');
    expect(eventPhase(timed, at('2019-12-09T12:29:59-06:00'))).to.equal('upcoming');
    expect(eventPhase(timed, at('2019-12-09T12:30:00-06:00'))).to.equal('live');
    expect(eventPhase(timed, at('2019-12-09T20:00:00-06:00'))).to.equal('ended');
    expect(eventPhase(month, at('2019-04-15T12:00:00Z'))).to.equal('upcoming');
    expect(eventPhase(month, at('2019-05-01T00:00:00Z'))).to.equal('ended');
  });

  it('never calls a cancelled or postponed event live, at the very moment it would have been', () => {
    const during = at('2019-12-09T13:00:00-06:00');
    expect(eventState(event('timed'), during)).to.equal('live');
    expect(eventState(event('cancelled'), during)).to.equal('cancelled');
    expect(eventPhase(event('cancelled'), during)).to.equal('upcoming');
    expect(eventState(event('postponed'), during)).to.equal('postponed');
    expect(eventPhase(event('cancelled'), at('2019-12-09T20:00:00-06:00'))).to.equal('ended');
  });

  it('calls an event dated by month live only from its first session to its last, whose times are known', () => {
    const e = event('month-with-sessions');
    expect(eventState(e, at('2031-04-09T12:00:00Z'))).to.equal('upcoming');
    expect(eventState(e, at('2031-04-10T09:00:00Z'))).to.equal('live');
    expect(eventState(e, at('2031-04-10T17:00:00Z'))).to.equal('ended');
    // With April as its stated end, the rest of April is not certainly under way: upcoming until it is over.
    const withEnd = event('month-with-end');
    expect(eventState(withEnd, at('2031-04-10T12:00:00Z'))).to.equal('live');
    expect(eventState(withEnd, at('2031-04-20T12:00:00Z'))).to.equal('upcoming');
    expect(eventState(withEnd, at('2031-05-01T00:00:00Z'))).to.equal('ended');
  });

  it('ends an event at its last session when that runs past its stated end', () => {
    const { feed: f } = validateFeed({
      version: 1,
      defaultLanguage: 'en',
      events: [
        {
          id: 'late',
          name: 'L',
          timeZone: 'UTC',
          start: '2030-05-01T10:00',
          end: '2030-05-01T12:00',
          sessions: [{ id: 's', title: 'S', start: '2030-05-01T11:00', end: '2030-05-01T13:00' }],
        },
      ],
    });
    const late = f.events[0];
    expect(wallTimeToString(eventEnd(late)!)).to.equal('2030-05-01T13:00');
    expect(eventSpan(late).end).to.equal(at('2030-05-01T13:00:00Z'));
    expect(eventState(late, at('2030-05-01T12:30:00Z'))).to.equal('live');
  });
});
