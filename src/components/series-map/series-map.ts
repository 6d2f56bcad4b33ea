import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { localized, msg, str } from '@lit/localize';
import { textIn } from '../../feed/text.js';
import type { FeedEvent } from '../../feed/types.js';
import { eventState } from '../../feed/event-state.js';
import { MingaElement, type EventView, type Notice } from '../../base/minga-element.js';
import { emit } from '../../events/emit.js';
import { keyword } from '../../internal/keyword.js';
import { uiLocaleVersion } from '../../internal/ui-locale.js';
import { chosenEvent, hasSeries, mapEvents } from './map-model.js';
import { renderItem, type MapContext } from './map-text.js';
import type { MarkerGroup } from './map-layout.js';
import type { Drawing } from './map-drawing.js';
import { loadWorldMap, type WorldMapModule } from './world-map-loader.js';
import { seriesMapStyles } from './series-map.styles.js';

/** How long a map's size must hold still before its markers and labels are laid out anew. */
const RESIZE_SETTLE_MS = 150;

/**
 * A world map of the events of a series: a marker per event at its place, labelled with the city
 * and the date, past, live and upcoming events drawn apart, the chosen or next event standing
 * out, and a card with the event's details on selection. The map is drawn in SVG from Natural
 * Earth data, loaded from beside the script when a map appears: no tiles, no third party.
 *
 * @tag minga-series-map
 * @summary A map of every event of a series from a minga event feed, with no third-party requests.
 * @csspart base - The wrapper of everything shown.
 * @csspart view-toggle - The button that switches between the map and the list.
 * @csspart map - The map: the drawing and its markers.
 * @csspart water - The globe's outline (SVG path).
 * @csspart land - The land (SVG path).
 * @csspart borders - Borders between countries (SVG path).
 * @csspart route - The line joining the events in date order, with the `route` attribute (SVG path).
 * @csspart marker - Each marker (a button); also `marker-past`, `marker-live`, `marker-upcoming`, `marker-chosen`, and `marker-called-off` when its events are all cancelled or postponed.
 * @csspart label - The city and date beside a marker.
 * @csspart card - The details of the selected marker's events.
 * @csspart close - The card's close button.
 * @csspart list - The list of the events (the list view; also printed).
 * @csspart item - An event in the list or the card; also `item-past`, `item-live`, `item-upcoming`.
 * @csspart state - "Ended", "Happening now" or "Upcoming".
 * @csspart when - An event's dates.
 * @csspart time - Each `<time>` element.
 * @csspart venue - Where an event takes place.
 * @csspart unplaced - The events that have no coordinates, under the map.
 * @cssprop --minga-map-water-color - Colour of the sea.
 * @cssprop --minga-map-land-color - Colour of the land.
 * @cssprop --minga-map-border-color - Colour of borders between countries.
 * @cssprop --minga-map-marker-color - Colour of upcoming and live markers.
 * @cssprop --minga-map-marker-past-color - Colour of the markers of past events.
 * @cssprop --minga-map-route-color - Colour of the route line.
 * @fires {MingaSelectEvent} minga-select - A marker was selected and its card opened; `detail.eventId`, `detail.eventIds`.
 * @since 0.1.0
 */
@localized()
export class MingaSeriesMap extends MingaElement {
  static override styles = [...MingaElement.styles, seriesMapStyles];
  // Markers change only when an event starts or ends: re-render only then, and only on screen.
  protected static override readonly clockKind = 'on-screen';

  /** What this update shows, built in willUpdate. */
  private context?: MapContext;
  /** Where the world, the markers and the route go, once the layout code has loaded. */
  private drawing?: Drawing;
  /** The markers' states in `view`, as one string that changes when a marker would. */
  private shownStates?: string;
  /** Label room depends on the map's size in pixels. */
  private readonly resizes = new ResizeObserver(() => this.onResize());
  private observedMap?: Element;
  /** Waits for a resize to settle: a drag would otherwise lay thousands of markers out on every frame. */
  private resizeTimer?: ReturnType<typeof setTimeout>;
  /** The last markers and route, and what they were laid out from: a card opening or a tick reuses them. */
  private laidOut?: { from: unknown[]; layout: ReturnType<WorldMapModule['layoutMap']> };
  /** The list's items, and what they were made from. */
  private listed?: { from: unknown[]; items: TemplateResult[] };
  /** Set while a resize renders new markers. */
  private resizing = false;
  /** The map's width when its labels were last placed. */
  private labelledWidth?: number;

  @state() private worldMap?: WorldMapModule;
  @state() private worldFailed = false;
  /** The id of the first event of the marker whose card is open. */
  @state() private open?: string;
  @state() private listView = false;
  /**
   * The map's width in CSS pixels: which markers would overlap, and so share one, depends on it.
   * Not reactive: a resize renders again only when it changes the markers.
   */
  private mapWidth?: number;

