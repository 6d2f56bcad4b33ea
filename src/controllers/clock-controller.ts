import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { now, subscribe, type Granularity } from '../internal/clock.js';

export interface ClockOptions {
  /** How often the host may need a render: every `second` or every `minute` (the default). */
  readonly granularity?: Granularity;
  /**
   * Tick only while the host is on screen (IntersectionObserver): off screen the controller holds
   * no clock subscription at all, and back on screen it catches up at once.
   */
  readonly onScreen?: boolean;
  /** Asked on each tick whether anything shown would change at `now`; the host re-renders only then. Default: always. */
  readonly changed?: (now: number) => boolean;
}

/**
 * Re-renders its host on the ticks of the shared page clock (src/internal/clock.ts) while the host
 * is connected (and, with `onScreen`, on screen). Read `now` for the current, possibly pretended,
 * time. The page clock itself stops while the page is hidden.
 */
export class ClockController implements ReactiveController {
  /** False once the host has been reported outside the viewport (with `onScreen`). */
  onScreen = true;
  private granularityValue: Granularity;
  private connected = false;
  private observer?: IntersectionObserver;
  private unsubscribe?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly options: ClockOptions = {},
  ) {
    this.granularityValue = options.granularity ?? 'minute';
    host.addController(this);
  }

  /** Epoch milliseconds, pretended or real. */
  get now(): number {
    return now();
  }

  get granularity(): Granularity {
    return this.granularityValue;
  }

  /** Changes how often the host may re-render; takes effect at once. */
  set granularity(value: Granularity) {
    if (value === this.granularityValue) return;
    this.granularityValue = value;
    this.stop();
    this.sync();
  }

  /** True while the controller holds a clock subscription. */
  get ticking(): boolean {
    return this.unsubscribe !== undefined;
  }

  hostConnected(): void {
    this.connected = true;
    if (this.options.onScreen) {
      this.observer = new IntersectionObserver((entries) => {
        this.onScreen = entries[entries.length - 1].isIntersecting;
        this.sync();
      });
      this.observer.observe(this.host);
    }
    this.sync();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.observer?.disconnect();
    this.observer = undefined;
    this.sync();
  }

  private sync(): void {
    if (!this.connected || !this.onScreen) return this.stop();
    if (this.unsubscribe) return;
    this.unsubscribe = subscribe(this.granularityValue, (t) => this.tick(t));
    // Nothing ran while disconnected or off screen: show the present at once.
    this.tick(now());
  }

  private tick(t: number): void {
    if (this.options.changed?.(t) ?? true) this.host.requestUpdate();
  }

  private stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }
}
