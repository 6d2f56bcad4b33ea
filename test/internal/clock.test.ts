import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { activeTimers, now, setNow, subscribe } from '../../src/internal/clock.js';

describe('the shared clock', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = sinon.useFakeTimers({
      now: Date.UTC(2019, 11, 9, 18, 29, 58, 300),
      toFake: ['setTimeout', 'clearTimeout', 'Date'],
    });
  });
  afterEach(() => {
    setNow(null);
    clock.restore();
  });

  it('ticks on whole seconds for second listeners', async () => {
    const ticks: number[] = [];
    const stop = subscribe('second', (t) => ticks.push(t));
    await clock.tickAsync(2_000);
    stop();
    expect(ticks).to.have.length(2);
    for (const t of ticks) expect(t % 1000).to.be.below(50);
  });

  it('ticks on whole minutes for minute listeners, and shares one timer', async () => {
    const minutes: number[] = [];
    const seconds: number[] = [];
    const stopA = subscribe('minute', (t) => minutes.push(t));
    const stopB = subscribe('second', (t) => seconds.push(t));
    expect(activeTimers()).to.equal(1);
    await clock.tickAsync(3_000);
    stopA();
    stopB();
    expect(activeTimers()).to.equal(0);
    expect(seconds).to.have.length(3);
    // Minute listeners hear only the tick that starts a new minute (18:30:00), not every second.
    expect(minutes.filter((t) => t % 60_000 < 50)).to.have.length(1);
    expect(minutes.length).to.be.below(seconds.length);
  });

  it('pretends another time, running on or frozen', async () => {
    setNow('2019-12-09T12:00:00-06:00');
    expect(new Date(now()).toISOString()).to.equal('2019-12-09T18:00:00.000Z');
    await clock.tickAsync(60_000);
    expect(new Date(now()).toISOString()).to.equal('2019-12-09T18:01:00.000Z');
    setNow('2020-01-01T00:00:00Z', { frozen: true });
    await clock.tickAsync(60_000);
    expect(new Date(now()).toISOString()).to.equal('2020-01-01T00:00:00.000Z');
    expect(() => setNow('not a date')).to.throw(RangeError);
  });

  it('tells listeners at once when the pretended time changes', () => {
    const heard: number[] = [];
    const stop = subscribe('minute', (t) => heard.push(t));
    setNow('2019-04-01T00:00:00Z');
    stop();
    expect(heard).to.deep.equal([Date.parse('2019-04-01T00:00:00Z')]);
  });

  it('stops while the page is hidden and catches up when shown', async () => {
    const heard: number[] = [];
    const stop = subscribe('second', (t) => heard.push(t));
    const visibility = sinon.stub(document, 'visibilityState').get(() => 'hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(activeTimers()).to.equal(0);
    await clock.tickAsync(5_000);
    expect(heard).to.have.length(0);
    visibility.get(() => 'visible');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(heard).to.have.length(1);
    expect(activeTimers()).to.equal(1);
    stop();
  });
});
