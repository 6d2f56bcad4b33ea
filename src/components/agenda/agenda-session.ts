/**
 * One session of an agenda: its times, mark, title, track, room, speakers, description on demand
 * and "add to calendar". A function of what the agenda prepared, so the element stays short.
 */
import { ifDefined } from 'lit/directives/if-defined.js';
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { msg, str } from '@lit/localize';
import type { Feed, FeedEvent, LocalizedText, Session, SessionStatus } from '../../feed/types.js';
import { textIn } from '../../feed/text.js';
import type { SessionChangeMark } from '../../feed/changes.js';

export type { SessionChangeMark } from '../../feed/changes.js';
import type { Scheduled, ScheduleState } from '../../time/schedule.js';
import { heading } from '../../base/heading.js';
import { renderTimeRange } from '../../base/render-time.js';
import { stateText } from '../../base/state-text.js';
import { feedText, listSeparator, uiWords } from '../../base/text.js';
import type { Programme } from './agenda-model.js';

export interface SessionContext {
  readonly feed: Feed;
  readonly event: FeedEvent;
  readonly programme: Programme;
  readonly language: string;
  readonly uiLang?: string;
  readonly zone: string;
  readonly headingLevel: number;
  /** Ids of the sessions whose details are open. */
  readonly expanded: ReadonlySet<string>;
  readonly hideDescriptions: boolean;
  readonly hideSpeakers: boolean;
  /** The sessions changed since the page first read the feed, by id, with what they were. */
  readonly changed: ReadonlyMap<string, SessionChangeMark>;
  /** Renders a change mark (session-change.ts; passed in, as it imports this module's types). */
  readonly renderChange: typeof import('./session-change.js').renderChange;
  /** Time ranges already rendered in this render: parallel sessions share them. */
  readonly ranges: Map<string, TemplateResult[]>;
  toggle(session: Session): void;
  /**
   * The "add to calendar" menu button of a session, with these visible words and this whole name,
   * once the lazy chunk has come (agenda-calendars.ts).
   */
  calendar(session: Session, words: string, name: string): unknown;
  /** The star and "Copy link" of a session, once the finder has loaded (agenda-finder.ts). */
  readonly actions?: (session: Session, title: string) => TemplateResult;
  /** Whether a session is starred: part of what its rendering depends on. */
  readonly starred?: (id: string) => boolean;
  /** The session whose "Add to calendar" menu is open, if any. */
  readonly openMenu?: string;
  /** Everything else every session's rendering depends on (zone, languages, options), as one string. */
  readonly key: string;
}

/** The public part names keep their first words (`session-now`, `session-past`): parts are API. */
const PART: Record<ScheduleState, string> = {
  live: 'session-now',
  next: 'session-next',
  ended: 'session-past',
  upcoming: '',
};

/** Where the grid puts a session (agenda-grid.ts): its CSS grid placement, and whether midnight cuts it. */
export interface GridPlace {
  /** Inline styles, set through the CSSOM (which a strict CSP allows, unlike a style attribute). */
  readonly style: string;
  readonly continues: boolean;
  readonly continued: boolean;
}

/**
 * A session as `renderSession` shows it, rendered again only when something it shows has changed:
 * an agenda re-renders its programme (a clock tick, a star, a menu opened) in a few milliseconds
 * however many sessions it has, as Lit skips the others (`guard`).
 */
export function sessionTemplate(s: Scheduled<Session>, c: SessionContext, place?: GridPlace): unknown {
  const { id } = s.item;
  const deps: unknown[] = [s.item, s.start, s.end, c.key, c.expanded.has(id), c.programme.states.get(s.item)];
  deps.push(c.changed.get(id), c.openMenu === id, c.starred?.(id), place?.style, place?.continues, place?.continued);
  return guard(deps, () => renderSession(s, c, place));
}

