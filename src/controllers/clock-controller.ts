import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { now, subscribe, type Granularity } from '../internal/clock.js';

/**
 * Re-renders its host on every tick of the shared page clock while connected.
 * Read `clock.now` in `render()` for the current (possibly pretended) time.
 */
export class ClockController implements ReactiveController {
  private unsubscribe?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost,
    private granularityValue: Granularity = 'minute',
  ) {
    host.addController(this);
  }

  /** Epoch milliseconds, pretended or real. */
  get now(): number {
    return now();
  }

  /** Changes how often the host re-renders; takes effect at once. */
  set granularity(value: Granularity) {
    if (value === this.granularityValue) return;
    this.granularityValue = value;
    if (this.unsubscribe) {
      this.hostDisconnected();
      this.hostConnected();
    }
  }

  hostConnected(): void {
    this.unsubscribe = subscribe(this.granularityValue, () => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }
}
