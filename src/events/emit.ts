/** Dispatches a `minga-*` event that bubbles out of shadow roots, typed by the global event map. */
export function emit<K extends keyof GlobalEventHandlersEventMap>(
  host: HTMLElement,
  name: K,
  detail: GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never,
): void {
  host.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail }));
}
