import type { Feed, FeedEvent } from '../../feed/types.js';
import { eventJsonLd, jsonLdScriptText } from '../../feed/json-ld.js';

/** What the agenda shows: the event's JSON-LD is written from it. */
export interface StructuredDataSource {
  readonly feed: Feed;
  readonly event: FeedEvent;
  readonly language: string;
}

/** Marks the agenda's JSON-LD script among the element's children (and tells it from an inline feed). */
const STRUCTURED_DATA_ATTRIBUTE = 'data-minga-structured-data';

interface ScriptPolicy {
  createScript(text: string): string;
}
/** The policy; null without Trusted Types; false where the page refused the name. */
let policy: ScriptPolicy | null | false | undefined;

/**
 * Script text is a Trusted Types sink: under `require-trusted-types-for 'script'` a plain string
 * is refused. A policy named `minga-widgets`, created on first use and only where the browser has
 * Trusted Types, passes the JSON-LD text (made by `jsonLdScriptText`, never run: its type is not
 * JavaScript). Pages that list allowed policies (`trusted-types …`) must allow that name; where
 * they do not, there is no structured data (and one report of the refused name, not one a render).
 */
function scriptText(text: string): string | undefined {
  if (policy === undefined) {
    const tt = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: ScriptPolicy): ScriptPolicy } })
      .trustedTypes;
    try {
      policy = tt ? tt.createPolicy('minga-widgets', { createScript: (s) => s }) : null;
    } catch {
      // A page whose policy does not allow the name (or a second copy of the library where duplicates are not allowed).
      policy = false;
    }
  }
  return policy === false ? undefined : policy ? policy.createScript(text) : text;
}

/** The text last written for each host, so that a re-render (every minute) does not rebuild the JSON. */
const written = new WeakMap<HTMLElement, [Feed, FeedEvent, string, string]>();

/**
 * Keeps exactly one `<script type="application/ld+json" data-minga-structured-data>` as the last
 * child of `host`, holding `shown`'s schema.org Event in its language; removes it when `shown` is
 * undefined. Writes only when something changed, so the feed controller's child observer settles.
 */
export function syncStructuredData(host: HTMLElement, shown: StructuredDataSource | undefined): void {
  const scripts = host.querySelectorAll(`:scope > script[${STRUCTURED_DATA_ATTRIBUTE}]`);
  scripts.forEach((s, i) => {
    if (!shown || i) s.remove();
  });
  if (!shown) {
    written.delete(host);
    return;
  }
  const { feed, event, language } = shown;
  let memo = written.get(host);
  if (!memo || memo[0] !== feed || memo[1] !== event || memo[2] !== language) {
    memo = [feed, event, language, jsonLdScriptText(eventJsonLd(feed, event, language))];
    written.set(host, memo);
  }
  let script = scripts[0] as HTMLScriptElement | undefined;
  if (!script) {
    script = document.createElement('script');
    script.type = 'application/ld+json';
    script.setAttribute(STRUCTURED_DATA_ATTRIBUTE, '');
  }
  if (script.textContent !== memo[3]) {
    const text = scriptText(memo[3]);
    try {
      if (text !== undefined) script.textContent = text;
    } catch {
      // Refused by the page's Trusted Types rules: no structured data rather than a broken agenda.
    }
    if (script.textContent !== memo[3]) {
      script.remove();
      return;
    }
  }
  if (host.lastChild !== script) host.append(script);
}
