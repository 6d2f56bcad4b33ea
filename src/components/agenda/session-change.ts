/**
 * The change marks of an agenda's sessions after a refresh ("Changed: Room: A → B · Was 10:00 –
 * 11:00 AM", "New").
 */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { Session } from '../../feed/types.js';
import { textIn } from '../../feed/text.js';
import { dateIn, endMs, startMs } from '../../time/wall-time.js';
import { formatTimeRangeParts } from '../../time/format.js';
import { uiWords } from '../../base/text.js';
import type { SessionChangeMark, SessionContext } from './agenda-session.js';

/**
 * "Changed: Room: A → B · Was 10:00 – 11:00 AM", or "New": what changed since the page first read
 * the feed, until it is reloaded.
 */
export function renderChange(mark: SessionChangeMark | undefined, session: Session, c: SessionContext) {
  if (!mark) return nothing;
  if (mark.change.kind === 'added')
    return html`<p part="change" class="change">${uiWords(msg('New', { id: 'session-new' }), c.uiLang)}</p>`;
  const { fields } = mark.change;
  const before = mark.before!;
  const words: string[] = [];
  if (fields.start || fields.end) {
    const [from, to] = [startMs(before.start), endMs(before.end)];
    const day = (t: number) => JSON.stringify(dateIn(t, c.zone));
    // With dates when it crossed midnight, or was on another date than now.
    const days = day(from) !== day(to) || day(from) !== day(startMs(session.start));
    const was = formatTimeRangeParts(from, to, { locale: c.language, zone: c.zone }, days)
      .map((p) => p.text)
      .join('');
    words.push(msg(str`Was ${was}`));
  }
  if (fields.location) {
    const room = (s: Session) => textIn(s.location, c.language, c.feed.defaultLanguage) || '—';
    words.push(msg(str`Room: ${room(before)} → ${room(session)}`));
  }
  if (['title', 'track', 'speakers', 'description', 'url'].some((f) => fields[f])) words.push(msg('Details changed'));
  // A status alone shows in the session's own mark ("Cancelled").
  if (!words.length && !fields.status) return nothing;
  return html`<p part="change" class="change">
    ${uiWords(msg('Changed'), c.uiLang)}${words.length ? html`: ${words.map((w, i) => [i ? ' · ' : '', uiWords(w, c.uiLang)])}` : nothing}
  </p>`;
}
