/** The message the embed page sends its parent; dist/cdn/embed-resize.js listens for it. */
export const HEIGHT_MESSAGE = 'minga-embed-height';
/** A parent script that starts after the embed page asks for the height with this. */
export const HEIGHT_REQUEST = 'minga-embed-height-request';

/**
 * Tells the parent window the document's height whenever it changes. The height says nothing
 * about the content, so any parent may read it (`'*'`): the page cannot know who embeds it.
 * `shown` is the element the page shows, if any.
 */
export function reportHeight(id: string | null, shown?: Element): void {
  if (window.parent === window) return;
  let sent = -1;
  const send = (force = false) => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === sent && !force) return;
    sent = height;
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height, id }, '*');
  };
  new ResizeObserver(() => send()).observe(document.documentElement);
  // The agenda lays out its sessions only near the screen (`content-visibility: auto`): a session
  // takes its real size instead of its placeholder's once it comes into the iframe's view, e.g. when
  // the parent has made the iframe taller. WebKit (WebKitGTK 2.50, tried) decides that late in a
  // rendering update, after it has delivered ResizeObservers, and schedules no other update, so the
  // document's new height reaches no ResizeObserver (one on the element's own box neither) until
  // something else repaints: the iframe kept the placeholders' height, with empty room below.
  // What works is the `contentvisibilityautostatechange` event, fired just after that decision:
  // measure again in the next frame (once however many sessions change; asking for a frame also
  // makes WebKit update the rendering, so the observer catches up). The event neither bubbles nor
  // leaves the element's shadow root, hence the capturing listener on that root. Chromium and
  // Firefox notify the observer anyway; a height already sent is not sent again.
  if (shown) {
    let queued = false;
    const measureNextFrame = () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        send();
      });
    };
    // The element's shadow root exists once it is defined (minga-widgets.js loads after this script).
    void customElements.whenDefined(shown.localName).then(() => {
      shown.shadowRoot?.addEventListener('contentvisibilityautostatechange', measureNextFrame, { capture: true });
    });
  }
  addEventListener('message', (event) => {
    if (event.source === window.parent && event.data?.type === HEIGHT_REQUEST) send(true);
  });
}
