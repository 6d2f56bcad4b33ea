import { expect } from '@open-wc/testing';
import { validateFeed } from '../../src/feed/validate.js';
import { eventsOfSeries, selectEvent } from '../../src/feed/select-event.js';
import { eventSpan } from '../../src/feed/event-state.js';

const { feed } = validateFeed({
  version: 1,
  defaultLanguage: 'en',
  series: [{ id: 's', name: 'S' }],
  events: [
    { id: 'april', name: 'A', series: 's', timeZone: 'Africa/Bamako', start: '2019-04' },
    {
      id: 'dec',
      name: 'D',
      series: 's',
      timeZone: 'America/Mexico_City',
      start: '2019-12-09T12:30',
      end: '2019-12-09T20:00',
    },
    { id: 'y2020', name: 'Y', timeZone: 'America/Mexico_City', start: '2020' },
  ],
});
const at = (iso: string) => new Date(iso).getTime();

describe('selectEvent', () => {
  it('finds an event by id, or nothing for an unknown id', () => {
    expect(selectEvent(feed, 'april', 0)!.id).to.equal('april');
    expect(selectEvent(feed, 'nope', 0)).to.equal(undefined);
  });

  it('without an id, takes the event under way, else the next one, else the latest', () => {
    expect(selectEvent(feed, undefined, at('2019-04-15T00:00Z'))!.id).to.equal('april'); // during April
    expect(selectEvent(feed, undefined, at('2019-06-01T00:00Z'))!.id).to.equal('dec');
    expect(selectEvent(feed, undefined, at('2019-12-09T19:00-06:00'))!.id).to.equal('dec'); // live
    expect(selectEvent(feed, undefined, at('2019-12-09T20:00-06:00'))!.id).to.equal('y2020');
    expect(selectEvent(feed, undefined, at('2021-01-01T12:00Z'))!.id).to.equal('y2020'); // most recent
  });

  it('counts an event without an end as lasting to its last session, or to the end of its day', () => {
    const { feed: f } = validateFeed({
      version: 1,
      defaultLanguage: 'en',
      events: [
        { id: 'today', name: 'T', timeZone: 'America/Mexico_City', start: '2019-12-09T12:30' },
        {
          id: 'with-sessions',
          name: 'S',
          timeZone: 'America/Mexico_City',
          start: '2019-12-09T09:00',
          sessions: [{ id: 'a', title: 'A', start: '2019-12-09T09:00', end: '2019-12-09T18:00' }],
        },
        { id: 'next-month', name: 'N', timeZone: 'America/Mexico_City', start: '2020-01-15' },
      ],
    });
    expect(selectEvent(f, undefined, at('2019-12-09T10:00-06:00'))!.id).to.equal('with-sessions');
    expect(selectEvent(f, undefined, at('2019-12-09T12:31-06:00'))!.id).to.equal('with-sessions');
    expect(selectEvent(f, undefined, at('2019-12-09T18:01-06:00'))!.id).to.equal('today');
    expect(selectEvent(f, undefined, at('2019-12-10T00:00-06:00'))!.id).to.equal('next-month');
  });

  it('counts a session before the event start as part of the event', () => {
    const { feed: f } = validateFeed({
      version: 1,
      defaultLanguage: 'en',
      events: [
        {
          id: 'early',
          name: 'E',
          timeZone: 'America/Mexico_City',
          start: '2019-12-09T10:00',
          sessions: [{ id: 'a', title: 'A', start: '2019-12-08T10:00', end: '2019-12-08T11:00' }],
        },
      ],
    });
    expect(eventSpan(f.events[0]).start).to.equal(at('2019-12-08T10:00-06:00'));
  });

  it('passes over a cancelled event while one that takes place is under way or to come, and only then', () => {
    // A fictional feed: a forum last year, one cancelled under way now, one next month.
    const { feed: f } = validateFeed({
      version: 1,
      defaultLanguage: 'en',
      events: [
        { id: 'last-year', name: 'L', timeZone: 'UTC', start: '2030-05-01', end: '2030-05-02' },
        { id: 'cancelled', name: 'C', timeZone: 'UTC', start: '2031-05-01', end: '2031-05-03', status: 'cancelled' },
        { id: 'next-month', name: 'N', timeZone: 'UTC', start: '2031-06-01', end: '2031-06-02' },
      ],
    });
    expect(selectEvent(f, undefined, at('2031-05-02T12:00Z'))!.id).to.equal('next-month');
    // Once nothing held is to come, the cancelled event is the next one, not last year's forum.
    const withoutNext = { ...f, events: f.events.filter((e) => e.id !== 'next-month') };
    expect(selectEvent(withoutNext, undefined, at('2031-04-01T00:00Z'))!.id).to.equal('cancelled');
    expect(selectEvent(withoutNext, undefined, at('2031-06-01T00:00Z'))!.id).to.equal('cancelled');
  });

  it('lists a series in date order', () => {
    expect(eventsOfSeries(feed, 's').map((e) => e.id)).to.deep.equal(['april', 'dec']);
  });
});
