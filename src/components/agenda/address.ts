/**
 * The agenda's state in the page address, so a filtered view, a session or a schedule can be
 * shared: query parameters prefixed `minga-`, written with `replaceState` (no history entries).
 * Other parameters and the fragment are kept as they are. Values are texts as the viewer sees
 * them (a room's name, a language tag, a date); the agenda checks them against the feed and
 * ignores, quietly, those it does not know.
 */

export interface AddressState {
  /** The event the rest is about: an agenda showing another event leaves the address alone. */
  readonly event?: string;
  readonly query?: string;
  readonly track?: string;
  readonly room?: string;
  readonly language?: string;
  /** Only the starred sessions ("My schedule"). */
  readonly mine?: boolean;
  /** The grid's day, as `2019-12-09`. */
  readonly day?: string;
  readonly view?: string;
  /** A session to show, open and focus. */
  readonly session?: string;
  /** The ids of a schedule shared with the viewer. */
  readonly shared?: readonly string[];
}

const PARAMS: Record<keyof AddressState, string> = {
  event: 'minga-event',
  query: 'minga-q',
  track: 'minga-track',
  room: 'minga-room',
  language: 'minga-language',
  mine: 'minga-mine',
  day: 'minga-day',
  view: 'minga-view',
  session: 'minga-session',
  shared: 'minga-shared',
};

/** One id of `minga-shared`, whose commas and percent signs were encoded ('' when it is broken). */
function decodeId(id: string): string {
  try {
    return decodeURIComponent(id.trim());
  } catch {
    return '';
  }
}

/** The agenda's state in a page address's query (`location.search`). */
export function readAddress(search: string): AddressState {
  const params = new URLSearchParams(search);
  const get = (key: keyof AddressState) => params.get(PARAMS[key])?.trim() || undefined;
  const shared = get('shared')?.split(',').map(decodeId).filter(Boolean);
  return {
    event: get('event'),
    query: get('query'),
    track: get('track'),
    room: get('room'),
    language: get('language'),
    mine: get('mine') === '1' || undefined,
    day: get('day'),
    view: get('view'),
    session: get('session'),
    shared: shared?.length ? shared : undefined,
  };
}

/**
 * `href` with the agenda's parameters set to `state`: each one absent from it (or empty) is
 * removed, every other parameter and the fragment stay. Ids in `shared` are joined by commas
 * (ids with commas are encoded, so they survive).
 */
export function withAddress(href: string, state: AddressState): string {
  const url = new URL(href);
  for (const [key, param] of Object.entries(PARAMS) as [keyof AddressState, string][]) {
    const value = state[key];
    const text =
      value === true
        ? '1'
        : Array.isArray(value)
          ? value.map((id: string) => id.replace(/[%,]/g, encodeURIComponent)).join(',')
          : (value as string | undefined);
    if (text) url.searchParams.set(param, text);
    else url.searchParams.delete(param);
  }
  return url.href;
}