  /** Id of the series to map; without it, every event of the feed that has a location. */
  @property() series?: string;

  /** `fit` (the default) zooms to the markers; `world` always shows the whole world. */
  @property() view: 'fit' | 'world' = 'fit';

  /** Joins the events with a line in date order. */
  @property({ type: Boolean }) route = false;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('click', this.onDocumentClick, true);
    // Labels are measured: once web fonts arrive they take other room.
    document.fonts?.addEventListener('loadingdone', this.onFonts);
    // Tried again on every connection: a load that failed (offline) may succeed later.
    this.worldFailed = false;
    loadWorldMap().then(
      (m) => {
        this.worldMap = m;
      },
      () => {
        this.worldFailed = !this.worldMap;
      },
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('click', this.onDocumentClick, true);
    document.fonts?.removeEventListener('loadingdone', this.onFonts);
    this.resizes.disconnect();
    this.observedMap = undefined;
    clearTimeout(this.resizeTimer);
  }

  protected override updated(): void {
    const map = this.renderRoot.querySelector('.map') ?? undefined;
    if (map !== this.observedMap) {
      this.resizes.disconnect();
      if (map) this.resizes.observe(map);
      this.observedMap = map;
    }
    // After a resize, in a task of its own: new markers and their labels are two shorter tasks than one.
    if (this.resizing) requestAnimationFrame(() => setTimeout(() => this.placeLabels()));
    else this.placeLabels();
    this.resizing = false;
  }

  private readonly onFonts = (): void => this.placeLabels();

  private onResize(): void {
    clearTimeout(this.resizeTimer);
    this.resizeTimer = setTimeout(() => this.resized(), RESIZE_SETTLE_MS);
  }

  /** After a resize settles: new markers if the width changes which ones share, else labels placed anew. */
  private resized(): void {
    const width = this.observedMap?.getBoundingClientRect().width;
    if (!width) return;
    // The first report too: markers were grouped by the host's width, which has the padding of a theme.
    if (Math.abs(width - (this.mapWidth ?? 0)) > 2) {
      this.mapWidth = width;
      const [drawn, worldMap, m] = [this.drawing, this.worldMap, this.context];
      if (!drawn || !worldMap || !m || !worldMap.sameMarkers(drawn.groups, this.layout(worldMap, m).groups)) {
        this.resizing = true;
        return this.requestUpdate(); // updated() places the labels
      }
    }
    if (Math.abs(width - (this.labelledWidth ?? 0)) >= 0.5) this.placeLabels();
  }

  private placeLabels(): void {
    const map = this.renderRoot.querySelector('.map');
    this.labelledWidth = map?.getBoundingClientRect().width;
    this.worldMap?.layoutLabels(map, [...this.renderRoot.querySelectorAll<HTMLElement>('.group')]);
  }

  /** A click anywhere but on the open marker or its card closes the card. */
  private readonly onDocumentClick = (e: Event): void => {
    const open = this.renderRoot.querySelector('.open');
    if (open && !e.composedPath().includes(open)) this.open = undefined;
  };

  private onKeydown(e: KeyboardEvent): void {
    if (e.key !== 'Escape' || !this.open) return;
    // The map's Escape: a dialog or menu around the map must not close as well.
    e.stopPropagation();
    this.close();
  }

  /**
   * Closes the card; when the focus was in it or on its marker, puts it back on the marker so
   * keyboard users keep their place (not when they had moved on to another marker).
   */
  private close(): void {
    const group = this.renderRoot.querySelector<HTMLElement>('.open');
    const focused = (this.renderRoot as ShadowRoot).activeElement;
    this.open = undefined;
    if (group && (!focused || group.contains(focused))) group.querySelector<HTMLElement>('.marker')?.focus();
  }

  private select(group: MarkerGroup): void {
    const id = group.events[0].id;
    this.open = this.open === id ? undefined : id;
    if (this.open) emit(this, 'minga-select', { eventId: id, eventIds: group.events.map((e) => e.id) });
  }

  /** The markers' states at `t`, as one string that changes when a marker would. */
  private statesAt(t: number): string | undefined {
    const feed = this.loaded?.feed;
    if (!feed) return undefined;
    const events = mapEvents(feed, this.series);
    return events.map((e) => eventState(e, t)).join() + chosenEvent(events, feed, this.eventId, t)?.id;
  }

  protected override clockChanged(now: number): boolean {
    return this.statesAt(now) !== this.shownStates;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.context = undefined;
    this.drawing = undefined;
    super.willUpdate(changed);
    // Whatever is shown, notices included: the clock compares the next tick's states with these.
    this.shownStates = this.statesAt(this.now);
  }

