import { expect, html } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../src/minga-widgets.js';
import { setNow } from '../../src/index.js';
import { world } from '../../src/generated/world-110m.js';
import { $$, MINGA_TAGS, SEED_FEED, count, isolate, mount, part, partText } from '../support/fixture.js';
import { agendaFeed, mountAgenda, sessionTimes } from '../agenda/harness.js';
import { mountCountdown, numbers } from '../countdown/harness.js';
import { mountObjectives, objectivesFeed } from '../objectives/harness.js';
import { mountMap, screenOf, seriesFeed } from '../series-map/harness.js';

// Keyword attributes are read the way people type them: `Dark`, `COMPACT` and `dark` are one value
// (src/internal/keyword.ts, and `i` in the attribute selectors of the styles).

describe('keyword attributes, whatever their case', () => {
  isolate();

  for (const tag of MINGA_TAGS) {
    it(`theme="Dark" gives <${tag}> its dark surface`, async () => {
      const name = unsafeStatic(tag);
      const el = await mount(
        staticHtml`<${name} lang="en" theme="Dark" src=${SEED_FEED} event="pd-lac-2019"
        series="gsef-policy-dialogues-2019"></${name}>`,
        tag,
      );
      expect(getComputedStyle(el).colorScheme).to.equal('dark');
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(28, 27, 31)');
    });
  }

  it('<minga-countdown layout="COMPACT" precision="Minutes"> is compact, to the minute', async () => {
    setNow('2019-12-07T10:00:15-06:00', { frozen: true });
    const el = await mountCountdown(
      html`<minga-countdown
        lang="en"
        layout="COMPACT"
        precision="Minutes"
        src=${SEED_FEED}
        event="pd-lac-2019"></minga-countdown>`,
    );
    expect(numbers(el)).to.deep.equal({ days: '2', hours: '2', minutes: '30' });
    expect(partText(el, 'days-label')).to.equal('d');
    expect(getComputedStyle(part(el, 'days')!).borderTopStyle).to.equal('none');
  });

  it('<minga-objectives list-style="Bullets" show-sdgs="SUMMARY"> is a bulleted list with the goals under it', async () => {
    const feed = objectivesFeed([
      { text: 'Share local experiences of cooperative housing', sdgs: [11, 10] },
      { text: 'Open public procurement to cooperatives', sdgs: [8, 11] },
    ]);
    const el = await mountObjectives(
      html`<minga-objectives lang="en" list-style="Bullets" show-sdgs="SUMMARY" .feed=${feed}></minga-objectives>`,
    );
    expect(count(el, 'ul[part~="list"]')).to.equal(1);
    expect(count(el, 'ol')).to.equal(0);
    expect(count(el, '[part~="item"] [part~="badge"]')).to.equal(0);
    expect($$(el, '[part~="summary"] [part~="badge"] .goal-number').map((n) => n.textContent)).to.deep.equal([
      '8',
      '10',
      '11',
    ]);
  });

  it('<minga-series-map view="World"> shows the whole world for a series in one region', async () => {
    const feed = seriesFeed([
      ['a', 'Liverpool', 53.4084, -2.9916],
      ['b', 'Paris', 48.8566, 2.3522],
      ['c', 'Madrid', 40.4168, -3.7038],
    ]);
    const fit = await mountMap(html`<minga-series-map lang="en" .feed=${feed} series="tour"></minga-series-map>`);
    expect(screenOf(fit).view.width).to.be.below(world.width / 2);
    const whole = await mountMap(
      html`<minga-series-map lang="en" view="World" .feed=${feed} series="tour"></minga-series-map>`,
    );
    expect(screenOf(whole).view).to.deep.equal({ x: 0, y: 0, width: world.width, height: world.height });
  });

  it('<minga-agenda time-zone="Local"> shows the times in the viewer\'s zone', async () => {
    const viewer = Intl.DateTimeFormat().resolvedOptions().timeZone;
    // An event zone whose offset is not the viewer's, wherever the tests run.
    const offset = (zone: string) =>
      new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' })
        .formatToParts(Date.UTC(2030, 5, 1, 15))
        .find((p) => p.type === 'timeZoneName')!.value;
    const eventZone = offset(viewer) === offset('Pacific/Kiritimati') ? 'America/Mexico_City' : 'Pacific/Kiritimati';
    const feed = agendaFeed([{ start: '2030-06-01T10:00', end: '2030-06-01T11:00' }], {
      timeZone: eventZone,
      start: '2030-06-01',
      end: '2030-06-01',
    });
    const local = await mountAgenda(html`<minga-agenda lang="en" time-zone="local" .feed=${feed}></minga-agenda>`);
    const typed = await mountAgenda(html`<minga-agenda lang="en" time-zone="Local" .feed=${feed}></minga-agenda>`);
    const event = await mountAgenda(html`<minga-agenda lang="en" .feed=${feed}></minga-agenda>`);
    expect(sessionTimes(typed)).to.deep.equal(sessionTimes(local));
    expect(sessionTimes(typed)[0]).to.not.equal(sessionTimes(event)[0]);
    expect(Date.parse(sessionTimes(typed)[0])).to.equal(Date.parse(sessionTimes(event)[0]));
  });

  it('<minga-agenda time-zone="+05:30"> (an offset, not a zone name) shows the event\'s zone in every browser', async () => {
    // Newer engines take "+05:30" as a zone and older ones do not: it is refused everywhere.
    const feed = agendaFeed([{ start: '2030-06-01T10:00', end: '2030-06-01T11:00' }], {
      timeZone: 'Asia/Tokyo',
      start: '2030-06-01',
      end: '2030-06-01',
    });
    const offset = await mountAgenda(html`<minga-agenda lang="en" time-zone="+05:30" .feed=${feed}></minga-agenda>`);
    const event = await mountAgenda(html`<minga-agenda lang="en" .feed=${feed}></minga-agenda>`);
    expect(sessionTimes(offset)).to.deep.equal(sessionTimes(event));
    expect(sessionTimes(event)[0]).to.contain('10:00').and.to.contain('+09:00');
  });
});
