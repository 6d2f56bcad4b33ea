/**
 * Test harness for <minga-objectives>: mounting it with a feed, finding its items and goal badges,
 * reading what they show and say. Shared mounting and clean-up are in test/support/fixture.ts.
 */
import { waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/minga-widgets.js';
import type { MingaObjectives } from '../../src/components/objectives/objectives.js';
import { $$, SEED_FEED, mount, testFeed } from '../support/fixture.js';

/** Renders a template holding objectives (the first, when it holds several) and waits until its feed is shown. */
export const mountObjectives = (template: TemplateResult) => mount<MingaObjectives>(template, 'minga-objectives');

/** A test-only feed with one event in 2030 holding `objectives`; the seed names no goals, so goals are tested with these. */
export const objectivesFeed = (objectives: unknown[]) =>
  testFeed([{ id: 'test', name: 'Test event', timeZone: 'UTC', start: '2030', objectives }]);

type SeedText = Record<'en' | 'es' | 'fr', string>;

/** The seed event's objectives as demo/feed.json writes them: what the element must show. */
export async function seedObjectives(): Promise<SeedText[]> {
  const feed = await (await fetch(SEED_FEED)).json();
  const event = feed.events.find((e: { id: string }) => e.id === 'pd-lac-2019');
  return event.objectives.map((o: { text: SeedText }) => o.text);
}

/** Each objective's list item, shown or hidden. */
export const items = (el: Element) => $$<HTMLLIElement>(el, '[part~="item"]');
/** The objectives a reader sees now. */
export const visibleItems = (el: Element) => items(el).filter((li) => li.checkVisibility());
/** The text of one objective. */
export const itemText = (li: Element) => li.querySelector('[part="text"]')!.textContent!.trim();

/** The goal badges in `scope`: an objectives element (its whole shadow root), or a part of it (an item, the summary). */
export const badges = (scope: Element | ShadowRoot) => [
  ...((scope instanceof Element && scope.shadowRoot) || scope).querySelectorAll<HTMLElement>('[part~="badge"]'),
];
/** What a screen reader says for a badge. */
export const spoken = (badge: Element) => badge.querySelector('.sr-only')!.textContent!.trim();
/** What a sighted reader sees on a badge. */
export const seen = (badge: Element) =>
  [...badge.querySelectorAll('[aria-hidden="true"]')].map((s) => s.textContent!.trim()).join(' ');

/** UI strings (and goal names) arrive with the language's chunk: waits for the first badge's words. */
export async function waitUntilSpoken(el: MingaObjectives, said: string): Promise<void> {
  await waitUntil(
    () => {
      const first = badges(el)[0];
      return first && spoken(first) === said;
    },
    `badge should say ${said}; it says ${badges(el)[0] && spoken(badges(el)[0])}`,
    { timeout: 5000 },
  );
}
