/**
 * Finding sessions in an agenda, in its lazy chunk: the search field, the room and language
 * filters, the list/grid switch, stars and "My schedule", links to a session, and the page
 * address that carries all of it (address.ts). A controller of the agenda, made when the chunk
 * has loaded: until then the agenda shows every session, without these tools.
 */
import { ifDefined } from 'lit/directives/if-defined.js';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { msg as Msg } from '@lit/localize';
import type { Feed, FeedEvent, LocalizedText, Session } from '../../feed/types.js';
import { sessionMatcher, foldForSearch, indexWhenIdle } from '../../feed/search.js';
import { eventRooms } from '../../feed/rooms.js';
import { textIn } from '../../feed/text.js';
import { displayNames } from '../../internal/intl.js';
import { readAddress, withAddress, type AddressState } from './address.js';
import { starsOf, type Stars } from './stars.js';
import { msg, useMsg } from './lazy-words.js';
import { copyLinkLabel, finderWords, mySchedule, sharedWithYou, starLabel } from './finder-words.js';
import { eventIndex, type Programme } from './agenda-model.js';

/**
 * What the finder reads and sets on its agenda. These are the agenda's private fields: the finder
 * is part of the element, kept in a chunk of its own only to keep the up-front bundle small.
 */
export interface FinderHost extends ReactiveControllerHost, HTMLElement {
  readonly src?: string;
  readonly view: string;
  readonly effectiveView: 'grid' | 'list';
  readonly language: string;
  /** The UI language, when it is not the element's. */
  readonly uiLang?: string;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly prepared?: { readonly feed: Feed; readonly event: FeedEvent; readonly programme: Programme };
  track?: number;
  day?: string;
  expanded: Set<string>;
  chosenView?: 'list' | 'grid';
  /** Set once the viewer has used a filter or the search: the count line speaks from then on. */
  filtered: boolean;
  /** The element's polite live region (one per element). */
  announcement: string;
  ui(words: string): TemplateResult | string;
  text(value: LocalizedText | undefined, feed: Feed): TemplateResult | string;
  download(feed: Feed, event: FeedEvent, sessions?: Session | readonly Session[]): void;
}

/**
 * The agenda that writes the page address: the last one whose state the viewer changed. Nothing is
 * written before the viewer changes something, and several agendas writing in turn would undo
 * each other's parameters (or those of an agenda still to read them).
 */
let addressOwner: Element | undefined;

/** How long the viewer's changes wait before they are written in the address, in ms. */
const ADDRESS_PAUSE = 300;

const STAR = html`<svg class="star-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
  <path d="M12 2.5l2.9 6 6.6.9-4.8 4.6 1.2 6.5L12 17.4l-5.9 3.1 1.2-6.5-4.8-4.6 6.6-.9z" />
</svg>`;

export class AgendaFinder implements ReactiveController {
  private query = '';
  /** The room shown, by its name in the feed's default language (room numbers change with a refresh). */
  private room?: string;
  private languageTag?: string;
  private mine = false;
  /** Showing only the sessions shared with the viewer. */
  private sharedOnly = false;
  private stars?: Stars;
  private starsKey?: string;
  private unlisten?: () => void;
  /** Bumped when the stars change, so the programme renders again. */
  private starVersion = 0;
  /** The event whose address state was read; the address is read once per event. */
  private addressEvent?: string;
  /** Session ids of a schedule shared with the viewer, until added or dismissed. */
  private shared?: readonly string[];
  private pendingSession?: string;
  /** Where focus goes once rendered (`focusLater`). */
  private pendingFocus?: string;
  /** The test `filter` last made, and what it was made for. */
  private test?: { event: FeedEvent; key: string; keep: (s: Session) => boolean };
  /** The address state of the previous update: a change makes this agenda the address's writer. */
  private seenState?: string;
  /** A link the clipboard would not take, shown to copy by hand. */
  private fallbackLink?: string;
  /** The address's next writing, once the viewer pauses (`hostUpdated`), and the page's path then. */
  private addressWrite?: ReturnType<typeof setTimeout>;
  private addressPath?: string;

  constructor(
    private readonly host: FinderHost,
    messages: typeof Msg,
  ) {
    useMsg(messages);
    host.addController(this);
  }

  hostDisconnected(): void {
    this.unlisten?.();
    this.unlisten = this.starsKey = undefined;
    // What the viewer last chose is in the address for whatever reads it next.
    if (this.addressWrite !== undefined) this.writeAddress();
  }

