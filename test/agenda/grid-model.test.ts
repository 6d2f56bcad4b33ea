import { expect } from '@open-wc/testing';
import { DateTime } from 'luxon';
import { validateFeed } from '../../src/feed/validate.js';
import type { FeedEvent, SessionJson } from '../../src/feed/types.js';
import { gridDays, gridRooms, gridView } from '../../src/components/agenda/grid-model.js';

/** A fictional one-event feed in `zone`, validated: the model reads what the elements read. */
function forum(sessions: Partial<SessionJson>[], more: Record<string, unknown> = {}, zone = 'America/Mexico_City') {
  const { feed, problems } = validateFeed({
    version: 1,
    defaultLanguage: 'en',
    events: [
      {
        id: 'forum',
        name: 'Fictional forum',
        timeZone: zone,
        start: '2019-12-09',
        end: '2019-12-11',
        ...more,
        sessions: sessions.map((s, i) => ({ id: `s${i + 1}`, title: `Session ${i + 1}`, ...s })),
      },
    ],
  });
  expect(problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
  return feed.events[0] as FeedEvent;
}

const titles = (event: FeedEvent, zone: string) =>
  gridDays(event, zone, gridRooms(event)).map((d) => [d.key, d.pieces.map((p) => p.session.id)]);

describe('gridRooms', () => {
  it('puts the event’s rooms first, in its order, then rooms only sessions name, first seen first', () => {
    const event = forum(
      [
        { start: '2019-12-09T10:00', end: '2019-12-09T11:00', location: 'Room C' },
        { start: '2019-12-09T10:00', end: '2019-12-09T11:00', location: { en: 'Room A', es: 'Sala A' } },
        { start: '2019-12-09T10:00', end: '2019-12-09T11:00', location: 'Hall' },
        { start: '2019-12-09T09:00', end: '2019-12-09T10:00', location: 'Hall', plenary: true },
        { start: '2019-12-09T12:00', end: '2019-12-09T13:00' },
      ],
      { rooms: [{ es: 'Sala A' }, 'Room B'] },
    );
    const rooms = gridRooms(event);
    // { es: 'Sala A' } and { en: 'Room A', es: 'Sala A' } are one room, as tracks are one track.
    expect(rooms.names).to.deep.equal([{ es: 'Sala A' }, { en: 'Room B' }, { en: 'Room C' }, { en: 'Hall' }]);
    const column = (id: string) => rooms.columnOf.get(event.sessions.find((s) => s.id === id)!);
    expect(['s1', 's2', 's3', 's4', 's5'].map(column)).to.deep.equal([2, 0, 3, -1, -1]);
  });
});

describe('gridDays', () => {
  it('gives sessions that overlap in one room lanes side by side, and each cluster its own count', () => {
    const event = forum([
      { start: '2019-12-09T10:00', end: '2019-12-09T11:00', location: 'A' },
      { start: '2019-12-09T10:30', end: '2019-12-09T11:30', location: 'A' },
      { start: '2019-12-09T11:00', end: '2019-12-09T12:00', location: 'A' },
      { start: '2019-12-09T10:00', end: '2019-12-09T12:00', location: 'B' },
      { start: '2019-12-09T14:00', end: '2019-12-09T15:00', location: 'A' },
    ]);
    const [day] = gridDays(event, 'America/Mexico_City', gridRooms(event));
    const lanes = Object.fromEntries(day.pieces.map((p) => [p.session.id, [p.column, p.lane, p.lanes]]));
    expect(lanes).to.deep.equal({
      s1: [0, 0, 2],
      s2: [0, 1, 2],
      s3: [0, 0, 2], // takes the lane s1 has left
      s4: [1, 0, 1],
      s5: [0, 0, 1], // a cluster of its own
    });
    expect([day.from, day.to]).to.deep.equal([10, 15]);
  });

  it('cuts a session at midnight in the zone shown and places it on both days, marked', () => {
    const event = forum([
      { start: '2019-12-09T22:00', end: '2019-12-10T01:30', location: 'A' },
      { start: '2019-12-10T22:00', end: '2019-12-11T00:00', location: 'A' }, // ends at midnight: one day
    ]);
    const days = gridDays(event, 'America/Mexico_City', gridRooms(event));
    expect(days.map((d) => [d.key, d.from, d.to])).to.deep.equal([
      ['2019-12-09', 22, 24],
      ['2019-12-10', 0, 24],
    ]);
    const [late] = days[0].pieces;
    expect([late.continues, late.continued]).to.deep.equal([true, false]);
    expect(late.end).to.equal(DateTime.fromISO('2019-12-10T00:00', { zone: 'America/Mexico_City' }).toMillis());
    const [after, evening] = days[1].pieces;
    expect([after.session.id, after.continues, after.continued]).to.deep.equal(['s1', false, true]);
    expect(after.start).to.equal(DateTime.fromISO('2019-12-10T00:00', { zone: 'America/Mexico_City' }).toMillis());
    expect([evening.session.id, evening.continues, evening.continued]).to.deep.equal(['s2', false, false]);
  });

  it('changes the days with the zone shown: Monday evening in Mexico City is Tuesday in Seoul', () => {
    const event = forum([
      { start: '2019-12-09T12:30', end: '2019-12-09T14:30', location: 'A' },
      { start: '2019-12-09T18:30', end: '2019-12-09T20:00', location: 'A' },
      { start: '2019-12-09T09:00', end: '2019-12-09T10:30', location: 'B' },
    ]);
    expect(titles(event, 'America/Mexico_City')).to.deep.equal([['2019-12-09', ['s3', 's1', 's2']]]);
    // Seoul is 15 hours ahead: 09:00 → Tue 00:00, 12:30 → Tue 03:30, 18:30 → Tue 09:30.
    expect(titles(event, 'Asia/Seoul')).to.deep.equal([['2019-12-10', ['s3', 's1', 's2']]]);
    // Honolulu, 4 hours behind: the morning session straddles nothing, all on Monday.
    expect(titles(event, 'Pacific/Honolulu')).to.deep.equal([['2019-12-09', ['s3', 's1', 's2']]]);
    // Kiritimati (UTC+14): 09:00 → Tue 05:00; 20:00 → Tue 16:00.
    const [day] = gridDays(event, 'Pacific/Kiritimati', gridRooms(event));
    expect([day.key, day.from, day.to]).to.deep.equal(['2019-12-10', 5, 16]);
  });

  it('counts hours by the clock of a day with a DST change (23 hours in London on 2030-03-31)', () => {
    const event = forum(
      [{ start: '2030-03-31T00:30', end: '2030-03-31T03:30', location: 'A' }],
      { start: '2030-03-31', end: '2030-03-31' },
      'Europe/London',
    );
    const [day] = gridDays(event, 'Europe/London', gridRooms(event));
    // 00:30 GMT to 03:30 BST is two hours (01:00–02:00 never happens); it ends 2.5 real hours
    // after the day began, so the grid shows its first three hours.
    expect([day.key, day.from, day.to]).to.deep.equal(['2030-03-31', 0, 3]);
    expect(day.pieces[0].end - day.pieces[0].start).to.equal(2 * 3_600_000);
  });
});

describe('gridDays, edge cases', () => {
  it('gives lanes by the rows sessions take, and to sessions spanning every room', () => {
    const event = forum([
      { start: '2019-12-09T10:00', end: '2019-12-09T10:07', location: 'A' },
      { start: '2019-12-09T10:07', end: '2019-12-09T10:14', location: 'A' }, // shares the 10:05 row
      { start: '2019-12-09T11:00', end: '2019-12-09T12:00' }, // no room: spans every room
      { start: '2019-12-09T11:30', end: '2019-12-09T12:30', track: 'Other' }, // no room either, at once
      { start: '2019-12-09T14:00', end: '2019-12-09T15:00', location: 'B' },
    ]);
    const [day] = gridDays(event, 'America/Mexico_City', gridRooms(event));
    const lanes = Object.fromEntries(day.pieces.map((p) => [p.session.id, [p.column, p.lane, p.lanes]]));
    expect(lanes).to.deep.equal({ s1: [0, 0, 2], s2: [0, 1, 2], s3: [-1, 0, 2], s4: [-1, 1, 2], s5: [1, 0, 1] });
  });

  it('starts a day whose midnight is skipped when its clock does (Santiago, 2019-09-08 begins at 01:00)', () => {
    const event = forum(
      [{ start: '2019-09-07T23:00', end: '2019-09-08T02:00', location: 'A' }],
      { start: '2019-09-07', end: '2019-09-08' },
      'America/Santiago',
    );
    const days = gridDays(event, 'America/Santiago', gridRooms(event));
    expect(days.map((d) => [d.key, d.from, d.to])).to.deep.equal([
      ['2019-09-07', 23, 24],
      ['2019-09-08', 0, 1], // hour 0 of the 8th is 01:00 by the clock
    ]);
    const second = days[1].pieces[0];
    expect(second.start).to.equal(DateTime.fromISO('2019-09-08T01:00', { zone: 'America/Santiago' }).toMillis());
    expect([second.continued, second.continues]).to.deep.equal([true, false]);
    // Two real hours in all: 23:00 (UTC−4) to 02:00 (UTC−3).
    expect(days[0].pieces[0].end - days[0].pieces[0].start + second.end - second.start).to.equal(2 * 3_600_000);
  });

  it('places a session of days on each, and one of centuries only on its first, last and busy days', () => {
    const event = forum([
      { id: 'expo', start: '2019-12-09T09:00', end: '2019-12-11T18:00', location: 'Hall' },
      { id: 'talk', start: '2019-12-10T10:00', end: '2019-12-10T11:00', location: 'Room A' },
      // A typing error of eight centuries (2019 for 2819): no eight centuries of tabs.
      { id: 'typo', start: '2019-12-09T12:00', end: '2819-12-09T13:00', location: 'Room B' },
    ]);
    const days = titles(event, 'America/Mexico_City');
    expect(days).to.deep.equal([
      ['2019-12-09', ['expo', 'typo']],
      ['2019-12-10', ['expo', 'typo', 'talk']],
      ['2019-12-11', ['typo', 'expo']],
      ['2819-12-09', ['typo']],
    ]);
    const last = gridDays(event, 'America/Mexico_City', gridRooms(event)).at(-1)!.pieces[0];
    expect([last.continued, last.continues]).to.deep.equal([true, false]);
  });

  it('gives no tab to a date the zone skipped (Apia went from 29 to 31 December 2011)', () => {
    const event = forum(
      [{ start: '2011-12-29T23:30', end: '2011-12-31T00:30', location: 'A' }],
      { start: '2011-12-29', end: '2011-12-31' },
      'Pacific/Apia',
    );
    const days = gridDays(event, 'Pacific/Apia', gridRooms(event));
    expect(days.map((d) => d.key)).to.deep.equal(['2011-12-29', '2011-12-31']);
    expect(days.flatMap((d) => d.pieces).reduce((ms, p) => ms + p.end - p.start, 0)).to.equal(3_600_000);
  });
});

describe('gridView', () => {
  it('shows the chosen day, else today’s in the zone shown, else the first; a filter keeps its days', () => {
    const event = forum([
      { start: '2019-12-09T10:00', end: '2019-12-09T11:00', location: 'A', track: 'One' },
      { start: '2019-12-10T10:00', end: '2019-12-10T11:00', location: 'B', track: 'Two' },
    ]);
    const zone = 'America/Mexico_City';
    const before = Date.parse('2019-11-01T00:00:00Z');
    const tuesday = Date.parse('2019-12-10T18:00:00Z');
    expect(gridView(event, zone, before, undefined, undefined)!.day).to.equal('2019-12-09');
    expect(gridView(event, zone, tuesday, undefined, undefined)!.day).to.equal('2019-12-10');
    expect(gridView(event, zone, tuesday, undefined, '2019-12-09')!.day).to.equal('2019-12-09');
    expect(gridView(event, zone, before, undefined, '2020-01-01')!.day).to.equal('2019-12-09');
    // Under a filter (the list's days, already filtered), only the days holding its sessions.
    const two = [
      {
        key: '2019-12-10',
        date: { year: 2019, month: 12, day: 10 },
        items: [{ item: event.sessions[1], start: 0, end: 0 }],
      },
    ];
    const filtered = gridView(event, zone, before, two, undefined)!;
    expect(filtered.days.map((d) => d.key)).to.deep.equal(['2019-12-10']);
    // The same result for the same filter: the programme is not rendered again.
    expect(gridView(event, zone, before, two, undefined)!.days).to.equal(filtered.days);
  });
});
