import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import type { RefreshFailure } from '../controllers/feed-controller.js';
import { dateTimeFormat, relativeTimeFormat } from '../internal/intl.js';
import { scopedUiLocale } from '../internal/ui-locale.js';

/**
 * When the page last heard from the server, on the viewer's own clock (it is about this page, not
 * the event): the time alone on the same day, "29 Nov 2026, 14:05" before.
 */
function heardAt(at: number, now: number, withDate = false): string {
  const locale = scopedUiLocale();
  const day = (t: number) => dateTimeFormat(locale, { dateStyle: 'short' }).format(t);
  const options: Intl.DateTimeFormatOptions =
    withDate || day(at) !== day(now) ? { dateStyle: 'medium', timeStyle: 'short' } : { timeStyle: 'short' };
  return dateTimeFormat(locale, options).format(at);
}

/**
 * "Could not update since 14:05: the feed's server answered with error 503." A whole sentence per
 * reason.
 */
export function refreshFailureText({ error, since }: RefreshFailure, now: number): string {
  const time = heardAt(since, now);
  switch (error.kind) {
    case 'timeout':
      return msg(str`Could not update since ${time}: the feed's server took too long to answer.`);
    case 'http':
      return msg(str`Could not update since ${time}: the feed's server answered with error ${error.status ?? ''}.`);
    case 'not-json':
    case 'not-a-feed':
      return msg(str`Could not update since ${time}: the server sent something that is not an event feed.`);
    case 'no-valid-events':
      return msg(str`Could not update since ${time}: the new feed has no valid event.`);
    case 'too-large':
      return msg(str`Could not update since ${time}: the new feed is too large.`);
    case 'interrupted':
      return msg(str`Could not update since ${time}: the connection was cut.`);
    default:
      return msg(str`Could not update since ${time}: the feed's server could not be reached.`);
  }
}

/**
 * The discreet line above the content while the copy shown may be out of date: a check failed
 * ("Could not update since 14:05: …"), or a copy stored by an earlier visit is shown while the
 * server is asked ("As of 29 Nov 2026, 14:05").
 */
export function renderFreshness(
  failure: RefreshFailure | undefined,
  asOf: number | undefined,
  now: number,
  uiLang: string | undefined,
) {
  if (failure)
    return html`<p part="refresh-failure" class="refresh-failure" role="status" lang=${ifDefined(uiLang)}>
      ${refreshFailureText(failure, now)}
    </p>`;
  if (asOf !== undefined)
    return html`<p part="as-of" class="as-of" lang=${ifDefined(uiLang)}>
      ${msg(str`As of ${heardAt(asOf, now, true)}`)}
    </p>`;
  return nothing;
}

/** "Updated 5 minutes ago", "Updated just now": how fresh the copy shown is, at `now`. */
export function updatedText(checked: number, now: number): string {
  const minutes = Math.floor((now - checked) / 60_000);
  if (minutes < 1) return msg('Updated just now');
  const rtf = relativeTimeFormat(scopedUiLocale(), { numeric: 'auto' });
  const ago =
    minutes < 60
      ? rtf.format(-minutes, 'minute')
      : minutes < 24 * 60
        ? rtf.format(-Math.floor(minutes / 60), 'hour')
        : rtf.format(-Math.floor(minutes / (24 * 60)), 'day');
  return msg(str`Updated ${ago}`);
}

/** The "Updated …" line of the agenda and the summary. */
export function renderUpdated(checked: number, now: number, uiLang: string | undefined): TemplateResult {
  return html`<p part="updated" class="updated" lang=${ifDefined(uiLang)}>${updatedText(checked, now)}</p>`;
}