  /** What the programme depends on in the finder: it is rendered again when this changes. */
  get key(): string {
    // Stars show on every session, starred or not.
    return `${this.filterKey}\n${this.starVersion}`;
  }

  /** What the finder leaves out of the programme: other sessions to show (stars count only under "My schedule"). */
  get filterKey(): string {
    if (!this.active) return '';
    return [this.query, this.room, this.languageTag, this.mine, this.sharedOnly, this.mine && this.starVersion].join(
      '\n',
    );
  }

  starred(id: string): boolean {
    return !!this.stars?.ids.has(id);
  }

  private get active(): boolean {
    return !!(foldForSearch(this.query) || this.room || this.languageTag || this.mine || this.sharedOnly);
  }

  private starsFor(event: FeedEvent): Stars {
    const source = this.host.src
      ? new URL(this.host.src, document.baseURI).href
      : `${location.origin}${location.pathname}`;
    const key = `${source}#${event.id}`;
    if (this.starsKey !== key || !this.stars) {
      this.unlisten?.();
      this.stars = starsOf(source, event.id);
      this.starsKey = key;
      this.unlisten = this.stars.listen(() => {
        this.starVersion++;
        this.host.requestUpdate();
      });
    }
    return this.stars;
  }

  /**
   * The sessions to show, as a test (undefined: all), for the element's `programme()`; reads the
   * address the first time it sees an event.
   */
  filter(event: FeedEvent, feed: Feed): ((s: Session) => boolean) | undefined {
    const stars = this.starsFor(event);
    const ids = sessionIds(event);
    stars.keepOnly(ids);
    if (this.addressEvent !== event.id) {
      this.addressEvent = event.id;
      const address = readAddress(location.search);
      // An address about another event is not this agenda's.
      if (!address.event || address.event === event.id) this.applyAddress(address, event, feed, ids);
    }
    const matches = sessionMatcher(event, this.query);
    if (!matches) indexWhenIdle(event);
    const { names, columnOf } = eventRooms(event);
    const nameOf = (r: LocalizedText) => textIn(r, feed.defaultLanguage, feed.defaultLanguage);
    let room: number | undefined =
      this.room === undefined ? undefined : names.findIndex((r) => nameOf(r) === this.room);
    // A room gone with a refresh, or another event's: every room again.
    if (room === -1) room = this.room = undefined;
    if (!this.active) return undefined;
    // The same test while nothing it depends on changes: the programme keeps its filtered days.
    const key = `${this.filterKey}\n${feed.defaultLanguage}`;
    if (this.test?.event === event && this.test.key === key) return this.test.keep;
    const tag = this.languageTag?.toLowerCase();
    const shared = this.sharedOnly && new Set(this.shared);
    const keep = (s: Session) =>
      (!matches || matches(s)) &&
      (room === undefined || [room, -1].includes(columnOf.get(s)!)) &&
      (!tag || s.languages.some((l) => l.toLowerCase() === tag || l.toLowerCase().startsWith(`${tag}-`))) &&
      (!this.mine || stars.ids.has(s.id)) &&
      (!shared || shared.has(s.id));
    this.test = { event, key, keep };
    return keep;
  }

  private applyAddress(a: AddressState, event: FeedEvent, feed: Feed, ids: ReadonlySet<string>): void {
    const host = this.host;
    const same = (value: LocalizedText, wanted: string) =>
      Object.values(value).some((t) => foldForSearch(t) === foldForSearch(wanted));
    this.query = a.query ?? '';
    // The room by its name in the feed's default language, as the menu lists it.
    const room = a.room ? eventRooms(event).names.find((r) => same(r, a.room!)) : undefined;
    this.room = room && textIn(room, feed.defaultLanguage, feed.defaultLanguage);
    this.languageTag = a.language && languagesOf(event).includes(a.language.toLowerCase()) ? a.language : undefined;
    this.mine = !!a.mine;
    // Numbered as the programme numbers them (the tracks its filter offers).
    const track = a.track ? eventIndex(event).tracks.find(([, name]) => same(name, a.track!)) : undefined;
    if (track) host.track = track[0];
    if (a.view === 'list' || a.view === 'grid')
      host.chosenView = String(host.view).toLowerCase() === 'auto' ? a.view : undefined;
    if (a.day) host.day = a.day;
    const shared = a.shared?.filter((id) => ids.has(id));
    this.shared = shared?.length ? shared : undefined;
    if (a.session && ids.has(a.session)) this.pendingSession = a.session;
    if (this.active || track) host.filtered = true;
  }

