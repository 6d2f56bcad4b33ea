import { msg, str } from '@lit/localize';
import { FeedLoadError, INLINE_SOURCE, PROPERTY_SOURCE } from '../feed/load.js';
import { numberFormat } from '../internal/intl.js';
import { scopedUiLocale } from '../internal/ui-locale.js';

/** "5 MB", "5 Mo": a size in the UI language, in binary megabytes (kilobytes below one). */
export function sizeText(bytes: number): string {
  const mb = bytes >= 1024 * 1024;
  return numberFormat(scopedUiLocale(), {
    style: 'unit',
    unit: mb ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: 1,
  }).format(bytes / (mb ? 1024 * 1024 : 1024));
}

/** The words a content editor sees when a feed cannot be read. */
export function describeError(error: unknown): string {
  if (!(error instanceof FeedLoadError)) return msg('The event information could not be shown.');
  const where = error.source;
  switch (error.kind) {
    case 'no-source':
      return msg('No event feed is set: give the element a src attribute with the feed address.');
    case 'bad-url':
      return msg(str`The event feed address is not a valid web address: ${where}`);
    case 'http':
      return error.status === 404
        ? msg(str`The event feed was not found at ${where} (error 404). Check the address.`)
        : msg(str`The server of the event feed answered with error ${error.status ?? ''} (${where}).`);
    case 'timeout':
      return msg(str`The event feed took too long to load (${where}). Try again later.`);
    case 'not-json':
      if (where === INLINE_SOURCE)
        return msg('The event feed written in this page is not valid JSON; it may have a typing mistake.');
      if (where === PROPERTY_SOURCE) return msg('The feed property holds text that is not valid JSON.');
      return msg(str`The event feed at ${where} is not valid JSON; it may have a typing mistake.`);
    case 'not-a-feed':
      if (where === INLINE_SOURCE) return msg('The event feed written in this page has no list of events.');
      if (where === PROPERTY_SOURCE)
        return msg('The feed property does not hold an event feed: it has no list of events.');
      return msg(str`The file at ${where} is not an event feed: it has no list of events.`);
    case 'too-large':
      return msg(
        str`The event feed is larger than ${sizeText(error.limit ?? 0)}, the most this page reads. If it is right, raise the element's max-feed-size.`,
      );
    case 'interrupted':
      return msg('The connection was cut while the event feed was loading. Try again later.');
    case 'no-valid-events':
      return msg(
        str`The event feed at ${where} has no event that can be shown; the browser console lists its problems.`,
      );
    default:
      return msg(
        str`The event feed could not be reached (${where}). Check the address, and that its server allows this site to read it.`,
      );
  }
}
