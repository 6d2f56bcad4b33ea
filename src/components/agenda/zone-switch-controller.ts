import type { ReactiveController, ReactiveElement } from 'lit';
import type { FeedEvent } from '../../feed/types.js';
import { emit } from '../../events/emit.js';
import { viewerZone } from '../../time/zone.js';
import { sameOffsets } from './agenda-model.js';
import { rememberedZoneChoice, rememberZoneChoice } from './zone-preference.js';

export interface ZoneSwitchOptions {
  /** The zone the page set for `event` (its `time-zone`, or the event's own). */
  readonly configured: (event: FeedEvent) => string;
  /** True where the page left the zone to the element, so the viewer's choice on the site applies. */
  readonly remembers: () => boolean;
}

/**
 * The switch between the zone the page set and the other one that matters: the viewer's, or the
 * event's when the page shows the viewer's. Remembers the viewer's choice on the site where the
 * page left the zone to the element, and fires `minga-time-zone-change` when flipped.
 */
export class ZoneSwitchController implements ReactiveController {
  /** True while the viewer has flipped the switch away from the zone the page set. */
  switched = false;

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: ZoneSwitchOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.reset();
  }

  /** Back to the remembered choice: when connected, and when the page sets another zone. */
  reset(): void {
    this.switched = this.options.remembers() && rememberedZoneChoice() === 'local';
  }

  /** The zone `event`'s times are shown in. */
  zone(event: FeedEvent): string {
    const configured = this.options.configured(event);
    return this.switched ? this.alternate(event, configured) : configured;
  }

  /** The zone the switch leads to, or undefined when it would show the same times. */
  other(event: FeedEvent): string | undefined {
    const configured = this.options.configured(event);
    const other = this.alternate(event, configured);
    return sameOffsets(configured, other, event) ? undefined : other;
  }

  /** Flips the switch, remembers the choice where it applies, and tells the page. */
  toggle(event: FeedEvent): void {
    this.switched = !this.switched;
    if (this.options.remembers()) rememberZoneChoice(this.switched ? 'local' : 'event');
    this.host.requestUpdate();
    const zone = this.zone(event);
    emit(this.host, 'minga-time-zone-change', { zone, viewerZone: zone === viewerZone() });
  }

  /** From `configured`, the viewer's zone, or the event's if the viewer's is the one set. */
  private alternate(event: FeedEvent, configured: string): string {
    const mine = viewerZone();
    return sameOffsets(configured, mine, event) ? event.timeZone : mine;
  }
}
