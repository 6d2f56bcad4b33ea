/**
 * Mounting and reading minga elements in tests, shared by every element's harness
 * (test/<element>/harness.ts). The reading helpers of test/support/helpers.ts are re-exported, so
 * a test file imports from here and from its element's harness only. (This module imports the
 * sources; tests of the built bundle, which must not register the elements from src/, import
 * test/support/helpers.ts directly.)
 */
import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import sinon from 'sinon';
import { clearFeedCache, forgetStoredFeeds, forgetZoneChoice, setNow } from '../../src/index.js';
import { forgetStars } from '../../src/components/agenda/stars.js';

export * from './helpers.js';

/** What every minga element offers a test: a promise that settles once its feed is read and shown. */
export interface Mounted extends HTMLElement {
  readonly feedComplete: Promise<void>;
  readonly updateComplete: Promise<boolean>;
}

export const MINGA_TAGS = [
  'minga-agenda',
  'minga-countdown',
  'minga-event-summary',
  'minga-objectives',
  'minga-series-map',
] as const;
export type MingaTag = (typeof MINGA_TAGS)[number];

/**
 * Renders `template` with open-wc's `fixture()`, finds the minga element in it (the template's root,
 * else its first descendant with that tag, or with any minga tag when `tag` is not given) and waits
 * until its feed has been read and shown.
 */
export async function mount<T extends Mounted>(template: TemplateResult, tag?: MingaTag): Promise<T> {
  const root = await fixture<HTMLElement>(template);
  const wanted: readonly string[] = tag ? [tag] : MINGA_TAGS;
  const el = (wanted.includes(root.localName) ? root : root.querySelector(wanted.join(', '))) as T | null;
  if (!el) throw new Error(`mount: no ${tag ?? 'minga element'} in the template`);
  await el.feedComplete;
  return el;
}

/** Renders `template` holding several `tag` elements and waits until each has read and shown its feed. */
export async function mountAll<T extends Mounted>(template: TemplateResult, tag: MingaTag): Promise<T[]> {
  const root = await fixture<HTMLElement>(template);
  const els = [...(root.localName === tag ? [root] : []), ...root.querySelectorAll(tag)] as T[];
  await Promise.all(els.map((el) => el.feedComplete));
  return els;
}

/** The first element of `el`'s shadow root matching `selector`, or null. */
export const $ = <E extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<E>(selector);
/** Every element of `el`'s shadow root matching `selector`, in document order. */
export const $$ = <E extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<E>(selector),
];
/** How many elements of `el`'s shadow root match: counts rather than nodes in assertions, whose failure reports stall the runner. */
export const count = (el: Element, selector: string) => el.shadowRoot!.querySelectorAll(selector).length;

/** A node's text as a reader sees it: runs of white space collapsed, trimmed; '' for no node. */
export const textOf = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The first element of `el`'s shadow root with the part `name` (`[part~="name"]`), or null. */
export const part = (el: Element, name: string) => $(el, `[part~="${name}"]`);
/** The text of the first element with the part `name`, white space collapsed; '' when there is none. */
export const partText = (el: Element, name: string) => textOf(part(el, name));

/** A clearly fictional feed (format version 1, English) holding `events`, plus `more` (series…). */
export function testFeed(events: object[], more: object = {}) {
  return { version: 1, defaultLanguage: 'en', ...more, events };
}

export interface IsolateOptions {
  /** Runs after the common set-up, before each test. */
  before?: () => void;
  /** Runs before the common clean-up, after each test. */
  after?: () => void | Promise<void>;
}

/**
 * One set of hooks for element tests: each test starts with no cached feed and no remembered
 * time-zone choice, and ends with sinon restored, the real clock back and no minga element left
 * on the page (one left behind would keep steering the page's UI language). No feed is kept in
 * localStorage from one test to the next, no star, and the page's address as it was.
 */
/** The test page's own address, which each test leaves as it found it. */
const pageAddress = location.href;

export function isolate({ before, after }: IsolateOptions = {}): void {
  beforeEach(() => {
    clearFeedCache();
    forgetStoredFeeds();
    forgetZoneChoice();
    before?.();
  });
  afterEach(async () => {
    await after?.();
    // Removed first: an agenda leaving the page writes what it waited to write in the address.
    for (const el of document.querySelectorAll(MINGA_TAGS.join(', '))) el.remove();
    // An agenda writes its search, filters and day to the address (minga- parameters), and keeps stars.
    history.replaceState(history.state, '', pageAddress);
    forgetStars();
    sinon.restore();
    setNow(null);
    forgetZoneChoice();
    forgetStoredFeeds();
  });
}
