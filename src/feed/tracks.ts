import type { LocalizedText } from './types.js';

/**
 * Numbers tracks so that two texts sharing any language and wording are the same track: a feed
 * may write "Policy" in one session and { "en": "Policy", "es": "Políticas" } in the next.
 * Sessions without a track count as one track of their own. Numbers start at 0, in first-seen order.
 */
export function trackIdentity(): (track: LocalizedText | undefined) => number {
  const byPair = new Map<string, number>();
  let next = 0;
  return (track) => {
    const pairs = Object.entries(track ?? { '': '' }).map(([lang, text]) => `${lang}\u0000${text}`);
    const id = pairs.map((p) => byPair.get(p)).find((n) => n !== undefined) ?? next++;
    for (const pair of pairs) byPair.set(pair, id);
    return id;
  };
}
