import { expect, html } from '@open-wc/testing';
import '../../src/minga-widgets.js';
import { setNow } from '../../src/index.js';
import { $, SEED_FEED, datetimes, isolate, shownText } from '../support/fixture.js';
import { mountAgenda, sessionTimes, zoneSwitch } from '../agenda/harness.js';
import { mountCountdown } from '../countdown/harness.js';
import { mountSummary } from '../event-summary/harness.js';

// These tests run in browsers whose own clock is set to Pacific/Kiritimati (UTC+14; see
// web-test-runner.config.mjs): a viewer for whom the Mexico City dialogue happens on the next day.
const VIEWER = 'Pacific/Kiritimati';

describe('a viewer in Pacific/Kiritimati (UTC+14)', () => {
  isolate();

  it('is where the browser says it is', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(VIEWER);
    expect(new Date(Date.UTC(2019, 11, 9, 18, 30)).getDate()).to.equal(10);
  });

  it("sees the agenda in the event's time by default, told their own, and on 10 December with the switch", async () => {
    const el = await mountAgenda(html`<minga-agenda lang="en" src=${SEED_FEED} event="pd-lac-2019"></minga-agenda>`);
    expect(shownText(el)).to.contain(
      'Times are in Mexico City time, UTC\u22126. Your time zone is Kiritimati time, UTC+14.',
    );
    expect(sessionTimes(el)[0]).to.equal('2019-12-09T12:30:00-06:00');
    zoneSwitch(el)!.click();
    await el.updateComplete;
    expect(sessionTimes(el)).to.deep.equal([
      '2019-12-10T08:30:00+14:00',
      '2019-12-10T10:30:00+14:00',
      '2019-12-10T14:30:00+14:00',
      '2019-12-10T16:00:00+14:00',
    ]);
    expect($(el, '[part~="day-heading"]')!.textContent!.trim()).to.equal('Tuesday, December 10, 2019');
    expect(shownText(el)).to.contain('The event takes place in Mexico City time, UTC\u22126.');
  });

  it('sees the summary with time-zone="local" on their own date, and partial dates unconverted', async () => {
    const lac = await mountSummary(
      html`<minga-event-summary
        lang="en"
        time-zone="local"
        src=${SEED_FEED}
        event="pd-lac-2019"></minga-event-summary>`,
    );
    expect(shownText(lac)).to.contain('Tuesday, December 10, 2019');
    expect(datetimes(lac)).to.deep.equal(['2019-12-10T08:30:00+14:00', '2019-12-10T16:00:00+14:00']);
    const africa = await mountSummary(
      html`<minga-event-summary
        lang="en"
        time-zone="local"
        src=${SEED_FEED}
        event="pd-africa-2019"></minga-event-summary>`,
    );
    expect(shownText(africa)).to.contain('April 2019');
    expect(datetimes(africa)).to.deep.equal(['2019-04']);
  });

  it("counts down to a target written without a zone as the viewer's own wall time", async () => {
    setNow('2029-12-31T18:00:00Z', { frozen: true }); // 08:00 on 1 January in Kiritimati
    const el = await mountCountdown(
      html`<minga-countdown lang="en" precision="minutes" target="2030-01-01T10:00"></minga-countdown>`,
    );
    expect(datetimes(el)).to.deep.equal(['2030-01-01T10:00:00+14:00']);
    expect($(el, '[part~="hours-number"]')!.textContent!.trim()).to.equal('2');
  });
});
