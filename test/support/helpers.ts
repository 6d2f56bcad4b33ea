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

/**
 * Where `text` is drawn inside `node` (the boxes of its first occurrence in one text node), for
 * assertions about lines: engines agree on the boxes of drawn text where they do not on `innerText`
 * (WebKit reads a `pre-line` line break as a space). Empty boxes are left out: WebKit adds one at
 * the end of the previous line for text that starts right after a line break.
 */
export function textRect(node: Node, text: string): DOMRect {
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const at = t.textContent!.indexOf(text);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(t, at);
    range.setEnd(t, at + text.length);
    const boxes = [...range.getClientRects()].filter((r) => r.width > 0);
    if (!boxes.length) throw new Error(`textRect: "${text}" is not drawn`);
    const [left, top] = [Math.min(...boxes.map((r) => r.left)), Math.min(...boxes.map((r) => r.top))];
    const [right, bottom] = [Math.max(...boxes.map((r) => r.right)), Math.max(...boxes.map((r) => r.bottom))];
    return new DOMRect(left, top, right - left, bottom - top);
  }
  throw new Error(`textRect: no "${text}" in ${node.textContent}`);
}

/** The `datetime` attributes of every `<time>` in the element, in order. */
export function datetimes(el: Element): string[] {
  return [...(el.shadowRoot?.querySelectorAll('time') ?? [])].map((t) => t.getAttribute('datetime') ?? '');
}

export const SEED_FEED = '/demo/feed.json';

/**
 * Fails if anything in the element's shadow root could fetch a resource: elements with a source,
 * or a `url()` in its styles. Resource timing alone cannot show a request the page blocked.
 */
export function expectNothingFetched(el: Element): void {
  const root = el.shadowRoot!;
  const fetching = root.querySelectorAll(
    '[src], [srcset], img, image, iframe, object, embed, video, audio, source, link, use',
  );
  if (fetching.length) throw new Error(`fetching elements: ${[...fetching].map((e) => e.outerHTML).join(', ')}`);
  const css = [...root.adoptedStyleSheets, ...[...root.querySelectorAll('style')].map((s) => s.sheet!)]
    .flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText))
    .join('\n');
  if (/url\(/.test(css)) throw new Error(`url() in styles: ${css.match(/.{0,60}url\(.{0,60}/)![0]}`);
  for (const node of root.querySelectorAll('*')) {
    const style = getComputedStyle(node);
    for (const value of [style.backgroundImage, style.listStyleImage, style.borderImageSource, style.maskImage]) {
      if (value && value !== 'none') throw new Error(`${node.localName} has ${value}`);
    }
  }
}

/** Takes `el` out of the page and puts it back `times` times, then leaves it out: for leak tests. */
export function cycleConnection(el: Element, times: number): void {
  const parent = el.parentElement!;
  for (let i = 0; i < times; i++) {
    el.remove();
    parent.append(el);
  }
  el.remove();
}

/**
 * Whether this engine's JSON.parse errors say where the error is (V8 and SpiderMonkey name a
 * position or line; WebKit's messages name none), for tests of the places importers report.
 */
export function jsonErrorsNamePlaces(): boolean {
  try {
    JSON.parse('{\n"a" 1}');
  } catch (error) {
    return /\d/.test((error as Error).message);
  }
  return false;
}
