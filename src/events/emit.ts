/**
 * Dispatches a `minga-*` event that bubbles out of shadow roots, typed by the global event map.
 * Returns false when a listener cancelled a `cancelable` event.
 */
export function emit<K extends keyof GlobalEventHandlersEventMap>(
  host: HTMLElement,
  name: K,
  detail: GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never,
  { cancelable = false } = {},
): boolean {
  return host.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, cancelable, detail }));
}
