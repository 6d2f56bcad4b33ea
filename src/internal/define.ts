/**
 * Registers a tag unless it is already registered. Two plugins on one page may each bring a copy
 * of the library; the first copy's elements are used and loading the second does not throw.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) customElements.define(tag, element);
  else if (existing !== element) {
    console.info(`minga-widgets: <${tag}> was already defined by another copy of the library; that one is used.`);
  }
}
