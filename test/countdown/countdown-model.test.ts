import { expect } from '@open-wc/testing';
import { validateFeed } from '../../src/feed/validate.js';
import { countdownModel } from '../../src/components/countdown/countdown-model.js';
import { durationText, shownUnits, unitPieces } from '../../src/components/countdown/countdown-format.js';

const { feed } = validateFeed({
  version: 1,
  defaultLanguage: 'en',
  series: [{ id: 's', name: 'Series' }],
  events: [
    { id: 'a', name: 'A', series: 's', timeZone: 'UTC', start: '2030-01-01T10:00', end: '2030-01-01T12:00' },
    { id: 'b', name: 'B', series: 's', timeZone: 'UTC', start: '2030-02' },
    { id: 'c', name: 'C', series: 's', timeZone: 'UTC', start: '2030-03-01T09:00:30' },
  ],
});
const event = (id: string) => feed.events.find((e) => e.id === id)!;
const at = (iso: string) => Date.parse(iso);
const options = { precision: 'minutes' as const, followSeries: false };

describe('countdown model', () => {
  it('names the next event of the series not over yet once the event has ended', () => {
    expect(countdownModel(event('a'), feed, at('2030-01-05T00:00Z'), options).next?.id).to.equal('b');
    // February is over: B is past, C comes next.
    expect(countdownModel(event('a'), feed, at('2030-03-01T00:00Z'), options).next?.id).to.equal('c');
    expect(countdownModel(event('a'), feed, at('2030-01-01T11:00Z'), options).next).to.equal(undefined);
  });

  it('with followSeries, shows the latest started event and counts to the next countable one', () => {
    const follow = { ...options, followSeries: true };
    const inFebruary = countdownModel(event('a'), feed, at('2030-02-10T00:00Z'), follow);
    expect([inFebruary.event.id, inFebruary.state, inFebruary.remaining]).to.deep.equal(['b', 'upcoming', undefined]);
    const inMarch = countdownModel(event('a'), feed, at('2030-03-01T00:00Z'), follow);
    expect([inMarch.event.id, inMarch.state, inMarch.next?.id]).to.deep.equal(['b', 'ended', 'c']);
    expect(inMarch.nextRemaining).to.equal(9 * 3_600_000 + 30_000);
  });

  it('changes its key exactly when a shown digit or the state changes', () => {
    const key = (iso: string) => countdownModel(event('a'), feed, at(iso), options).key;
    expect(key('2030-01-01T09:58:30Z')).to.equal(key('2030-01-01T09:58:01Z'));
    expect(key('2030-01-01T09:58:30Z')).not.to.equal(key('2030-01-01T09:59:00Z'));
    expect(key('2030-01-01T09:59:59Z')).not.to.equal(key('2030-01-01T10:00:00Z'));
    // A start on second 30 is a boundary the clock must tick on.
    expect(countdownModel(event('c'), feed, at('2030-02-10T00:00Z'), options).boundaries[0] % 60_000).to.equal(30_000);
  });
});

describe('countdown words', () => {
  it('leaves out leading zero units but keeps the smallest', () => {
    expect(shownUnits(3 * 60_000 + 5_000, 'seconds')).to.deep.equal([
      ['minutes', 3],
      ['seconds', 5],
    ]);
    expect(shownUnits(0, 'minutes')).to.deep.equal([['minutes', 0]]);
  });

  it("cuts a unit into number and name in the language's order", () => {
    expect(unitPieces(3, 'days', 'ko', 'long')).to.deep.equal([
      { kind: 'number', text: '3' },
      { kind: 'label', text: '일' },
    ]);
    expect(unitPieces(1, 'hours', 'en', 'long').filter((p) => p.kind !== 'literal')).to.deep.equal([
      { kind: 'number', text: '1' },
      { kind: 'label', text: 'hour' },
    ]);
  });

  it('says the time left to the minute at most, skipping zero units', () => {
    const ms = 2 * 86_400_000 + 5 * 60_000 + 59_000;
    expect(durationText(ms, 'seconds', 'en')).to.equal('2 days, 6 minutes');
    expect(durationText(ms, 'hours', 'en')).to.equal('2 days, 1 hour');
    expect(durationText(ms, 'seconds', 'fr')).to.match(/^2\sjours et 6\sminutes$/); // French puts a no-break space before units
  });
});
