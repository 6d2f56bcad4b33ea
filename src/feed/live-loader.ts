/**
 * Loads the live-programme code (live.ts) on first use, and gives it synchronously once loaded:
 * elements render synchronously, and only need it after a refresh, by when it is there.
 */
type Live = typeof import('./live.js');

let loaded: Live | undefined;
let loading: Promise<Live> | undefined;

/** The live-programme module, loading it the first time. */
export function loadLive(): Promise<Live> {
  loading ??= import('./live.js').then(
    (m) => (loaded = m),
    (error: unknown) => {
      loading = undefined; // tried again next time
      throw error;
    },
  );
  return loading;
}

/** The live-programme module if it has loaded; undefined before (and then nothing is refreshing). */
export function liveLoaded(): Live | undefined {
  return loaded;
}

/**
 * Checks now every feed that elements watch (`refresh` set), or only the one at `url` (resolved
 * against the page): for a page that knows the programme just changed. Resolves when the checks
 * have answered and their news reached the elements. Nothing is watched before an element with
 * `refresh` has read its feed.
 */
export async function refreshFeeds(url?: string): Promise<void> {
  // Elements that asked for the code watch as soon as it arrives, before this goes on.
  await loading?.catch(() => undefined);
  await loaded?.refreshFeeds(url);
}
