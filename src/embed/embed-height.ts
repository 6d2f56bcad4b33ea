/** The message the embed page sends its parent; dist/cdn/embed-resize.js listens for it. */
export const HEIGHT_MESSAGE = 'minga-embed-height';
/** A parent script that starts after the embed page asks for the height with this. */
export const HEIGHT_REQUEST = 'minga-embed-height-request';

/**
 * Tells the parent window the document's height whenever it changes. The height says nothing
 * about the content, so any parent may read it (`'*'`): the page cannot know who embeds it.
 */
export function reportHeight(id: string | null): void {
  if (window.parent === window) return;
  let sent = -1;
  const send = (force = false) => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === sent && !force) return;
    sent = height;
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height, id }, '*');
  };
  new ResizeObserver(() => send()).observe(document.documentElement);
  addEventListener('message', (event) => {
    if (event.source === window.parent && event.data?.type === HEIGHT_REQUEST) send(true);
  });
}
