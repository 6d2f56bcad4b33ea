import { waitUntil } from '@open-wc/testing';

/** The built embed page, as a partner page's iframe loads it. */
export const EMBED_PAGE = '/dist/cdn/embed.html';
/** The same server under another host name: another origin, as a partner site would be. */
export const OTHER_ORIGIN = `${location.protocol}//127.0.0.1:${location.port}`;

/** Adds an iframe of the embed page with `query` and waits for its document to load. */
export async function embedFrame(query: string, { width = 700, page = EMBED_PAGE } = {}): Promise<HTMLIFrameElement> {
  // Each frame a first visit: no copy of a feed kept by an earlier one (it would show "As of" first).
  for (const key of Object.keys(localStorage)) if (key.startsWith('minga-widgets:')) localStorage.removeItem(key);
  const frame = document.createElement('iframe');
  frame.title = 'Event information';
  frame.src = `${page}?${query}`;
  frame.height = '150'; // the snippet's fixed height, here small so that growing shows
  frame.style.width = `${width}px`;
  frame.style.border = '0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

/** The iframe's height on the page, in CSS pixels. */
export const frameHeight = (frame: HTMLIFrameElement) => frame.getBoundingClientRect().height;

/** The embedded document's content height (not its viewport, which is the iframe's height). */
export const contentHeight = (frame: HTMLIFrameElement) =>
  frame.contentDocument!.documentElement.getBoundingClientRect().height;

/** Waits until the iframe is as tall as its content, give or take a pixel's rounding. */
export async function fitsContent(frame: HTMLIFrameElement, what: string): Promise<void> {
  await waitUntil(
    () => Math.abs(frameHeight(frame) - contentHeight(frame)) <= 2,
    `${what}: iframe ${frameHeight(frame)} px, content ${contentHeight(frame)} px`,
    { timeout: 5000 },
  );
}

/** Resolves after `ms` milliseconds, to see that something did not happen. */
export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until the iframe fits its content and keeps its height for a moment: while the iframe
 * is too short, a scroll bar narrows the content, which is taller until the iframe has grown.
 */
export async function settled(frame: HTMLIFrameElement, what: string): Promise<void> {
  for (let tries = 0; tries < 10; tries++) {
    await fitsContent(frame, what);
    const height = frameHeight(frame);
    await pause(300);
    if (frameHeight(frame) === height && Math.abs(height - contentHeight(frame)) <= 2) return;
  }
  throw new Error(`${what}: the iframe's height keeps changing`);
}
