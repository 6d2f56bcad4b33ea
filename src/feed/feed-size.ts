/**
 * The feed size limit a page sets with an element's `max-feed-size`: a number of bytes, or of
 * kilobytes or megabytes with `KB` or `MB` (binary: 1 KB is 1,024 bytes), such as `10MB`.
 */
import { DEFAULT_MAX_FEED_BYTES } from './load.js';

const UNITS: Record<string, number> = { '': 1, b: 1, kb: 1024, mb: 1024 * 1024 };

/** The limit in bytes, or the default (5 MB) for a missing or unreadable value. */
export function parseFeedSize(value: string | null | undefined): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb)?\s*$/i.exec(value ?? '');
  const bytes = match ? Number(match[1]) * UNITS[(match[2] ?? '').toLowerCase()] : NaN;
  return bytes >= 1 ? Math.floor(bytes) : DEFAULT_MAX_FEED_BYTES;
}
