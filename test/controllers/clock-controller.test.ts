import { expect, waitUntil } from '@open-wc/testing';
import { ReactiveElement, type PropertyValues } from 'lit';
import sinon from 'sinon';
import { ClockController, type ClockOptions } from '../../src/controllers/clock-controller.js';
import { activeTimers, setNow } from '../../src/internal/clock.js';

// The controller on a bare ReactiveElement, as Lit tests its own controllers: no minga element,
// no feed, only the host's updates and the page clock's subscriptions.

/** A bare host with a clock: it notes the (possibly pretended) time of each of its updates. */
class ClockHost extends ReactiveElement {
  static clockOptions: ClockOptions = {};
  readonly clock = new ClockController(this, (this.constructor as typeof ClockHost).clockOptions);
  readonly updates: number[] = [];

  protected override update(changed: PropertyValues): void {
    super.update(changed);
    this.updates.push(this.clock.now);
  }
}

let defined = 0;
/** A new, unconnected host whose controller has `options`. */
function makeHost(options: ClockOptions = {}): ClockHost {
  const tag = `clock-host-${++defined}`;
  customElements.define(
    tag,
    class extends ClockHost {
      static override clockOptions = options;
    },
  );
  return document.createElement(tag) as ClockHost;
}

const iso = (ms: number | undefined) => (ms === undefined ? '' : new Date(ms).toISOString());

describe('ClockController', () => {
  let hosts: ClockHost[] = [];
  const connect = async (host: ClockHost) => {
    hosts.push(host);
    document.body.append(host);
    await host.updateComplete;
    return host;
  };
  afterEach(() => {
    for (const host of hosts) host.remove();
    hosts = [];
    sinon.restore();
    setNow(null);
  });

  it('re-renders its host on each minute of the pretended clock, not in between', async () => {
    const timers = sinon.useFakeTimers({ now: Date.UTC(2030, 0, 1), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    setNow('2030-01-01T10:00:30Z'); // running on from there
    const host = await connect(makeHost());
    const before = host.updates.length;
    await timers.tickAsync(29_000); // 10:00:59
    await host.updateComplete;
    expect(host.updates.length).to.equal(before);
    await timers.tickAsync(1_010); // just past 10:01:00
    await host.updateComplete;
    await timers.tickAsync(60_000); // just past 10:02:00
    await host.updateComplete;
    expect(host.updates.slice(before).map((t) => iso(t).slice(0, 16))).to.deep.equal([
      '2030-01-01T10:01',
      '2030-01-01T10:02',
    ]);
  });

  it('re-renders its host at once when the pretended time is moved', async () => {
    setNow('2030-01-01T10:00:00Z', { frozen: true });
    const host = await connect(makeHost());
    setNow('2031-06-01T12:00:00Z', { frozen: true });
    await host.updateComplete;
    expect(iso(host.updates.at(-1))).to.equal('2031-06-01T12:00:00.000Z');
  });

  it('holds no subscription while disconnected, and shows the present when connected again', async () => {
    setNow('2030-01-01T10:00:00Z');
    const host = makeHost();
    expect(host.clock.ticking).to.equal(false);
    await connect(host);
    expect(host.clock.ticking).to.equal(true);
    expect(activeTimers()).to.equal(1);
    host.remove();
    expect(host.clock.ticking).to.equal(false);
    expect(activeTimers()).to.equal(0);
    const seen = host.updates.length;
    setNow('2030-01-01T14:00:00Z');
    await host.updateComplete;
    expect(host.updates.length).to.equal(seen);
    document.body.append(host);
    await host.updateComplete;
    expect(host.clock.ticking).to.equal(true);
    expect(host.updates.length).to.equal(seen + 1);
    expect(iso(host.updates.at(-1)).slice(0, 13)).to.equal('2030-01-01T14');
  });

  it('with onScreen, holds no subscription while its host is off screen, and catches up when it is back', async () => {
    setNow('2030-01-01T10:00:00Z'); // running, so a subscription keeps a timer
    const host = makeHost({ onScreen: true });
    host.style.cssText =
      'display: block; position: fixed; inset-block-start: -100vh; block-size: 10px; inline-size: 10px';
    await connect(host);
    await waitUntil(() => !host.clock.ticking, 'off screen, the controller should let go of the clock');
    expect(host.clock.onScreen).to.equal(false);
    expect(activeTimers()).to.equal(0);
    const seen = host.updates.length;
    setNow('2030-01-01T12:00:00Z');
    await host.updateComplete;
    expect(host.updates.length).to.equal(seen);
    host.style.insetBlockStart = '0';
    await waitUntil(() => host.clock.ticking, 'back on screen, it should tick again');
    await host.updateComplete;
    expect(activeTimers()).to.equal(1);
    expect(host.updates.length).to.equal(seen + 1);
    expect(iso(host.updates.at(-1)).slice(0, 13)).to.equal('2030-01-01T12');
    // Disconnected, it lets go too, on screen or not.
    host.remove();
    expect(host.clock.ticking).to.equal(false);
    expect(activeTimers()).to.equal(0);
  });

  it('asks `changed` on each tick, and re-renders only when it says something shown changed', async () => {
    const asked: string[] = [];
    let answer = false;
    setNow('2030-01-01T10:00:00Z', { frozen: true });
    const host = await connect(
      makeHost({
        changed: (t) => {
          asked.push(iso(t));
          return answer;
        },
      }),
    );
    const seen = host.updates.length;
    setNow('2030-01-01T11:00:00Z', { frozen: true });
    await host.updateComplete;
    expect(asked).to.include('2030-01-01T11:00:00.000Z');
    expect(host.updates.length).to.equal(seen);
    answer = true;
    setNow('2030-01-01T12:00:00Z', { frozen: true });
    await host.updateComplete;
    expect(host.updates.length).to.equal(seen + 1);
    expect(iso(host.updates.at(-1))).to.equal('2030-01-01T12:00:00.000Z');
  });

  it('switches between minute and second ticks at once', async () => {
    const timers = sinon.useFakeTimers({ now: Date.UTC(2030, 0, 1), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    setNow('2030-01-01T10:00:10Z');
    const host = await connect(makeHost());
    expect(host.clock.granularity).to.equal('minute');
    const start = host.updates.length;
    await timers.tickAsync(3_000);
    await host.updateComplete;
    expect(host.updates.length, 'no render on seconds while it ticks by the minute').to.equal(start);
    host.clock.granularity = 'second';
    expect(host.clock.granularity).to.equal('second');
    await host.updateComplete; // the switch itself shows the present
    const switched = host.updates.length;
    await timers.tickAsync(3_010); // just past three whole seconds
    await host.updateComplete;
    expect(host.updates.length - switched).to.equal(3);
    host.clock.granularity = 'minute';
    await host.updateComplete;
    const back = host.updates.length;
    await timers.tickAsync(3_000); // 10:00:19, still in the same minute
    await host.updateComplete;
    expect(host.updates.length).to.equal(back);
    expect(activeTimers()).to.equal(1);
  });
});
