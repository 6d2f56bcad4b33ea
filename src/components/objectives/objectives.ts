import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { localized, msg, str } from '@lit/localize';
import type { Feed, Objective } from '../../feed/types.js';
import { MingaElement, type EventView, type Notice } from '../../base/minga-element.js';
import { heading } from '../../base/heading.js';
import { showAllObjectives } from '../../base/counts.js';
import { keyword } from '../../internal/keyword.js';
import { sdgName, sdgUrl } from '../../data/sdgs.js';
import { objectivesStyles } from './objectives.styles.js';

/** What one update shows, built in willUpdate. */
interface ObjectivesView {
  readonly feed: Feed;
  readonly objectives: readonly Objective[];
  /** How many are shown before "Show all"; Infinity for all. */
  readonly limit: number;
  readonly bullets: boolean;
  readonly goals: 'items' | 'summary' | 'none';
}

/**
 * What an event aims to achieve, as a list, with a badge for each UN Sustainable Development Goal
 * an objective serves.
 *
 * @tag minga-objectives
 * @summary An event's objectives and their Sustainable Development Goals from a minga event feed.
 * @csspart base - The wrapper of everything shown.
 * @csspart heading - The heading above the list.
 * @csspart list - The list of objectives (`<ol>`, or `<ul>` with `list-style="bullets"`).
 * @csspart item - Each objective (`<li>`); the ones beyond `limit` also have the part `extra`.
 * @csspart extra - Objectives beyond `limit`, hidden until the "Show all" button is pressed.
 * @csspart text - The text of an objective.
 * @csspart goals - Each list of badges.
 * @csspart badge - Each goal badge: its number and short name on the goal's official colour.
 * @csspart summary - The goals of the whole event, under the list, with `show-sdgs="summary"`.
 * @csspart more - The "Show all N objectives" / "Show fewer objectives" button.
 * @cssprop --minga-objectives-heading-size - Font size of the heading.
 * @cssprop --minga-objectives-item-gap - Space between objectives.
 * @cssprop --minga-objectives-marker-color - Colour of the numbers or bullets; the accent colour by default.
 * @cssprop --minga-sdg-badge-size - Font size of the goal badges.
 * @cssprop --minga-sdg-badge-radius - Corner radius of the goal badges.
 * @since 0.1.0
 */
@localized()
export class MingaObjectives extends MingaElement {
  static override styles = [...MingaElement.styles, ...objectivesStyles];

  private view?: ObjectivesView;

  @state() private expanded = false;

  /** Heading text; without it a localized "Objectives"; `heading=""` shows no heading. */
  @property() heading?: string;

  /** Level of the heading, 1 to 6, to fit the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** `numbers` (an ordered list, the default) or `bullets`. */
  @property({ attribute: 'list-style' }) listStyle: 'numbers' | 'bullets' = 'numbers';

  /** Goal badges: `items` (by each objective, the default), `summary` (each goal once, under the list) or `none`. */
  @property({ attribute: 'show-sdgs' }) showSdgs: 'items' | 'summary' | 'none' = 'items';

  /** Makes each goal badge a link to the goal's page on the UN's site. */
  @property({ attribute: 'link-sdgs', type: Boolean }) linkSdgs = false;

  /** Shows only this many objectives, with a button to show all; unset or below 1, all are shown. */
  @property({ type: Number }) limit?: number;