  /** The address for the agenda's state now (its own parameters only). */
  private addressState(): AddressState {
    const host = this.host;
    const p = host.prepared;
    const name = (value?: LocalizedText) =>
      value && p ? textIn(value, p.feed.defaultLanguage, p.feed.defaultLanguage) : undefined;
    const state = {
      query: this.query.trim() || undefined,
      track: host.track === undefined ? undefined : name(p?.programme.tracks.find(([id]) => id === host.track)?.[1]),
      room: this.room,
      language: this.languageTag,
      mine: this.mine,
      // The day the viewer chose (a tab, or the address), in either view: a resize that switches
      // views is not the viewer's change.
      day: host.day,
      view: host.chosenView,
      session: this.pendingSession,
      shared: this.shared,
    };
    // The event is named only with something to say about it.
    return { ...state, event: Object.values(state).some(Boolean) ? p?.event.id : undefined };
  }

  hostUpdated(): void {
    const focus = this.pendingFocus && this.host.renderRoot.querySelector<HTMLElement>(this.pendingFocus);
    if (focus) {
      this.pendingFocus = undefined;
      focus.focus();
    }
    if (this.pendingSession) this.revealSession(this.pendingSession);
    if (!this.addressEvent) return;
    const state = this.addressState();
    const seen = JSON.stringify(state);
    const changed = this.seenState !== undefined && seen !== this.seenState;
    if (changed) addressOwner = this.host;
    this.seenState = seen;
    if (!changed || addressOwner !== this.host || !this.host.isConnected) return;
    // Written once the viewer pauses, not at each keystroke: replaceState lays the page out at
    // once in Chromium, in the keystroke's frame, and Safari and Firefox throw after 100 or 200
    // calls in a few seconds.
    clearTimeout(this.addressWrite);
    this.addressPath = location.pathname;
    this.addressWrite = setTimeout(() => this.writeAddress(), ADDRESS_PAUSE);
  }

  private writeAddress(): void {
    clearTimeout(this.addressWrite);
    this.addressWrite = undefined;
    // Not onto another page's address: a single-page app that has moved on, then removes the agenda.
    if (addressOwner !== this.host || location.pathname !== this.addressPath) return;
    const href = withAddress(location.href, this.addressState());
    try {
      if (href !== location.href) history.replaceState(history.state, '', href);
    } catch {
      // Refused (too many calls from this page): the next change writes it.
    }
  }

  /** Shows the session of a link: its day, in view, its details open, focused. */
  private revealSession(id: string): void {
    const host = this.host;
    const p = host.prepared;
    if (!p) return;
    const session = host.renderRoot.querySelector<HTMLElement>(`.session[data-session-id="${CSS.escape(id)}"]`);
    if (!session) {
      const day = p.programme.days.find((d) => d.items.some((s) => s.item.id === id));
      if (day && host.day !== day.key) host.day = day.key;
      else if (!day && this.active) this.clear();
      else this.pendingSession = undefined;
      return;
    }
    this.pendingSession = undefined;
    // Its details open, and in the grid the whole card.
    if (!host.expanded.has(id)) host.expanded = new Set([...host.expanded, id]);
    session.tabIndex = -1;
    // Focusable only to take focus now: a later click on it is a click on the card, not focus.
    session.addEventListener('blur', () => session.removeAttribute('tabindex'), { once: true });
    session.focus({ preventScroll: true });
    session.scrollIntoView({ block: 'start' });
  }

  /** Shows every session again, and puts focus in the search field (the button pressed is gone). */
  private clear(): void {
    this.query = '';
    this.room = this.languageTag = undefined;
    this.mine = this.sharedOnly = false;
    this.host.track = undefined;
    this.host.requestUpdate();
    this.focusLater('[part~="search"]');
  }

  /**
   * Moves focus to `selector` after the next render, when the control focused has gone with it:
   * after that render, not after every session of a long programme (`updateComplete`), so that
   * focus does not wait on the page's body meanwhile.
   */
  private focusLater(selector: string): void {
    this.pendingFocus = selector;
    this.host.requestUpdate();
  }

  /** UI words, marked with their language when it is not the element's. */
  private ui(words: string): TemplateResult | string {
    return this.host.ui(words);
  }

  /** Applies a change the viewer made to the search or a filter. */
  private change(apply: () => void): void {
    apply();
    this.host.filtered = true;
    this.host.requestUpdate();
  }

