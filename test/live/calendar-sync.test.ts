import { expect, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import '../../src/minga-widgets.js';
import { subscribeLinks } from '../../src/calendar/subscribe.js';
import { $$, isolate, mount, waitForText } from '../support/fixture.js';
import { calendarFrom, sessionCalendarButtons } from '../agenda/harness.js';

type Run = { code: number; stdout: string; stderr: string };
const cli = (...args: string[]) => executeServerCommand<Run, { args: string[] }>('minga-cli', { args });

const FIXTURE = 'test/fixtures/live-forum.json';
const FEED_URL = new URL(`/${FIXTURE}`, location.href).href;

/** The entries of a calendar file as ical.js reads it, with only the VTIMEZONEs inside it. */
function entries(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  ICAL.TimezoneService.reset();
  for (const vtz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtz);
  return {
    // An X- property is not TEXT to ical.js, which leaves its escapes; calendar apps read it as TEXT.
    name: String(calendar.getFirstPropertyValue('x-wr-calname')).replace(/\\([\\;,])/g, '$1'),
    events: calendar.getAllSubcomponents('vevent').map((c: any) => ({
      uid: c.getFirstPropertyValue('uid') as string,
      summary: c.getFirstPropertyValue('summary') as string,
      status: c.getFirstPropertyValue('status') as string,
      sequence: c.getFirstPropertyValue('sequence') as number | null,
      lastModified: c.getFirstPropertyValue('last-modified')?.toJSDate().toISOString() ?? null,
      start: c.getFirstPropertyValue('dtstart').toJSDate().toISOString() as string,
      end: c.getFirstPropertyValue('dtend').toJSDate().toISOString() as string,
    })),
  };
}

describe('npx minga-widgets ics: calendars that stay in sync', () => {
  it('writes one entry per session, at the right instants across a clock change, cancelled ones cancelled', async () => {
    const run = await cli('ics', FIXTURE, 'forum', '--sessions', `--feed-url=${FEED_URL}`);
    expect(run.code, run.stderr).to.equal(0);
    const { events, name } = entries(run.stdout);
    expect(name).to.equal('Fictional forum');
    expect(events).to.deep.equal([
      {
        // 22:00 BST on 25 October is 21:00 UTC.
        uid: `dropped/forum/${events[0].uid.split('/')[2]}`,
        summary: 'Called off (Fictional forum)',
        status: 'CANCELLED',
        // A session without its own `updated` takes the event's: 2031-10-20T10:00Z.
        sequence: (Date.parse('2031-10-20T10:00:00Z') - Date.UTC(2020, 0, 1)) / 60_000,
        lastModified: '2031-10-20T10:00:00.000Z',
        start: '2031-10-25T21:00:00.000Z',
        end: '2031-10-25T22:00:00.000Z',
      },
      {
        // 00:30 is still BST (UTC+1); 02:30 is after the clocks went back at 02:00 BST, so GMT.
        uid: `night/forum/${events[0].uid.split('/')[2]}`,
        summary: 'Across the clock change (Fictional forum)',
        status: 'CONFIRMED',
        // Minutes from 2020-01-01 to 2031-10-24T06:30Z.
        sequence: (Date.parse('2031-10-24T06:30:00Z') - Date.UTC(2020, 0, 1)) / 60_000,
        lastModified: '2031-10-24T06:30:00.000Z',
        start: '2031-10-25T23:30:00.000Z',
        end: '2031-10-26T02:30:00.000Z',
      },
    ]);
  });

  it('writes one entry per event by default, in the language asked, leaving out postponed ones', async () => {
    const run = await cli('ics', FIXTURE, '--lang=es', `--feed-url=${FEED_URL}`);
    expect(run.code, run.stderr).to.equal(0);
    const { events, name } = entries(run.stdout);
    expect(name).to.equal('Fictional forums (test data, not a real event)');
    expect(events.map((e) => [e.summary, e.start, e.end])).to.deep.equal([
      ['Foro ficticio', '2031-10-25T21:00:00.000Z', '2031-10-26T03:00:00.000Z'],
      // An all-day entry: floating dates, as ical.js reads them.
      ['Later fictional forum', new Date(2032, 1, 10).toISOString(), new Date(2032, 1, 12).toISOString()],
    ]);
  });

  it("gives each session the UID of the agenda's own download, so a subscribed calendar replaces it", async () => {
    const run = await cli('ics', FIXTURE, 'forum', '--sessions', `--feed-url=${FEED_URL}`);
    const subscribed = entries(run.stdout).events.map((e) => e.uid);
    const agenda = await mount(html`<minga-agenda src=${`/${FIXTURE}`} event="forum"></minga-agenda>`);
    await waitForText(agenda, 'Across the clock change');
    // The cancelled session offers no download; the other one does.
    const [button] = sessionCalendarButtons(agenda);
    const downloaded = entries((await calendarFrom(button, agenda)).content).events[0].uid;
    expect(subscribed).to.include(downloaded);
    agenda.remove();
  });

  it("refuses a feed with errors, an unknown event, and warns when UIDs cannot match the agenda's", async () => {
    const broken = await cli('ics', 'test/fixtures/broken-feed.json');
    expect(broken.code).to.equal(1);
    expect(broken.stderr).to.contain('/events/1/start');
    expect(broken.stdout).to.equal('');
    const unknown = await cli('ics', FIXTURE, 'no-such-event');
    expect(unknown.code).to.equal(1);
    expect(unknown.stderr).to.contain('"no-such-event"');
    const local = await cli('ics', FIXTURE);
    expect(local.code).to.equal(0);
    expect(local.stderr).to.contain('--feed-url');
  });
});

describe('subscribing to the hosted programme', () => {
  isolate();

  it('links webcal, Google Calendar and Outlook to the hosted file, and nothing for other schemes', () => {
    const links = subscribeLinks('https://example.org/forum/programme.ics', 'Fictional forum');
    expect(Object.fromEntries(links.map((l) => [l.app, l.href]))).to.deep.equal({
      webcal: 'webcal://example.org/forum/programme.ics',
      google: 'https://calendar.google.com/calendar/r?cid=webcal%3A%2F%2Fexample.org%2Fforum%2Fprogramme.ics',
      'outlook-com':
        'https://outlook.live.com/calendar/0/addfromweb?url=https%3A%2F%2Fexample.org%2Fforum%2Fprogramme.ics&name=Fictional%20forum',
      'outlook-365':
        'https://outlook.office.com/calendar/0/addfromweb?url=https%3A%2F%2Fexample.org%2Fforum%2Fprogramme.ics&name=Fictional%20forum',
      ics: 'https://example.org/forum/programme.ics',
    });
    expect(subscribeLinks('javascript:alert(1)', 'x')).to.deep.equal([]);
    expect(subscribeLinks('ftp://example.org/a.ics', 'x')).to.deep.equal([]);
  });

  it('offers "Subscribe to the programme" in the agenda with calendar-src, resolved against the page', async () => {
    const without = await mount(html`<minga-agenda src=${`/${FIXTURE}`} event="forum"></minga-agenda>`);
    await waitForText(without, 'Across the clock change');
    expect($$(without, '[part~="subscribe"]')).to.have.length(0);
    const el = await mount(
      html`<minga-agenda
        lang="es"
        src=${`/${FIXTURE}`}
        event="forum"
        calendar-src="/calendars/forum.ics"></minga-agenda>`,
    );
    await waitForText(el, 'Suscribirse al programa');
    const hrefs = $$(el, '[part~="subscribe"] a').map((a) => a.getAttribute('href'));
    expect(hrefs[0]).to.equal(`webcal://${location.host}/calendars/forum.ics`);
    expect(hrefs.at(-1)).to.equal(`${location.origin}/calendars/forum.ics`);
    expect(hrefs).to.have.length(5);
  });
});