  /** Shows nothing at all, rather than a message, for an event without objectives. */
  @property({ attribute: 'hide-empty', type: Boolean, reflect: true }) hideEmpty = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('eventId')) this.expanded = false;
    this.view = undefined;
    super.willUpdate(changed);
  }

  protected prepareEvent({ event, feed }: EventView): Notice | undefined {
    this.view = {
      feed,
      objectives: event.objectives,
      limit: this.limit !== undefined && this.limit >= 1 ? Math.floor(this.limit) : Infinity,
      bullets: keyword(this.listStyle, ['numbers', 'bullets'], 'numbers') === 'bullets',
      // Any other value counts as the default, so a typo still shows the goals.
      goals: keyword(this.showSdgs, ['items', 'summary', 'none'], 'items'),
    };
    return undefined;
  }

  protected override get contentEmpty(): boolean {
    return this.view?.objectives.length === 0;
  }

  private async toggle(): Promise<void> {
    this.expanded = !this.expanded;
    if (!this.expanded) return;
    // The revealed objectives appear above the button: take keyboard and screen reader users there.
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.extra')?.focus();
  }

  protected renderContent(): TemplateResult {
    const v = this.view!;
    const empty = v.objectives.length === 0;
    if (empty && this.hideEmpty) return html``;
    const title = this.heading !== undefined ? this.heading.trim() : this.ui(msg('Objectives'));
    const items = v.objectives.map((o, i) => this.renderItem(o, i, v));
    // role="list": Safari drops list semantics when a page styles ::part(list) with list-style: none.
    /* eslint-disable lit-a11y/no-redundant-role */
    const list = v.bullets
      ? html`<ul part="list" class="list" id="list" role="list">
          ${items}
        </ul>`
      : html`<ol part="list" class="list" id="list" role="list">
          ${items}
        </ol>`;
    /* eslint-enable lit-a11y/no-redundant-role */
    return html`<div part="base" class="objectives">
      ${title ? heading(this.headingLevel, 'heading', title) : nothing}
      ${empty ? this.renderNotice({ kind: 'empty', text: msg('No objectives have been published for this event.') }) : list}
      ${
        v.objectives.length > v.limit
          ? html`<button
              part="more"
              class="button more"
              type="button"
              lang=${ifDefined(this.uiLang)}
              aria-controls="list"
              aria-expanded=${this.expanded ? 'true' : 'false'}
              @click=${this.toggle}>
              ${this.expanded ? msg('Show fewer objectives') : showAllObjectives(v.objectives.length)}
            </button>`
          : nothing
      }
      ${v.goals === 'summary' ? this.renderSummary(v.objectives) : nothing}
    </div>`;
  }

  private renderItem(objective: Objective, index: number, v: ObjectivesView): TemplateResult {
    const text = html`<span part="text" class="text">${this.text(objective.text, v.feed)}</span>`;
    const goals = v.goals === 'items' ? this.renderGoals(objective.sdgs) : nothing;
    if (index < v.limit) return html`<li part="item" class="item">${text}${goals}</li>`;
    // Beyond the limit: rendered but hidden rather than left out, so that printing shows them all.
    // Focusable by script only: the first of them takes the focus when they are revealed.
    return html`<li part="item extra" class="item extra" ?hidden=${!this.expanded} tabindex="-1">${text}${goals}</li>`;
  }

  private renderSummary(objectives: readonly Objective[]): TemplateResult | typeof nothing {
    const goals = [...new Set(objectives.flatMap((o) => o.sdgs))].sort((a, b) => a - b);
    if (!goals.length) return nothing;
    return html`<div part="summary" class="summary" lang=${ifDefined(this.uiLang)}>
      <p class="summary-label" id="summary-label">${msg('Sustainable Development Goals')}</p>
      ${this.renderGoals(goals, 'summary-label')}
    </div>`;
  }

  private renderGoals(goals: readonly number[], labelledBy?: string): TemplateResult | typeof nothing {
    if (!goals.length) return nothing;
    // eslint-disable-next-line lit-a11y/no-redundant-role -- Safari drops list semantics from `list-style: none`.
    return html`<ul
      part="goals"
      class="goals"
      role="list"
      lang=${ifDefined(this.uiLang)}
      aria-labelledby=${labelledBy ?? nothing}>
      ${goals.map((goal) => html`<li>${this.renderBadge(goal)}</li>`)}
    </ul>`;
  }

  private renderBadge(goal: number): TemplateResult {
    const name = sdgName(goal);
    // The screen reader text says "Goal 11: …"; the visible number and name are hidden from it
    // so they are not read twice.
    const content = html`<span class="sr-only">${msg(str`Goal ${goal}: ${name}`)}</span
      ><span class="goal-number" aria-hidden="true">${goal}</span>
      <span class="goal-name" aria-hidden="true">${name}</span>`;
    const classes = `badge goal-${goal}`;
    return this.linkSdgs
      ? html`<a part="badge" class=${classes} href=${sdgUrl(goal)} hreflang="en">${content}</a>`
      : html`<span part="badge" class=${classes}>${content}</span>`;
  }
}
