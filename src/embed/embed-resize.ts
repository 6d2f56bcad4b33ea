/**
 * dist/cdn/embed-resize.js, for the page that holds embed.html iframes: each iframe gets the
 * height its embed page reports. Works as a module or a classic script (nothing global).
 * Only messages from one of this page's iframes, sent by a page of the origin in its `src`,
 * resize it: another window, or a page the iframe was navigated to elsewhere, resizes nothing.
 */
(() => {
  // The message types of embed-height.ts, written out: an import would make this file a module only.
  const HEIGHT_MESSAGE = 'minga-embed-height';
  const HEIGHT_REQUEST = 'minga-embed-height-request';
  // Only embed pages: an ad or a video iframe that posts the same message is left alone.
  const frames = () =>
    [...document.querySelectorAll('iframe')].filter((f) =>
      /\/embed\.html$/.test(new URL(f.src || 'about:blank', location.href).pathname),
    );
  // A page taller than this is a broken or hostile message, not an event widget.
  const MAX_HEIGHT = 20_000;
  addEventListener('message', (event) => {
    const { type, height } = event.data ?? {};
    if (type !== HEIGHT_MESSAGE || typeof height !== 'number' || !(height >= 0)) return;
    const frame = frames().find((f) => f.contentWindow === event.source);
    if (!frame || event.origin === 'null' || new URL(frame.src, location.href).origin !== event.origin) return;
    frame.style.height = `${Math.min(Math.ceil(height), MAX_HEIGHT)}px`;
  });
  // Embed pages that loaded before this script ask for nothing; ask them for their height.
  for (const frame of frames()) frame.contentWindow?.postMessage({ type: HEIGHT_REQUEST }, '*');
})();