export function renderSession(
  { item: session, start, end, endsOn }: Scheduled<Session>,
  c: SessionContext,
  place?: GridPlace,
): TemplateResult {
  const t = (value: LocalizedText | undefined) => feedText(value, c.language, c.feed);
  const ui = (words: string) => uiWords(words, c.uiLang);
  const state = c.programme.states.get(session) ?? 'upcoming';
  const open = c.expanded.has(session.id);
  const title = textIn(session.title, c.language, c.feed.defaultLanguage);
  const id = `d-${c.programme.index.get(session)}`;
  const rangeKey = `${start} ${end}`;
  let range = c.ranges.get(rangeKey);
  if (!range)
    c.ranges.set(rangeKey, (range = renderTimeRange(start, end, { locale: c.language, zone: c.zone }, !!endsOn)));
  const details = [session.track && t(session.track), session.location && t(session.location)].filter(Boolean);
  const describe = !c.hideDescriptions && session.description;
  const cancelled = session.status === 'cancelled';
  const marks = [
    state === 'upcoming' || cancelled ? undefined : stateText(state, true),
    session.status === 'scheduled' ? undefined : sessionStatusText(session.status),
    // Marks of a grid session that midnight cuts.
    place?.continued ? msg('Continued from the day before') : undefined,
    place?.continues ? msg('Continues the next day') : undefined,
  ].filter((m): m is string => !!m);
  return html`<li
    data-session-id=${session.id}
    part="session ${PART[state]}${cancelled ? ' session-cancelled' : ''}${session.plenary ? ' session-plenary' : ''}"
    class="session ${state} ${session.status}${open ? ' open' : ''}"
    .style=${(place?.style ?? '') as unknown as CSSStyleDeclaration}>
    <p part="when" class="when">${range}</p>
    <div class="body">
      ${marks.map((m) => html`<span part="state" class="state">${ui(m)}</span>`)}
      ${c.renderChange(c.changed.get(session.id), session, c)}
      ${heading(c.headingLevel, 'title', session.url ? html`<a href=${session.url}>${t(session.title)}</a>` : t(session.title))}
      ${details.length ? html`<p part="details" class="details">${details.map((d, i) => (i ? [' · ', d] : d))}</p>` : nothing}
      ${
        c.hideSpeakers || !session.speakers.length
          ? nothing
          : html`<p part="details" class="details speakers">
              ${session.speakers.map(
                (s, i) =>
                  html`${i ? listSeparator() : ''}${t(s.name)}${
                    s.affiliation ? html` <span class="affiliation">(${t(s.affiliation)})</span>` : nothing
                  }`,
              )}
            </p>`
      }
      <div class="actions">
        ${
          describe
            ? html`<button
                part="toggle"
                class="button"
                type="button"
                lang=${ifDefined(c.uiLang)}
                aria-label=${open ? msg(str`Hide details: ${title}`) : msg(str`Show details: ${title}`)}
                aria-expanded=${open ? 'true' : 'false'}
                aria-controls=${id}
                @click=${() => c.toggle(session)}>
                ${open ? msg('Hide details') : msg('Show details')}
              </button>`
            : nothing
        }
        ${renderCalendarButton(session, title, c)}${c.actions?.(session, title)}
      </div>
      ${describe ? html`<div part="description" class="description" id=${id} ?hidden=${!open}>${t(session.description)}</div>` : nothing}
    </div>
  </li>`;
}

function renderCalendarButton(session: Session, title: string, c: SessionContext) {
  // Sessions always have times; only a postponed event's dates are not to be trusted. A cancelled
  // session is not to be put in a calendar.
  if (c.event.status === 'postponed' || session.status === 'cancelled') return nothing;
  return c.calendar(session, msg('Add to calendar'), msg(str`Add to calendar: ${title}`));
}

/** A session's status as a mark beside it: the words agree with "session" where languages mark gender. */
function sessionStatusText(status: Exclude<SessionStatus, 'scheduled'>): string {
  switch (status) {
    case 'cancelled':
      return msg('Cancelled', {
        id: 'session-cancelled',
        desc: 'Mark on a programme session that will not take place',
      });
    case 'moved-online':
      return msg('Moved online', { id: 'session-moved-online', desc: 'Mark on a programme session now held online' });
    default:
      return msg('Rescheduled', { id: 'session-rescheduled', desc: 'Mark on a programme session given a new time' });
  }
}
