import { waitUntil } from '@open-wc/testing';

/** The text a user sees in an element's shadow root, with runs of white space collapsed. */
export function shownText(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Waits until the element's shadow root shows `text` (feeds load and locales arrive asynchronously). */
export async function waitForText(el: Element, text: string | RegExp, what = 'text'): Promise<void> {
  await waitUntil(
    () => (typeof text === 'string' ? shownText(el).includes(text) : text.test(shownText(el))),
    `${what}: expected ${String(text)}, shown: ${shownText(el)}`,
    { timeout: 5000 },
  );
}

/** The `datetime` attributes of every `<time>` in the element, in order. */
export function datetimes(el: Element): string[] {
  return [...(el.shadowRoot?.querySelectorAll('time') ?? [])].map((t) => t.getAttribute('datetime') ?? '');
}

export const SEED_FEED = '/demo/feed.json';