  protected override prepare(changed: PropertyValues<this>): Notice | undefined {
    const feed = this.loaded?.feed;
    if (feed && this.series && !hasSeries(feed, this.series)) {
      return { kind: 'error', text: msg(str`This feed has no series with the id "${this.series}".`) };
    }
    return super.prepare(changed);
  }

  protected prepareEvent({ event, feed, now }: EventView): Notice | undefined {
    const events = mapEvents(feed, this.series);
    this.shownEvents = events;
    const next = chosenEvent(events, feed, undefined, now);
    if (!events.length) {
      return {
        kind: 'empty',
        text: this.series ? msg('This series has no events yet.') : msg('No event in this feed has a location.'),
      };
    }
    this.context = {
      feed,
      events,
      now,
      language: this.language,
      uiLang: this.uiLang,
      chosen: this.eventId ? events.find((e) => e === event) : next,
      next,
      text: (value) => this.text(value, feed),
      zone: (e) => this.displayZone(e),
    };
    if (this.worldMap && !(this.listView || this.worldFailed)) this.drawing = this.layout(this.worldMap, this.context);
    return undefined;
  }

  private layout(worldMap: WorldMapModule, m: MapContext): Drawing {
    const world = worldMap.world;
    // Before the first measure, the host's width is the map's (the map fills it).
    const pixelWidth = this.mapWidth ?? (this.getBoundingClientRect().width || 640);
    const wholeWorld = keyword(this.view, ['fit', 'world'], 'fit') === 'world';
    const series = m.feed.series.find((s) => s.id === this.series);
    const from = [m.feed, this.series, wholeWorld, this.route, pixelWidth];
    if (!this.laidOut || from.some((v, i) => v !== this.laidOut!.from[i]))
      this.laidOut = {
        from,
        layout: worldMap.layoutMap(world, m.events, { wholeWorld, route: this.route, pixelWidth }),
      };
    return {
      world,
      ...this.laidOut.layout,
      label: series
        ? msg(str`Map of ${textIn(series.name, this.language, m.feed.defaultLanguage)}`)
        : msg('Map of the events'),
    };
  }

  private renderMap(m: MapContext): TemplateResult {
    if (!this.drawing || !this.worldMap)
      return html`<div part="map" class="map">
        ${this.renderNotice({ kind: 'loading', text: msg('Loading the map…') })}
      </div>`;
    // The drawing's code comes with the world geometry: pages without a map never load it.
    return this.worldMap.renderDrawing(this.drawing, m, {
      open: this.open,
      select: (g) => this.select(g),
      close: () => this.close(),
    });
  }

  /**
   * The list's items, made again only when what they show changes: a resize that regroups the
   * markers of thousands of events leaves them as they were.
   */
  private listItems(m: MapContext): TemplateResult[] {
    // The zone of an event with none of its own: '' when each is shown in its own, else the one all are shown in.
    const from = [
      m.feed,
      this.series,
      m.now,
      m.language,
      m.uiLang,
      uiLocaleVersion(),
      m.chosen,
      m.zone({ timeZone: '' } as FeedEvent),
    ];
    if (!this.listed || from.some((v, i) => v !== this.listed!.from[i]))
      this.listed = { from, items: m.events.map((e) => renderItem(e, m)) };
    return this.listed.items;
  }

  protected renderContent(): TemplateResult {
    const m = this.context!;
    const unplaced = m.events.filter((e) => !e.location?.geo);
    const list = this.listView || this.worldFailed;
    return html`<div part="base" class="series-map" @keydown=${this.onKeydown}>
      <button
        part="view-toggle"
        class="button view-toggle"
        type="button"
        lang=${ifDefined(m.uiLang)}
        aria-pressed=${list ? 'true' : 'false'}
        ?disabled=${this.worldFailed}
        @click=${() => {
          this.listView = !this.listView;
          this.open = undefined;
        }}>
        ${msg('List view')}
      </button>
      ${this.worldFailed ? this.renderNotice({ kind: 'error', text: msg('The map could not be loaded; the events are listed instead.') }) : nothing}
      ${list ? nothing : this.renderMap(m)}
      ${
        !list && unplaced.length
          ? html`<div part="unplaced" class="unplaced">
              <p lang=${ifDefined(m.uiLang)}>${msg('Not on the map, for lack of coordinates in the feed:')}</p>
              <ul>
                ${unplaced.map((e) => renderItem(e, m))}
              </ul>
            </div>`
          : nothing
      }
      <ol part="list" class="list" ?hidden=${!list}>
        ${this.listItems(m)}
      </ol>
    </div>`;
  }
}
