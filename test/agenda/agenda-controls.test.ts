import { expect, waitUntil, html, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import ICAL from 'ical.js';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/minga-widgets.js';
import { setNow } from '../../src/index.js';
import { $, $$, SEED_FEED, expectNothingFetched, isolate, shownText, textOf, textRect } from '../support/fixture.js';
import { skipWithout } from '../support/capability.js';
import {
  agendaFeed,
  calendarFrom,
  chooseCalendarFile,
  eventCalendarButton,
  mountAgenda,
  sessionCalendarButtons,
  sessionTimes,
  sessionsShown,
  trackButtons,
  viewerShares,
  zoneSwitch,
} from './harness.js';

const TRACKS = agendaFeed([
  { title: 'Opening', start: '2019-12-09T09:00', end: '2019-12-09T10:00' },
  { title: 'Finance A', start: '2019-12-09T10:00', end: '2019-12-09T11:00', track: { en: 'Finance', es: 'Finanzas' } },
  { title: 'Housing A', start: '2019-12-09T10:00', end: '2019-12-09T11:00', track: 'Housing', location: 'Room 2' },
  {
    title: 'Finance B',
    start: '2019-12-10T10:00',
    end: '2019-12-10T11:00',
    track: 'Finance',
    description: 'Line one.\nLine two.',
    speakers: [{ name: 'Ana Example', affiliation: 'Example City' }, { name: 'Bo Example' }],
  },
]);

/** Parses an .ics text with Mozilla's ical.js, using only the VTIMEZONEs in the file. */
function parseCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  ICAL.TimezoneService.reset();
  for (const vtz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtz);
  return calendar.getAllSubcomponents('vevent').map((c: unknown) => new ICAL.Event(c as never));
}

