// "A live programme": an agenda that refreshes, against a feed server simulated in this page (no
// server needed, in `npm start` or a static build). The feed is fictional, for the demo only.
// "Simulate a change" edits it as organizers do on the day; the agenda finds out at its next check,
// which the button asks for at once (refreshFeeds) rather than waiting a minute.
import { refreshFeeds } from '../src/index.js';

const ADDRESS = new URL('./live-demo-feed.json', location.href).href;

const sessions = [
  { id: 'welcome', title: 'Welcome (fictional)', start: '2019-12-09T09:00', end: '2019-12-09T09:30', location: 'Hall' },
  {
    id: 'finance',
    title: 'Financing cooperatives (fictional)',
    start: '2019-12-09T10:00',
    end: '2019-12-09T11:00',
    location: 'Room A',
    track: 'Finance',
  },
  {
    id: 'cities',
    title: 'Cities and social economy (fictional)',
    start: '2019-12-09T10:00',
    end: '2019-12-09T11:00',
    location: 'Room B',
    track: 'Cities',
  },
  {
    id: 'lunch-talk',
    title: 'Lunch talk (fictional)',
    start: '2019-12-09T13:00',
    end: '2019-12-09T14:00',
    location: 'Room A',
  },
  { id: 'closing', title: 'Closing (fictional)', start: '2019-12-09T17:00', end: '2019-12-09T17:30', location: 'Hall' },
] as Record<string, unknown>[];

let version = 1;
const feedText = () =>
  JSON.stringify({
    version: 1,
    defaultLanguage: 'en',
    events: [
      {
        id: 'fictional-forum',
        name: 'Fictional forum (demo data, not a real event)',
        timeZone: 'America/Mexico_City',
        start: '2019-12-09T09:00',
        end: '2019-12-09T17:30',
        sessions,
      },
    ],
  });

// The changes a programme goes through on the day, one per click.
const CHANGES: (() => void)[] = [
  () => (sessions[1].location = 'Room C'),
  () => (sessions[2].status = 'cancelled'),
  () =>
    sessions.splice(4, 0, {
      id: 'extra',
      title: 'Added on the day (fictional)',
      start: '2019-12-09T15:00',
      end: '2019-12-09T15:45',
      location: 'Room B',
    }),
  () => Object.assign(sessions[3], { start: '2019-12-09T14:00', end: '2019-12-09T15:00' }),
];

// The simulated server: answers this one address with an ETag, and 304 when nothing changed.
const realFetch = window.fetch.bind(window);
window.fetch = async (input, init) => {
  const url = input instanceof Request ? input.url : String(input);
  if (url !== ADDRESS) return realFetch(input, init);
  const etag = `"v${version}"`;
  if (new Headers(init?.headers).get('If-None-Match') === etag) return new Response(null, { status: 304 });
  return new Response(feedText(), { headers: { 'Content-Type': 'application/json', ETag: etag } });
};

const button = document.querySelector<HTMLButtonElement>('#simulate-change')!;
const status = document.querySelector<HTMLElement>('#simulate-status')!;
button.addEventListener('click', async () => {
  const change = CHANGES[(version - 1) % CHANGES.length];
  change();
  version++;
  await refreshFeeds(ADDRESS);
  status.textContent = `Change ${version - 1} made and checked.`;
  if (version > CHANGES.length) button.disabled = true;
});