  /** Said politely, through the element's live region. */
  private say(words: string): void {
    // A live region speaks when its text changes: the same words twice would be said once.
    this.host.announcement = words + (this.host.announcement.endsWith('\u200b') ? '' : '\u200b');
  }

  /** Copies `href` to the clipboard, or shows it to copy by hand where the page may not. */
  private async copy(href: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(href);
      this.fallbackLink = undefined;
      this.say(finderWords().copied);
    } catch {
      this.fallbackLink = href;
      this.host.requestUpdate();
      await this.host.updateComplete;
      this.host.renderRoot.querySelector<HTMLInputElement>('.copy-fallback input')?.select();
    }
  }

  /** The star and "Copy link" of one session, after its other actions. */
  renderActions(session: Session, title: string): TemplateResult {
    const starred = !!this.stars?.ids.has(session.id);
    const w = finderWords();
    return html`<button
        part="star"
        class="button star"
        type="button"
        lang=${ifDefined(this.host.uiLang)}
        aria-label=${starLabel(starred, title)}
        aria-pressed=${starred ? 'true' : 'false'}
        @click=${() => {
          this.stars?.toggle(session.id);
          // Unstarred under "My schedule", the session (and its star) leaves the page.
          if (starred && this.mine) this.focusLater('[part~="my-schedule"]');
        }}>
        ${STAR}</button
      ><button
        part="copy-link"
        class="button"
        type="button"
        lang=${ifDefined(this.host.uiLang)}
        aria-label=${copyLinkLabel(title)}
        @click=${() => void this.copy(withAddress(location.href, { event: this.addressEvent, session: session.id }))}>
        ${w.copyLink}
      </button>`;
  }

  /** The search field, filters and schedule tools above the programme. */
  renderTools(feed: Feed, event: FeedEvent, uiLanguage: string): TemplateResult {
    const w = finderWords();
    const host = this.host;
    // Each room by its name in the feed's default language (the address's), shown in the agenda's.
    const rooms = eventRooms(event).names.map((r): [string, string] => [
      textIn(r, feed.defaultLanguage, feed.defaultLanguage),
      textIn(r, host.language, feed.defaultLanguage),
    ]);
    const languages = languagesOf(event);
    // The stars are ids of sessions of this event (`keepOnly`); the sessions themselves only on a click.
    const stars = this.stars?.ids.size ?? 0;
    const starred = () => event.sessions.filter((s) => this.stars?.ids.has(s.id));
    const select = (
      label: string,
      all: string,
      part: string,
      value: string | undefined,
      options: [string, string][],
      pick: (v?: string) => void,
    ) =>
      html`<label class="field"
        ><span>${this.ui(label)}</span>
        <select part=${part} @change=${(e: Event) => pick((e.target as HTMLSelectElement).value || undefined)}>
          <option value="" .selected=${!value}>${all}</option>
          ${options.map(([v, text]) => html`<option value=${v} .selected=${v === value}>${text}</option>`)}
        </select></label
      >`;
    const auto = String(host.view).toLowerCase() === 'auto' && rooms.length >= 2;
    const layout = (value: 'list' | 'grid', label: string) =>
      html`<button
        class="button"
        type="button"
        aria-pressed=${host.effectiveView === value ? 'true' : 'false'}
        @click=${() => {
          host.chosenView = value;
        }}>
        ${this.ui(label)}
      </button>`;
    return html`<div part="finder" class="finder" role="search">
        <label class="field search"
          ><span>${this.ui(w.search)}</span>
          <input
            part="search"
            type="search"
            .value=${this.query}
            @input=${(e: Event) => this.change(() => (this.query = (e.target as HTMLInputElement).value))} /></label
        >${
          rooms.length >= 2
            ? select(w.room, w.allRooms, 'room-filter', this.room, rooms, (v) => this.change(() => (this.room = v)))
            : nothing
        }${
          languages.length >= 2
            ? select(
                w.language,
                w.allLanguages,
                'language-filter',
                this.languageTag?.toLowerCase(),
                languages.map((l) => [l, languageName(uiLanguage, l)]),
                (v) => this.change(() => (this.languageTag = v)),
              )
            : nothing
        }
        ${
          auto
            ? html`<span class="layout" role="group" aria-label=${w.layout}
                >${layout('list', w.list)}${layout('grid', w.grid)}</span
              >`
            : nothing
        }
        <button
          part="my-schedule"
          class="button"
          type="button"
          aria-pressed=${this.mine ? 'true' : 'false'}
          @click=${() => this.change(() => (this.mine = !this.mine))}>
          ${this.ui(mySchedule(stars))}
        </button>
        ${
          stars
            ? html`<button
                  part="schedule-calendar"
                  class="button"
                  type="button"
                  @click=${() => host.download(feed, event, starred())}>
                  ${this.ui(w.addSchedule)}</button
                ><button
                  part="share"
                  class="button"
                  type="button"
                  @click=${() => void this.copy(withAddress(location.href, { event: event.id, shared: starred().map((s) => s.id) }))}>
                  ${this.ui(w.share)}
                </button>`
            : nothing
        }
      </div>
      ${this.renderTrackFilter(feed)} ${this.renderShared()}
      ${
        this.fallbackLink
          ? html`<label class="field copy-fallback"
              ><span>${this.ui(w.copyThis)}</span
              ><input
                readonly
                .value=${this.fallbackLink}
                @focus=${(e: Event) => (e.target as HTMLInputElement).select()}
            /></label>`
          : nothing
      } `;
  }

  /** A button per track and one for all, when the sessions have two tracks or more. */
  private renderTrackFilter(feed: Feed) {
    const host = this.host;
    const tracks = host.prepared?.programme.tracks ?? [];
    if (!tracks.length) return nothing;
    const button = (value: number | undefined, label: unknown) =>
      html`<button
        class="button"
        type="button"
        aria-pressed=${host.track === value ? 'true' : 'false'}
        @click=${() => this.change(() => (host.track = value))}>
        ${label}
      </button>`;
    return html`<div part="filter" class="filter" role="group" aria-label=${msg('Filter by track')}>
      ${button(undefined, this.ui(msg('All tracks')))} ${tracks.map(([id, name]) => button(id, host.text(name, feed)))}
    </div>`;
  }

  /** "3 sessions shared with you.", with "Show them", "Add them to my schedule" and "Dismiss". */
  private renderShared() {
    const shared = this.shared;
    if (!shared) return nothing;
    const w = finderWords();
    const done = () => {
      this.shared = undefined;
      this.sharedOnly = false;
      this.host.requestUpdate();
      this.focusLater('[part~="my-schedule"]');
    };
    return html`<div part="shared" class="shared" role="group" aria-label=${sharedWithYou(shared.length)}>
      <p>${this.ui(sharedWithYou(shared.length))}</p>
      <button
        class="button"
        type="button"
        aria-pressed=${this.sharedOnly ? 'true' : 'false'}
        @click=${() => this.change(() => (this.sharedOnly = !this.sharedOnly))}>
        ${this.ui(w.showThem)}
      </button>
      <button
        class="button"
        type="button"
        @click=${() => {
          this.stars?.add(shared);
          done();
          this.say(w.added);
        }}>
        ${this.ui(w.addThem)}
      </button>
      <button class="button" type="button" @click=${done}>${this.ui(w.dismiss)}</button>
    </div>`;
  }

  /** In place of the programme when nothing matches: what happened, and the way back. */
  renderNoMatch(): TemplateResult {
    const w = finderWords();
    const empty = this.mine && !this.stars?.ids.size;
    return html`<div part="no-match" class="no-match">
      <p>${this.ui(empty ? w.emptySchedule : w.noMatch)}</p>
      <button class="button" type="button" @click=${() => this.clear()}>${this.ui(w.showAll)}</button>
    </div>`;
  }
}

const idsKnown = new WeakMap<FeedEvent, ReadonlySet<string>>();

/** The ids of the event's sessions (once per event: asked at each render). */
function sessionIds(event: FeedEvent): ReadonlySet<string> {
  let ids = idsKnown.get(event);
  if (!ids) idsKnown.set(event, (ids = new Set(event.sessions.map((s) => s.id))));
  return ids;
}

const languagesKnown = new WeakMap<FeedEvent, string[]>();

/** The languages sessions state, lower-cased, in first-seen order (once per event: asked at each render). */
function languagesOf(event: FeedEvent): string[] {
  let languages = languagesKnown.get(event);
  if (!languages) {
    languages = [...new Set(event.sessions.flatMap((s) => s.languages.map((l) => l.toLowerCase())))];
    languagesKnown.set(event, languages);
  }
  return languages;
}

/** Language names in the UI's language ("Spanish", "español"), the tag where the browser has none. */
function languageName(locale: string, tag: string): string {
  try {
    return displayNames(locale, { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