describe('<minga-agenda> controls', () => {
  isolate();

  describe('time-zone switch', () => {
    it("flips between the event's zone and the viewer's, says which, and remembers it on the site", async function () {
      const viewer = Intl.DateTimeFormat().resolvedOptions().timeZone;
      if (viewerShares('America/Mexico_City', Date.UTC(2019, 11, 9, 18))) this.skip(); // no switch to test here
      const el = await mountAgenda(html`<minga-agenda lang="en" src=${SEED_FEED} event="pd-lac-2019"></minga-agenda>`);
      const button = zoneSwitch(el)!;
      expect(button.getAttribute('aria-pressed')).to.equal('false');
      expect(shownText(el)).to.contain('Your time zone is');
      const changed = oneEvent(el, 'minga-time-zone-change');
      button.click();
      expect((await changed).detail).to.deep.equal({ zone: viewer, viewerZone: true });
      await el.updateComplete;
      expect(zoneSwitch(el)!.getAttribute('aria-pressed')).to.equal('true');
      expect(shownText(el)).to.contain('The event takes place in Mexico City time, UTC\u22126.');
      const first = sessionTimes(el)[0]!;
      expect(Date.parse(first)).to.equal(Date.parse('2019-12-09T12:30:00-06:00'));
      expect(first).to.not.contain('-06:00');

      // A second agenda on the site opens the way the viewer left the first.
      const other = await mountAgenda(
        html`<minga-agenda lang="en" src=${SEED_FEED} event="pd-lac-2019"></minga-agenda>`,
      );
      expect(sessionTimes(other)[0]).to.equal(first);
      await expect(other).to.be.accessible();
    });

    it("never lets a remembered choice override a zone the page set, and flips that zone with the viewer's", async function () {
      if (viewerShares('Asia/Seoul', Date.UTC(2019, 11, 9, 18))) this.skip();
      localStorage.setItem('minga-widgets:time-zone', 'event');
      const el = await mountAgenda(
        html`<minga-agenda lang="en" time-zone="Asia/Seoul" src=${SEED_FEED} event="pd-lac-2019"></minga-agenda>`,
      );
      expect(sessionTimes(el)[0]).to.equal('2019-12-10T03:30:00+09:00');
      const button = zoneSwitch(el)!;
      button.click();
      await el.updateComplete;
      expect(sessionTimes(el)[0]).to.not.contain('+09:00');
      button.click();
      await el.updateComplete;
      expect(sessionTimes(el)[0]).to.equal('2019-12-10T03:30:00+09:00');
      // The page's own zone is not the site-wide default, so nothing was remembered.
      expect(localStorage.getItem('minga-widgets:time-zone')).to.equal('event');
    });

    it('shows no switch when the viewer already is on event time', async () => {
      const viewer = Intl.DateTimeFormat().resolvedOptions().timeZone;
      const feed = agendaFeed([{ start: '2019-12-09T10:00', end: '2019-12-09T11:00' }], { timeZone: viewer });
      const el = await mountAgenda(html`<minga-agenda lang="en" .feed=${feed}></minga-agenda>`);
      expect(zoneSwitch(el)).to.equal(null);
      expect(shownText(el)).to.not.contain('Your time zone');
    });
  });

  describe('track filter', () => {
    it('shows only the chosen track (and sessions for everyone), and says how many', async () => {
      const el = await mountAgenda(html`<minga-agenda lang="en" .feed=${TRACKS}></minga-agenda>`);
      const buttons = trackButtons(el);
      expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal(['All tracks', 'Finance', 'Housing']);
      expect(buttons[0].getAttribute('aria-pressed')).to.equal('true');
      buttons[2].click();
      await el.updateComplete;
      expect(sessionsShown(el).map((s) => s.title)).to.deep.equal(['Opening', 'Housing A']);
      expect(buttons[2].getAttribute('aria-pressed')).to.equal('true');
      expect($(el, '[part~="count"]')!.textContent).to.equal('Showing 2 of 4 sessions.');
      expect(buttons[0].getAttribute('aria-pressed')).to.equal('false');
      // A day left with no session of the track disappears rather than showing an empty heading.
      expect($$(el, '[part~="day"]')).to.have.length(1);
      buttons[1].click();
      await el.updateComplete;
      expect(sessionsShown(el).map((s) => s.title)).to.deep.equal(['Opening', 'Finance A', 'Finance B']);
      await expect(el).to.be.accessible();
      buttons[0].click();
      await el.updateComplete;
      expect($(el, '[part~="count"]')!.textContent).to.equal('Showing all 4 sessions.');
    });

    it('marks the next session of the track shown', async () => {
      setNow(Date.parse('2019-12-09T10:30:00-06:00'), { frozen: true });
      const el = await mountAgenda(html`<minga-agenda lang="en" .feed=${TRACKS}></minga-agenda>`);
      // With every track, nothing is next on the 9th after 10:00–11:00 but Finance B on the 10th.
      trackButtons(el)[2].click(); // Housing
      await el.updateComplete;
      expect(sessionsShown(el).map((s) => `${s.title} ${s.state}`)).to.deep.equal(['Opening Ended', 'Housing A Now']);
      trackButtons(el)[1].click(); // Finance
      await el.updateComplete;
      expect(sessionsShown(el).map((s) => `${s.title} ${s.state}`)).to.deep.equal([
        'Opening Ended',
        'Finance A Now',
        'Finance B Next',
      ]);
    });

    it('makes one track of texts that share a language and wording, in any order', async () => {
      const feed = agendaFeed([
        { start: '2019-12-09T09:00', end: '2019-12-09T10:00', track: { en: 'Finance' } },
        { start: '2019-12-09T09:00', end: '2019-12-09T10:00', track: { es: 'Finanzas' } },
        { start: '2019-12-09T10:00', end: '2019-12-09T11:00', track: { en: 'Finance', es: 'Finanzas' } },
        { start: '2019-12-09T10:00', end: '2019-12-09T11:00', track: 'Housing' },
      ]);
      const el = await mountAgenda(html`<minga-agenda lang="en" .feed=${feed}></minga-agenda>`);
      expect(trackButtons(el).map((b) => b.textContent!.trim())).to.deep.equal(['All tracks', 'Finance', 'Housing']);
    });

    it('offers no filter when the sessions have one track or none', async () => {
      const el = await mountAgenda(html`<minga-agenda lang="en" src=${SEED_FEED} event="pd-lac-2019"></minga-agenda>`);
      expect($(el, '[part~="filter"]')).to.equal(null);
    });
  });

  describe('session details', () => {
    it('shows track, room and speakers, and the description on demand, by keyboard', async () => {
      const el = await mountAgenda(html`<minga-agenda lang="en" .feed=${TRACKS}></minga-agenda>`);
      expect(shownText(el)).to.contain('Housing · Room 2');
      expect(shownText(el)).to.contain('Ana Example (Example City); Bo Example');
      const toggle = $(el, '[part~="toggle"]')!;
      const description = $(el, '[part~="description"]')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(description.hidden).to.equal(true);
      expect(toggle.getAttribute('aria-controls')).to.equal(description.id);
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(description.hidden).to.equal(false);
      // The feed's line break is shown: "Line two." starts a line of its own, under "Line one.".
      const [one, two] = [textRect(description, 'Line one.'), textRect(description, 'Line two.')];
      expect(two.top, 'a line lower').to.be.at.least(one.bottom - 1);
      expect(two.left, 'at the start of the line').to.be.closeTo(one.left, 1);
      expect(toggle.textContent).to.contain('Hide details');
      await expect(el).to.be.accessible();
      await sendKeys({ press: ' ' }); // Space
      await el.updateComplete;
      expect(description.hidden).to.equal(true);
    });

    it('hides the header, descriptions and speakers on request', async () => {
      const el = await mountAgenda(
        html`<minga-agenda lang="en" hide-header hide-descriptions hide-speakers .feed=${TRACKS}></minga-agenda>`,
      );
      expect($(el, '[part~="header"]')).to.equal(null);
      expect($(el, '[part~="toggle"]')).to.equal(null);
      expect($(el, '[part~="description"]')).to.equal(null);
      expect(shownText(el)).to.not.contain('Ana Example');
      expect(sessionsShown(el)).to.have.length(4);
      await expect(el).to.be.accessible();
    });
  });

  describe('add to calendar', () => {
    it('offers the whole event as an .ics file that parses back to the right instants', async () => {
      const el = await mountAgenda(html`<minga-agenda lang="es" src=${SEED_FEED} event="pd-lac-2019"></minga-agenda>`);
      const file = await calendarFrom(eventCalendarButton(el)!, el);
      expect(file.filename).to.equal('pd-lac-2019.ics');
      expect(file.sessionId).to.equal(undefined);
      const [event] = parseCalendar(file.content);
      expect(event.summary).to.equal(
        '1.er Diálogo de Políticas sobre Economía Social y Solidaria en América Latina y el Caribe',
      );
      expect(event.startDate.toJSDate().getTime()).to.equal(Date.parse('2019-12-09T12:30:00-06:00'));
      expect(event.endDate.toJSDate().getTime()).to.equal(Date.parse('2019-12-09T20:00:00-06:00'));
      expect(event.startDate.zone.tzid).to.equal('America/Mexico_City');
      // The same venue line as the agenda's header, the country named in the file's language.
      expect(event.location).to.equal('Iztapalapa, Ciudad de México, México');
    });

    it('offers each session as its own file, with the event name and the session times', async () => {
      const el = await mountAgenda(html`<minga-agenda lang="en" src=${SEED_FEED} event="pd-lac-2019"></minga-agenda>`);
      await waitUntil(() => sessionCalendarButtons(el).length, 'the calendar buttons come with the lazy chunk');
      const buttons = sessionCalendarButtons(el);
      // What a screen reader says: the whole sentence, which starts with the short visible label.
      expect(buttons[1].getAttribute('aria-label')).to.equal('Add to calendar: Policy dialogue: second session');
      expect(textOf(buttons[1])).to.equal('Add to calendar');
      const file = await calendarFrom(buttons[1], el);
      expect(file).to.include({ eventId: 'pd-lac-2019', sessionId: 'block-2', filename: 'block-2.ics' });
      const [event] = parseCalendar(file.content);
      // Stable for this feed address, and different for another feed using the same ids.
      expect(event.uid).to.match(/^block-2\/pd-lac-2019\/[0-9a-z]+@minga-widgets$/);
      const again = parseCalendar((await calendarFrom(buttons[1], el)).content)[0];
      expect(again.uid).to.equal(event.uid);
      const copy = await mountAgenda(
        html`<minga-agenda lang="en" src=${`${SEED_FEED}?copy`} event="pd-lac-2019"></minga-agenda>`,
      );
      const other = parseCalendar((await calendarFrom(sessionCalendarButtons(copy)[1], copy)).content)[0];
      expect(other.uid).to.not.equal(event.uid);
      expect(event.summary).to.equal(
        'Policy dialogue: second session (1st Policy Dialogue on Social and Solidarity Economy in Latin America and the Caribbean)',
      );
      expect(event.startDate.toJSDate().getTime()).to.equal(Date.parse('2019-12-09T18:30:00-06:00'));
      expect(event.endDate.toJSDate().getTime()).to.equal(Date.parse('2019-12-09T20:00:00-06:00'));
    });

    it('shows a cancelled event prominently and writes its calendar entries as cancelled', async () => {
      const feed = agendaFeed([{ start: '2019-12-09T10:00', end: '2019-12-09T11:00' }], { status: 'cancelled' });
      const el = await mountAgenda(html`<minga-agenda lang="en" .feed=${feed}></minga-agenda>`);
      expect($(el, '[part~="status"]')!.textContent).to.equal('Cancelled');
      const file = await calendarFrom(sessionCalendarButtons(el)[0], el);
      expect(parseCalendar(file.content)[0].component.getFirstPropertyValue('status')).to.equal('CANCELLED');
    });

    it('spans the whole programme when the event gives a first day and no end', async () => {
      const feed = agendaFeed(
        [
          { start: '2019-12-09T10:00', end: '2019-12-09T11:00' },
          { start: '2019-12-10T16:00', end: '2019-12-10T17:00' },
        ],
        { start: '2019-12-09', end: undefined },
      );
      const el = await mountAgenda(html`<minga-agenda lang="en" .feed=${feed}></minga-agenda>`);
      const [event] = parseCalendar((await calendarFrom(eventCalendarButton(el)!, el)).content);
      expect(event.startDate.toString()).to.equal('2019-12-09');
      expect(event.endDate.toString()).to.equal('2019-12-11'); // exclusive: the 9th and the 10th
    });

    it('offers no calendar file for a postponed event, whose dates will not hold', async () => {
      const feed = agendaFeed([{ start: '2019-12-09T10:00', end: '2019-12-09T11:00' }], { status: 'postponed' });
      const el = await mountAgenda(html`<minga-agenda lang="en" .feed=${feed}></minga-agenda>`);
      expect($(el, '[part~="status"]')!.textContent).to.equal('Postponed');
      expect($(el, '[part~="calendar"]')).to.equal(null);
    });

    it('downloads the file from the page itself when nobody takes it over', async () => {
      const created = sinon.spy(URL, 'createObjectURL');
      const clicked = sinon.stub(HTMLAnchorElement.prototype, 'click');
      const el = await mountAgenda(html`<minga-agenda lang="en" src=${SEED_FEED} event="pd-lac-2019"></minga-agenda>`);
      await chooseCalendarFile(eventCalendarButton(el)!);
      // The calendar code loads on the first click.
      await waitUntil(() => clicked.called, 'the download');
      expect(clicked.calledOnce).to.equal(true);
      const anchor = clicked.firstCall.thisValue as HTMLAnchorElement;
      expect(anchor.download).to.equal('pd-lac-2019.ics');
      expect(anchor.href).to.match(/^blob:/);
      const blob = created.firstCall.args[0] as Blob;
      expect(blob.type).to.equal('text/calendar;charset=utf-8');
      expect(await blob.text()).to.match(/^BEGIN:VCALENDAR\r\n/);
    });
  });

  describe('privacy', () => {
    it('requests nothing but the feed, and holds nothing that could', async () => {
      performance.clearResourceTimings();
      const el = await mountAgenda(html`<minga-agenda lang="en" src=${SEED_FEED} event="pd-lac-2019"></minga-agenda>`);
      const other = await mountAgenda(html`<minga-agenda lang="en" .feed=${TRACKS}></minga-agenda>`);
      $(other, '[part~="toggle"]')!.click();
      await other.updateComplete;
      expectNothingFetched(el);
      expectNothingFetched(other);
      const requested = performance.getEntriesByType('resource').map((r) => r.name);
      expect(requested).to.deep.equal([new URL(SEED_FEED, location.href).href]);
    });
  });

  describe('layout', () => {
    it('stacks the time above the title in a narrow container, whatever the window width', async () => {
      const wide = await mountAgenda(
        html`<div style="width: 900px">
          <minga-agenda lang="en" src=${SEED_FEED} event="pd-lac-2019"></minga-agenda>
        </div>`,
      );
      const narrow = await mountAgenda(
        html`<div style="width: 300px">
          <minga-agenda lang="en" src=${SEED_FEED} event="pd-lac-2019"></minga-agenda>
        </div>`,
      );
      const columns = (el: HTMLElement) => getComputedStyle($(el, '.session')!).gridTemplateColumns.split(' ').length;
      expect(columns(wide)).to.equal(2);
      expect(columns(narrow)).to.equal(1);
      const [time, title] = [$(narrow, '.when')!, $(narrow, '[part~="title"]')!].map((e) => e.getBoundingClientRect());
      expect(title.top).to.be.greaterThan(time.bottom - 1);
    });

    it('keeps a comfortable width inside a flex row, and shrinks with it', async () => {
      const el = await mountAgenda(
        html`<div style="display: flex; width: 1200px">
          <minga-agenda lang="en" src=${SEED_FEED} event="pd-lac-2019"></minga-agenda>
        </div>`,
      );
      const width = el.getBoundingClientRect().width;
      expect(width).to.be.greaterThan(400);
      (el.parentElement as HTMLElement).style.width = '320px';
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
      expect(getComputedStyle($(el, '.session')!).gridTemplateColumns.split(' ').length).to.equal(1);
    });

    it('mirrors in a right-to-left page: the time column on the right', async () => {
      const el = await mountAgenda(
        html`<div dir="rtl" style="width: 900px">
          <minga-agenda lang="en" src=${SEED_FEED} event="pd-lac-2019"></minga-agenda>
        </div>`,
      );
      const [time, body] = [$(el, '.when')!, $(el, '.body')!].map((e) => e.getBoundingClientRect());
      expect(time.left).to.be.greaterThan(body.right - 1);
    });

    it('prints the programme without buttons and with every description', async function () {
      await skipWithout(this, 'emulate-media');
      const el = await mountAgenda(html`<minga-agenda lang="en" theme="dark" .feed=${TRACKS}></minga-agenda>`);
      await emulateMedia({ media: 'print' });
      try {
        expect($$(el, 'button').every((b) => getComputedStyle(b).display === 'none')).to.equal(true);
        expect(getComputedStyle($(el, '[part~="description"]')!).display).to.equal('block');
        expect(getComputedStyle(el).color).to.equal('rgb(0, 0, 0)');
        expect(getComputedStyle($(el, '.session')!).breakInside).to.equal('avoid');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('has no accessibility violations with a dark theme while a session is under way', async () => {
      setNow(Date.parse('2019-12-09T10:30:00-06:00'), { frozen: true });
      const el = await mountAgenda(html`<minga-agenda lang="en" theme="dark" .feed=${TRACKS}></minga-agenda>`);
      expect(sessionsShown(el).map((s) => s.state)).to.deep.equal(['Ended', 'Now', 'Now', 'Next']);
      await expect(el).to.be.accessible();
    });
  });
});
