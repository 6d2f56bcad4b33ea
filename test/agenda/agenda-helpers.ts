import { fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import { clearFeedCache, forgetZoneChoice, setNow } from '../../src/index.js';
import type { MingaAgenda } from '../../src/components/agenda/agenda.js';
import type { SessionJson } from '../../src/feed/types.js';

/** Renders a template holding one agenda and waits until its feed is shown. */
export async function agenda(template: ReturnType<typeof html>): Promise<MingaAgenda> {
  const found = await fixture<HTMLElement>(template);
  const el = (found.localName === 'minga-agenda' ? found : found.querySelector('minga-agenda')) as MingaAgenda;
  await el.feedComplete;
  return el;
}

/** A one-event test feed (not the sample feed) with the given sessions. */
export function feedWith(sessions: Partial<SessionJson>[], event: Record<string, unknown> = {}) {
  return {
    version: 1,
    defaultLanguage: 'en',
    events: [{
      id: 'test', name: 'Test forum', timeZone: 'America/Mexico_City', start: '2019-12-09', end: '2019-12-10',
      ...event,
      sessions: sessions.map((s, i) => ({ id: `s${i + 1}`, title: `Session ${i + 1}`, ...s })),
    }],
  };
}

export const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
export const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

/** The text of each shown session's time range, title and mark, as a viewer reads them. */
export function sessionsShown(el: Element): { day: string; when: string; title: string; state: string }[] {
  return $$(el, '[part~="day"]').flatMap((day) => {
    const heading = day.querySelector('[part~="day-heading"]')!.textContent!.trim();
    return [...day.querySelectorAll<HTMLElement>('[part~="session"]')].map((s) => ({
      day: heading,
      when: s.querySelector('.when')!.textContent!.replace(/\s+/g, ' ').trim(),
      title: s.querySelector('[part~="title"]')!.textContent!.trim(),
      state: s.querySelector('[part~="state"]')?.textContent?.trim() ?? '',
    }));
  });
}

/** The offsets of the viewer's own zone and of `zone` at `at` agree. */
export function viewerShares(zone: string, at: number): boolean {
  const offset = (z: string) => new Intl.DateTimeFormat('en-US', { timeZone: z, timeZoneName: 'longOffset' })
    .formatToParts(at).find((p) => p.type === 'timeZoneName')!.value;
  return offset(Intl.DateTimeFormat().resolvedOptions().timeZone) === offset(zone);
}

/** Each agenda test starts with no cached feed, no remembered zone choice, the real clock and no agenda left on the page. */
export function isolateAgendaTests(): void {
  beforeEach(() => {
    clearFeedCache();
    forgetZoneChoice();
  });
  afterEach(() => {
    sinon.restore();
    setNow(null);
    forgetZoneChoice();
    for (const el of document.querySelectorAll('minga-agenda')) el.remove();
  });
}
