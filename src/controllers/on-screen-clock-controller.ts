import type { ReactiveController, ReactiveElement } from 'lit';
import { now, subscribe, type Granularity } from '../internal/clock.js';

/**
 * Ticks its host through the shared page clock, but only while the host is connected and on
 * screen (IntersectionObserver), and re-renders it only on the ticks where `changed(now)` says
 * something shown would change. Off screen it holds no clock subscription at all; back on
 * screen it catches up at once. The page clock itself stops while the page is hidden.
 */
export class OnScreenClockController implements ReactiveController {
  /** False once the observer has reported the host outside the viewport. */
  onScreen = true;
  private connected = false;
  private observer?: IntersectionObserver;
  private unsubscribe?: () => void;
  private granularityValue: Granularity = 'minute';

  constructor(
    private readonly host: ReactiveElement,
    private readonly changed: (now: number) => boolean,
  ) {
    host.addController(this);
  }

  /** Whether the host may need a render every second or every minute; takes effect at once. */
  set granularity(value: Granularity) {
    if (value === this.granularityValue) return;
    this.granularityValue = value;
    this.stop();
    this.sync();
  }

  hostConnected(): void {
    this.connected = true;
    this.observer = new IntersectionObserver((entries) => {
      this.onScreen = entries[entries.length - 1].isIntersecting;
      this.sync();
    });
    this.observer.observe(this.host);
    this.sync();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.observer?.disconnect();
    this.observer = undefined;
    this.sync();
  }

  private sync(): void {
    const wanted = this.connected && this.onScreen;
    if (!wanted) return this.stop();
    if (this.unsubscribe) return;
    this.unsubscribe = subscribe(this.granularityValue, (t) => this.tick(t));
    // Nothing ran while off screen: show the present at once.
    this.tick(now());
  }

  private tick(t: number): void {
    if (this.changed(t)) this.host.requestUpdate();
  }

  private stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }
}
