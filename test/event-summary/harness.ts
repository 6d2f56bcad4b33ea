/**
 * Test harness for <minga-event-summary>: mounting it with a feed, and one whose feed fails.
 * Shared mounting and clean-up are in test/support/fixture.ts.
 */
import { oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/minga-widgets.js';
import type { MingaEventSummary } from '../../src/components/event-summary/event-summary.js';
import { mount, testFeed } from '../support/fixture.js';

/** Renders a template holding a summary (the first, when it holds several) and waits until its feed is shown. */
export const mountSummary = (template: TemplateResult) => mount<MingaEventSummary>(template, 'minga-event-summary');

/** A test-only feed with one event, `{ id, name, timeZone, start, … }`. */
export const summaryFeed = (event: object) => testFeed([event]);

/** Appends an English summary reading `src` and resolves with it and the feed-error event it fires. */
export async function failingSummary(src: string) {
  const el = document.createElement('minga-event-summary');
  el.lang = 'en';
  el.setAttribute('src', src);
  const failed = oneEvent(el, 'minga-feed-error');
  document.body.append(el);
  return { el, event: await failed };
}
