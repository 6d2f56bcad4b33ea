import { html, type TemplateResult } from 'lit';
import { spanPrecision, type WallTime } from '../time/types.js';
import {
  datetimeAttribute,
  formatSpanParts,
  formatTimeRangeParts,
  type DisplayContext,
  type SpanPart,
} from '../time/format.js';
import { isoInstant } from '../time/zone.js';
import { offsetAt } from '../time/wall-time.js';

/**
 * A span of time as text in which each end sits in a `<time datetime>` carrying the full instant
 * with the offset of the zone shown (or the partial date as written).
 */
export function renderSpan(start: WallTime, end: WallTime | undefined, ctx: DisplayContext): TemplateResult[] {
  const precision = spanPrecision(start, end);
  return renderParts(formatSpanParts(start, end, ctx), (source) =>
    datetimeAttribute(source === 'start' ? start : end!, ctx.zone, precision),
  );
}

/** A range of two instants (epoch ms) shown in `ctx.zone`, each end in its own `<time>`. */
export function renderTimeRange(start: number, end: number, ctx: DisplayContext, withDates = false): TemplateResult[] {
  return renderParts(formatTimeRangeParts(start, end, ctx, withDates), (source) => {
    const at = source === 'start' ? start : end;
    return isoInstant(at, ctx.zone, offsetAt(ctx.zone, at));
  });
}

function renderParts(parts: SpanPart[], datetime: (source: 'start' | 'end') => string): TemplateResult[] {
  return parts.map(({ text, source }) =>
    source === 'shared' ? html`${text}` : html`<time part="time" datetime=${datetime(source)}>${text}</time>`,
  );
}
