/**
 * Links that subscribe a calendar app to a hosted .ics file (`npx minga-widgets ics`), so that it
 * follows the programme as the file changes. Plain links: nothing is requested until one is
 * followed.
 */

/** One way to subscribe: which app, and the link. */
export interface SubscribeLink {
  readonly app: 'webcal' | 'google' | 'outlook-com' | 'outlook-365' | 'ics';
  readonly href: string;
}

/**
 * The subscribe links for the calendar at the absolute `http(s)` address `url`, named `name`:
 * `webcal:` (Apple Calendar and most desktop and phone apps), Google Calendar's add-by-URL,
 * Outlook.com's and Microsoft 365's add-from-web, and the file itself. Empty for another scheme.
 */
export function subscribeLinks(url: string, name: string): SubscribeLink[] {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return [];
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return [];
  const https = parsed.href;
  const webcal = `webcal:${https.slice(parsed.protocol.length)}`;
  const outlook = (host: string) =>
    `https://${host}/calendar/0/addfromweb?url=${encodeURIComponent(https)}&name=${encodeURIComponent(name)}`;
  return [
    { app: 'webcal', href: webcal },
    { app: 'google', href: `https://calendar.google.com/calendar/r?cid=${encodeURIComponent(webcal)}` },
    { app: 'outlook-com', href: outlook('outlook.live.com') },
    { app: 'outlook-365', href: outlook('outlook.office.com') },
    { app: 'ics', href: https },
  ];
}
