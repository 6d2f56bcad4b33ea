/**
 * Finding sessions by what a viewer types: every text of a session (title, description, room,
 * track, speakers and their affiliations) in every language of the feed, ignoring case and
 * accents, so `economia` finds "Economía" and `developpement` finds "Développement".
 */
import type { FeedEvent, LocalizedText, Session } from './types.js';

/** Letters that Unicode does not decompose into a base letter and a mark, written as people type them without the key. */
const UNDECOMPOSED: Record<string, string> = {
  ß: 'ss',
  ı: 'i',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  æ: 'ae',
  œ: 'oe',
  ħ: 'h',
  ŀ: 'l',
  '’': "'",
  ʼ: "'",
};
const UNDECOMPOSED_RE = new RegExp(`[${Object.keys(UNDECOMPOSED).join('')}]`, 'g');

/**
 * A text as search compares it: lower case (by Unicode's default, the same in every language),
 * compatibility-decomposed with its marks removed (accents, cedillas, tildes; full-width Latin
 * letters become plain ones; Hangul syllables become their letters, in the query as in the text),
 * and runs of spaces as one.
 */
export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(UNDECOMPOSED_RE, (c) => UNDECOMPOSED[c])
    .replace(/\s+/g, ' ')
    .trim();
}

const texts = (value: LocalizedText | undefined) => (value ? Object.values(value) : []);

/** Everything a search looks through in one session, folded, one line per text. */
export function searchTextOf(session: Session): string {
  return foldForSearch(
    [
      session.title,
      session.description,
      session.location,
      session.track,
      ...session.speakers.flatMap((s) => [s.name, s.affiliation]),
    ]
      .flatMap(texts)
      .join('\n'),
  );
}

/** Each session's search text, made once per event (a refreshed feed is a new event object). */
const indexed = new WeakMap<FeedEvent, Map<Session, string>>();

function indexOf(event: FeedEvent): Map<Session, string> {
  let index = indexed.get(event);
  if (!index) indexed.set(event, (index = new Map(event.sessions.map((s) => [s, searchTextOf(s)]))));
  return index;
}

const scheduled = new WeakSet<FeedEvent>();
/** Events waiting for their search texts, held weakly: a feed refreshed meanwhile is not kept for them. */
const waiting = new Set<WeakRef<FeedEvent>>();

/**
 * Makes `event`'s search texts while the page is idle (5,000 sessions take about 25 ms), so that
 * the first keystroke does not: it would wait for them.
 */
export function indexWhenIdle(event: FeedEvent): void {
  if (scheduled.has(event)) return;
  scheduled.add(event);
  waiting.add(new WeakRef(event));
  if (waiting.size > 1) return;
  const make = () => {
    try {
      for (const ref of waiting) {
        const waited = ref.deref();
        if (waited) indexOf(waited);
      }
    } finally {
      waiting.clear();
    }
  };
  // Safari has no requestIdleCallback.
  if (typeof requestIdleCallback === 'function') requestIdleCallback(make, { timeout: 3000 });
  else setTimeout(make, 500);
}

/**
 * A test of whether a session of `event` matches `query`: every word of the query appears in its
 * texts (in any order, and as part of a word: `coop` finds "cooperatives"). Undefined for a
 * query with no words, which matches everything.
 */
export function sessionMatcher(event: FeedEvent, query: string): ((session: Session) => boolean) | undefined {
  const words = foldForSearch(query).split(' ').filter(Boolean);
  if (!words.length) return undefined;
  const index = indexOf(event);
  return (session) => {
    const text = index.get(session) ?? '';
    return words.every((w) => text.includes(w));
  };
}
