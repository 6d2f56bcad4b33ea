import { expect } from '@open-wc/testing';
import { validateFeed } from '../../src/feed/validate.js';
import type { Session } from '../../src/feed/types.js';
import { groupByDay, scheduleStates } from '../../src/time/schedule.js';
import { startMs, endMs } from '../../src/time/wall-time.js';

const seed = async () =>
  validateFeed(await (await fetch('/demo/feed.json')).json()).feed.events.find((e) => e.id === 'pd-lac-2019')!;
const at = (iso: string) => Date.parse(iso);
const spanOf = (s: Session) => ({ start: startMs(s.start), end: endMs(s.end) });

describe('groupByDay', () => {
  it('puts both seed sessions on 9 December in Mexico City', async () => {
    const days = groupByDay((await seed()).sessions, 'America/Mexico_City', spanOf);
    expect(days.map((d) => d.key)).to.deep.equal(['2019-12-09']);
    expect(days[0].items.map((s) => s.item.id)).to.deep.equal(['block-1', 'block-2']);
  });

  it('puts them on 10 December in Seoul', async () => {
    const days = groupByDay((await seed()).sessions, 'Asia/Seoul', spanOf);
    expect(days.map((d) => d.key)).to.deep.equal(['2019-12-10']);
  });

  it('splits them over two days in Paris, where the second starts after midnight', async () => {
    const days = groupByDay((await seed()).sessions, 'Europe/Paris', spanOf);
    expect(days.map((d) => [d.key, d.items.map((s) => s.item.id)])).to.deep.equal([
      ['2019-12-09', ['block-1']],
      ['2019-12-10', ['block-2']],
    ]);
  });

  it('shows a session crossing midnight once, under its first day, with its end date', () => {
    const { feed } = validateFeed({
      version: 1,
      defaultLanguage: 'en',
      events: [
        {
          id: 'e',
          name: 'E',
          timeZone: 'America/Mexico_City',
          start: '2019-12-09',
          sessions: [
            { id: 'late', title: 'Late', start: '2019-12-09T23:00', end: '2019-12-10T01:00' },
            { id: 'to-midnight', title: 'To midnight', start: '2019-12-09T22:00', end: '2019-12-10T00:00' },
          ],
        },
      ],
    });
    const days = groupByDay(feed.events[0].sessions, 'America/Mexico_City', spanOf);
    expect(days.map((d) => d.key)).to.deep.equal(['2019-12-09']);
    const [toMidnight, late] = days[0].items;
    expect(toMidnight.endsOn).to.equal(undefined);
    expect(late.endsOn).to.deep.equal({ year: 2019, month: 12, day: 10 });
  });
});

describe('scheduleStates', () => {
  const sessions = [
    { start: at('2019-12-09T12:30-06:00'), end: at('2019-12-09T14:30-06:00') },
    { start: at('2019-12-09T18:30-06:00'), end: at('2019-12-09T20:00-06:00') },
  ];

  it('marks the next session before the event', () => {
    expect(scheduleStates(sessions, at('2019-12-09T09:00-06:00'))).to.deep.equal(['next', 'upcoming']);
  });

  it('marks the session under way and the next one', () => {
    expect(scheduleStates(sessions, at('2019-12-09T13:00-06:00'))).to.deep.equal(['live', 'next']);
  });

  it('marks the gap between the blocks', () => {
    expect(scheduleStates(sessions, at('2019-12-09T16:00-06:00'))).to.deep.equal(['ended', 'next']);
  });

  it('marks everything ended afterwards, the end instant included', () => {
    expect(scheduleStates(sessions, at('2019-12-09T20:00-06:00'))).to.deep.equal(['ended', 'ended']);
  });
});
