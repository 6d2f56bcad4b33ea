/**
 * The words of the agenda's finder (search, filters, my schedule, links), with the lazy chunk's
 * own `msg` (lazy-words.ts). Counted words follow the plural rules of the UI words' language, as
 * in src/base/counts.ts: each form is its own message.
 */
import { msg, str } from './lazy-words.js';
import { pluralRules } from '../../internal/intl.js';
import { scopedUiLocale } from '../../internal/ui-locale.js';

/** "3 sessions shared with you." */
export function sharedWithYou(n: number): string {
  return pluralRules(scopedUiLocale()).select(n) === 'one'
    ? msg(str`${n} session shared with you.`, { id: 'sessions-shared-one' })
    : msg(str`${n} sessions shared with you.`, { id: 'sessions-shared-other' });
}

export const finderWords = () => ({
  search: msg('Search sessions'),
  room: msg('Room'),
  allRooms: msg('All rooms'),
  language: msg('Language'),
  allLanguages: msg('All languages'),
  layout: msg('Layout'),
  list: msg('List'),
  grid: msg('Grid'),
  addSchedule: msg('Add my schedule to my calendar'),
  share: msg('Share my schedule'),
  copyLink: msg('Copy link'),
  copied: msg('Link copied.'),
  copyThis: msg('Copy this address'),
  showThem: msg('Show them'),
  addThem: msg('Add them to my schedule'),
  added: msg('Added to my schedule.'),
  dismiss: msg('Dismiss'),
  noMatch: msg('No sessions match.'),
  emptySchedule: msg('My schedule is empty: star sessions to add them.'),
  showAll: msg('Show all sessions'),
});

export const mySchedule = (n: number) => msg(str`My schedule (${n})`);
export const starLabel = (starred: boolean, title: string) =>
  starred ? msg(str`Remove ${title} from my schedule`) : msg(str`Add ${title} to my schedule`);
/** Starts with the visible "Copy link", so voice control finds the button by what it shows. */
export const copyLinkLabel = (title: string) => msg(str`Copy link: ${title}`);
