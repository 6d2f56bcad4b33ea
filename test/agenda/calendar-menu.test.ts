import { expect, html, waitUntil } from '@open-wc/testing';
import { DateTime } from 'luxon';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/minga-widgets.js';
import { $, SEED_FEED, isolate, waitForText } from '../support/fixture.js';
import {
  agendaFeed,
  calendarChoices,
  calendarFrom,
  calendarMenuOf,
  eventCalendarButton,
  mountAgenda,
  sessionCalendarButtons,
} from './harness.js';

isolate();

const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
const params = (href: string | undefined) => new URL(href!).searchParams;

/** The instant of a wall time in a zone, by luxon, as Outlook's links write it. */
const utc = (iso: string, zone: string) =>
  DateTime.fromISO(iso, { zone }).toUTC().toISO({ suppressMilliseconds: true });

describe('<minga-agenda> "Add to calendar" menu', () => {
  it('offers Google Calendar, Outlook.com, Microsoft 365 and the .ics file for each session, at the right instants', async () => {
    performance.clearResourceTimings();
    const el = await mountAgenda(html`<minga-agenda lang="en" src=${SEED_FEED} event="pd-lac-2019"></minga-agenda>`);
    await waitUntil(() => sessionCalendarButtons(el).length, 'the calendar buttons come with the lazy chunk');
    const button = sessionCalendarButtons(el)[1];
    expect(button.getAttribute('aria-haspopup')).to.equal('menu');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.click();
    const menu = await calendarMenuOf(button);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(menu.getAttribute('role')).to.equal('menu');
    expect(menu.getAttribute('aria-labelledby')).to.equal(button.id);
    // The first choice has focus, as the APG menu button pattern asks.
    await waitUntil(() => focused(el)?.textContent?.includes('Google Calendar'), 'focus on the first choice');
    const choices = calendarChoices(menu);
    expect(choices.map((c) => c.name)).to.deep.equal([
      'Google Calendar (opens in a new tab)',
      'Outlook.com (opens in a new tab)',
      'Microsoft 365 (opens in a new tab)',
      'Apple Calendar or other (.ics file)',
    ]);
    // Google: the wall time in Mexico City with the zone's name; Outlook and Microsoft 365: UTC.
    const google = params(choices[0].href);
    expect(google.get('dates')).to.equal('20191209T183000/20191209T200000');
    expect(google.get('ctz')).to.equal('America/Mexico_City');
    expect(google.get('text')).to.match(/^Policy dialogue: second session \(1st Policy Dialogue/);
    for (const { href } of choices.slice(1, 3)) {
      expect(params(href).get('startdt')).to.equal(utc('2019-12-09T18:30', 'America/Mexico_City'));
      expect(params(href).get('enddt')).to.equal(utc('2019-12-09T20:00', 'America/Mexico_City'));
    }
    expect(new URL(choices[1].href!).host).to.equal('outlook.live.com');
    expect(new URL(choices[2].href!).host).to.equal('outlook.office.com');
    for (const link of menu.querySelectorAll('a')) {
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener noreferrer');
      expect(link.href.length).to.be.below(2000);
    }
    // Nothing was asked of any calendar service: the links are only followed on a click.
    const hosts = performance.getEntriesByType('resource').map((r) => new URL(r.name).host);
    expect(hosts.filter((h) => h !== location.host)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('is used from the keyboard: arrows open and move, Escape closes and returns to the button', async () => {
    const el = await mountAgenda(html`<minga-agenda lang="en" src=${SEED_FEED} event="pd-lac-2019"></minga-agenda>`);
    await waitUntil(() => sessionCalendarButtons(el).length, 'the calendar buttons come with the lazy chunk');
    const button = sessionCalendarButtons(el)[0];
    button.focus();
    await sendKeys({ press: 'ArrowUp' });
    await calendarMenuOf(button);
    await waitUntil(() => focused(el)?.textContent?.includes('.ics'), 'ArrowUp opens on the last choice');
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)!.textContent).to.contain('Google Calendar'); // wraps round
    await sendKeys({ press: 'End' });
    expect(focused(el)!.textContent).to.contain('.ics');
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)!.textContent).to.contain('Outlook.com');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => focused(el) === button, 'focus back on the button');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.parentElement!.querySelector('[role="menu"]')).to.equal(null);
    // Enter on the button opens it on its first choice; Tab moves on past the menu, which closes.
    await sendKeys({ press: 'Enter' });
    await calendarMenuOf(button);
    await waitUntil(() => focused(el)?.textContent?.includes('Google Calendar'), 'Enter opens on the first choice');
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => button.getAttribute('aria-expanded') === 'false', 'Tab closes the menu');
    expect(focused(el)).to.not.equal(button);
    expect(focused(el)?.closest('[role="menu"]') ?? null).to.equal(null);
  });

  it('offers only the calendars the page chooses, and a plain download for the file alone', async () => {
    const el = await mountAgenda(
      html`<minga-agenda lang="en" calendars="ics google" src=${SEED_FEED} event="pd-lac-2019"></minga-agenda>`,
    );
    const button = eventCalendarButton(el)!;
    button.click();
    expect(calendarChoices(await calendarMenuOf(button)).map((c) => c.name)).to.deep.equal([
      'Google Calendar (opens in a new tab)',
      'Apple Calendar or other (.ics file)',
    ]);
    el.calendars = 'ics';
    await el.updateComplete;
    const plain = eventCalendarButton(el)!;
    expect(plain.hasAttribute('aria-haspopup')).to.be.false;
    const file = await calendarFrom(plain, el);
    expect(file.filename).to.equal('pd-lac-2019.ics');
    // Words it does not know leave every calendar offered.
    el.calendars = 'yahoo';
    await el.updateComplete;
    eventCalendarButton(el)!.click();
    expect(calendarChoices(await calendarMenuOf(eventCalendarButton(el)!))).to.have.length(4);
  });

  it('puts a whole-day event in as all-day entries, the end day exclusive', async () => {
    const feed = agendaFeed([{ start: '2019-12-09T10:00', end: '2019-12-09T11:00' }], {
      start: '2019-12-09',
      end: '2019-12-11',
    });
    const el = await mountAgenda(html`<minga-agenda lang="en" .feed=${feed}></minga-agenda>`);
    const button = eventCalendarButton(el)!;
    button.click();
    const [google, outlook, office] = calendarChoices(await calendarMenuOf(button));
    expect(params(google.href).get('dates')).to.equal('20191209/20191212');
    expect(params(google.href).has('ctz')).to.be.false;
    for (const { href } of [outlook, office])
      expect([params(href).get('startdt'), params(href).get('enddt'), params(href).get('allday')]).to.deep.equal([
        '2019-12-09',
        '2019-12-12',
        'true',
      ]);
  });

  it('speaks the viewer’s language, opens one menu at a time and closes when focus leaves', async () => {
    const el = await mountAgenda(html`<minga-agenda lang="es" src=${SEED_FEED} event="pd-lac-2019"></minga-agenda>`);
    await waitForText(el, 'Agregar al calendario');
    const [first, second] = sessionCalendarButtons(el);
    first.click();
    const menu = await calendarMenuOf(first);
    expect(calendarChoices(menu).map((c) => c.name)).to.deep.equal([
      'Google Calendar (se abre en una pestaña nueva)',
      'Outlook.com (se abre en una pestaña nueva)',
      'Microsoft 365 (se abre en una pestaña nueva)',
      'Apple Calendar u otro (archivo .ics)',
    ]);
    // The texts of the links are the feed's Spanish ones.
    expect(params(calendarChoices(menu)[0].href).get('text')).to.match(/^Diálogo de políticas/);
    second.click();
    await calendarMenuOf(second);
    expect(first.getAttribute('aria-expanded')).to.equal('false');
    await expect(el).to.be.accessible();
    // Focus moving elsewhere in the agenda closes the menu.
    await waitUntil(() => focused(el)?.getAttribute('role') === 'menuitem', 'focus in the menu');
    $(el, '[part~="zone-switch"]')?.focus();
    first.focus();
    await waitUntil(() => second.getAttribute('aria-expanded') === 'false', 'the menu closes');
  });
});
