import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/minga-widgets.js';
import { clearFeedCache } from '../../src/index.js';
import { waitForText } from '../support/helpers.js';

/** pretalx publishes the programme at /schedule/export/schedule.json; the fixture is shaped like it (fictional). */
const SCHEDULE = '/test/fixtures/import/frab/pretalx-schedule.json';

describe('an element whose src is a frab schedule.json', () => {
  beforeEach(() => clearFeedCache());
  afterEach(() => sinon.restore());

  it('shows it as one event, each talk at the instant its date names, in the conference’s zone', async () => {
    sinon.stub(console, 'warn');
    const el = await fixture<HTMLElement>(
      html`<minga-agenda view="list" src=${SCHEDULE} lang="es" time-zone="event"></minga-agenda>`,
    );
    await waitForText(el, 'Apertura: economía social y solidaria en Europa');
    await waitForText(el, '사회적경제와 지방정부');
    const times = [...el.shadowRoot!.querySelectorAll('time[datetime]')].map((t) =>
      Date.parse(t.getAttribute('datetime')!),
    );
    // Talk 101: "2026-10-23T09:30:00+02:00"; talk 108 after the clocks went back: "2026-10-25T09:00:00+01:00".
    expect(times).to.include(Date.parse('2026-10-23T09:30:00+02:00'));
    expect(times).to.include(Date.parse('2026-10-25T09:00:00+01:00'));
    // The talk whose title starts "Cancelado:" is a cancelled session, struck through, its mark taken off.
    await waitForText(el, 'Mercados locales');
    expect(el.shadowRoot!.textContent).to.not.contain('Cancelado: Mercados');
  });

  it('reports the conversion’s problems like a feed’s, by JSON Pointer into the schedule', async () => {
    const warn = sinon.stub(console, 'warn');
    const error = sinon.stub(console, 'error');
    const el = await fixture<HTMLElement>(html`<minga-agenda view="list" src=${SCHEDULE}></minga-agenda>`);
    await waitForText(el, 'Clausura y próximos pasos');
    await waitUntil(() => warn.called || error.called, 'problems reported');
    const report = [...warn.args, ...error.args].map((a) => String(a[0])).join('\n');
    expect(report).to.contain(SCHEDULE.replace(/^\//, ''));
    // The 26.5-hour second part of talk 108 is flagged where it sits in the schedule (day 3, Sala Ñandú).
    expect(report).to.match(/\/schedule\/conference\/days\/2\/rooms\/Sala Ñandú\/0: .*26\.5 hours/);
  });

  it('says a schedule with nothing to show has no event, and lists why in the console', async () => {
    sinon.stub(console, 'warn');
    const error = sinon.stub(console, 'error');
    const body = JSON.stringify({ schedule: { version: '1', conference: null } });
    const url = URL.createObjectURL(new Blob([body], { type: 'application/json' }));
    const el = await fixture<HTMLElement>(html`<minga-agenda src=${url}></minga-agenda>`);
    await waitForText(el, 'has no event that can be shown; the browser console lists its problems.');
    expect(error.args.map((a) => String(a[0])).join('\n')).to.match(/error {2}\/schedule: .*no "conference"/);
    URL.revokeObjectURL(url);
  });

  it('keeps no stored copy of a schedule, which only the server can convert again', async () => {
    sinon.stub(console, 'warn');
    const el = await fixture<HTMLElement>(html`<minga-agenda view="list" src=${SCHEDULE}></minga-agenda>`);
    await waitForText(el, 'Clausura y próximos pasos');
    const url = new URL(SCHEDULE, location.href).href;
    expect(localStorage.getItem(`minga-widgets:feed:${url}`)).to.equal(null);
    // A feed read the same way is kept: the check above would see one.
    const feed = await fixture<HTMLElement>(
      html`<minga-agenda src="/demo/feed.json" event="pd-lac-2019"></minga-agenda>`,
    );
    await waitForText(feed, 'Policy dialogue: first session');
    expect(localStorage.getItem(`minga-widgets:feed:${new URL('/demo/feed.json', location.href).href}`)).to.not.equal(
      null,
    );
  });
});
