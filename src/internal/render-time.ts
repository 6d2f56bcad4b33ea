import { html, type TemplateResult } from 'lit';
import type { WallTime } from '../feed/types.js';
import { datetimeAttribute, formatSpanParts, spanPrecision, type DisplayContext } from '../time/format.js';

/**
 * A span of time as text in which each end sits in a `<time datetime>` carrying the full instant
 * with the offset of the zone shown (or the partial date as written).
 */
export function renderSpan(start: WallTime, end: WallTime | undefined, ctx: DisplayContext): TemplateResult[] {
  const precision = spanPrecision(start, end);
  return formatSpanParts(start, end, ctx).map(({ text, source }) => {
    if (source === 'shared') return html`${text}`;
    const w = source === 'start' ? start : end!;
    return html`<time part="time" datetime=${datetimeAttribute(w, ctx.zone, precision)}>${text}</time>`;
  });
}
