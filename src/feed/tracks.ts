import type { LocalizedText } from './types.js';

/**
 * Numbers the tracks of a list of sessions so that two texts sharing any language and wording
 * are the same track: a feed may write "Finance" in one session, { "es": "Finanzas" } in another
 * and { "en": "Finance", "es": "Finanzas" } in a third, and all three are one track whatever
 * their order. Sessions without a track count as one track of their own. Numbers start at 0, in
 * first-seen order.
 */
export function trackIds(tracks: readonly (LocalizedText | undefined)[]): number[] {
  // Union-find over the sessions, joined through each (language, text) pair they share.
  const parent = tracks.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i])));
  const firstWithPair = new Map<string, number>();
  tracks.forEach((track, i) => {
    for (const [lang, text] of Object.entries(track ?? { '': '' })) {
      const key = `${lang}\u0000${text}`;
      const other = firstWithPair.get(key);
      if (other === undefined) firstWithPair.set(key, i);
      else parent[root(i)] = root(other);
    }
  });
  const numbers = new Map<number, number>();
  return tracks.map((_, i) => {
    const r = root(i);
    if (!numbers.has(r)) numbers.set(r, numbers.size);
    return numbers.get(r)!;
  });
}
