/**
 * Test harness for <minga-countdown>: mounting it, moving the pretended clock, reading the count.
 * Shared mounting and clean-up are in test/support/fixture.ts.
 */
import type { TemplateResult } from 'lit';
import '../../src/minga-widgets.js';
import { setNow } from '../../src/index.js';
import type { MingaCountdown } from '../../src/components/countdown/countdown.js';
import { $, mount, testFeed } from '../support/fixture.js';

/** Renders a template holding a countdown (the first, when it holds several) and waits until its feed is shown. */
export const mountCountdown = (template: TemplateResult) => mount<MingaCountdown>(template, 'minga-countdown');

/** A test-only feed with the given events (and series, when given). */
export const countdownFeed = (events: object[], series?: object[]) => testFeed(events, series ? { series } : {});

/** Pretends `instant` with a frozen clock and waits for the countdown to show it. */
export async function at(el: MingaCountdown, instant: string): Promise<void> {
  setNow(instant, { frozen: true });
  await el.updateComplete;
}

/** The numbers shown, unit by unit: `{ days: '2', hours: '2', … }`. */
export function numbers(el: Element): Record<string, string> {
  const shown: Record<string, string> = {};
  for (const unit of ['days', 'hours', 'minutes', 'seconds']) {
    const n = $(el, `[part~="${unit}-number"]`);
    if (n) shown[unit] = n.textContent!.trim();
  }
  return shown;
}

/** What a screen reader is told about the count: the visually hidden words beside the hidden digits. */
export const spokenCount = (el: Element) => $(el, '[part="count"] .sr-only')?.textContent?.trim();
