import { expect, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/minga-widgets.js';
import { setNow } from '../../src/index.js';
import { $, $$, SEED_FEED, datetimes, isolate, partText, shownText, waitForText } from '../support/fixture.js';
import { CALLED_OFF, CALLED_OFF_FEED, DURING_CALLED_OFF } from '../support/called-off-feed.js';
import { agendaFeed, mountAgenda, sessionTimes, sessionsShown } from './harness.js';

// 2019-12-09 in Mexico City is UTC−6: 13:00 there is 19:00Z.
const mexico = (hhmm: string) => Date.parse(`2019-12-09T${hhmm}:00-06:00`);

describe('<minga-agenda>', () => {
  isolate();

  describe('the seed event', () => {
    it('shows its two blocks in Mexico City time, labelled, with full instants in datetime', async () => {
      const el = await mountAgenda(html`<minga-agenda lang="en" src=${SEED_FEED} event="pd-lac-2019"></minga-agenda>`);
      expect($(el, 'h2')!.textContent).to.contain('1st Policy Dialogue on Social and Solidarity Economy');
      expect(shownText(el)).to.contain('Times are in Mexico City time, UTC\u22126.');
      expect(shownText(el)).to.contain('venue to be confirmed');
      expect(shownText(el)).to.contain('Organized by GSEF and United Cities and Local Governments (UCLG)');
      const shown = sessionsShown(el);
      expect(shown.map((s) => s.day)).to.deep.equal(['Monday, December 9, 2019', 'Monday, December 9, 2019']);
      expect(shown.map((s) => s.title)).to.deep.equal([
        'Policy dialogue: first session',
        'Policy dialogue: second session',
      ]);
      expect(shown[0].when).to.match(/^12:30\s?[–-]\s?2:30\sPM$/);
      expect(shown[1].when).to.match(/^6:30\s?[–-]\s?8:00\sPM$/);
      expect(sessionTimes(el)).to.deep.equal([
        '2019-12-09T12:30:00-06:00',
        '2019-12-09T14:30:00-06:00',
        '2019-12-09T18:30:00-06:00',
        '2019-12-09T20:00:00-06:00',
      ]);
      // The header's dates are instants too.
      expect(datetimes(el).slice(0, 2)).to.deep.equal(['2019-12-09T12:30:00-06:00', '2019-12-09T20:00:00-06:00']);
      expect($(el, '[part~="day-heading"] time')!.getAttribute('datetime')).to.equal('2019-12-09');
    });

    it('puts the same sessions on 10 December in Asia/Seoul', async () => {
      const el = await mountAgenda(
        html`<minga-agenda lang="en" time-zone="Asia/Seoul" src=${SEED_FEED} event="pd-lac-2019"></minga-agenda>`,
      );
      const shown = sessionsShown(el);
      expect(shown.map((s) => s.day)).to.deep.equal(['Tuesday, December 10, 2019', 'Tuesday, December 10, 2019']);
      expect(shown[0].when).to.match(/^3:30\s?[–-]\s?5:30\sAM$/);
      expect(shown[1].when).to.match(/^9:30\s?[–-]\s?11:00\sAM$/);
      expect(sessionTimes(el)).to.deep.equal([
        '2019-12-10T03:30:00+09:00',
        '2019-12-10T05:30:00+09:00',
        '2019-12-10T09:30:00+09:00',
        '2019-12-10T11:00:00+09:00',
      ]);
      expect(shownText(el)).to.contain(
        'Times are in Seoul time, UTC+9. The event takes place in Mexico City time, UTC\u22126.',
      );
    });

    it('shows a month-precision event with no sessions as "April 2019", inventing no time', async () => {
      const el = await mountAgenda(
        html`<minga-agenda lang="en" src=${SEED_FEED} event="pd-africa-2019"></minga-agenda>`,
      );
      expect(shownText(el)).to.contain('April 2019');
      expect(shownText(el)).to.contain('The programme of this event has not been published yet.');
      expect(datetimes(el)).to.deep.equal(['2019-04']);
      // No zone line (there are no times to label), and no calendar entry (no day to put it on).
      expect($(el, '[part~="zone"]')).to.equal(null);
      expect($(el, '[part~="calendar"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('names an unknown event id', async () => {
      const el = await mountAgenda(
        html`<minga-agenda lang="en" src=${SEED_FEED} event="pd-antarctica-2019"></minga-agenda>`,
      );
      expect(shownText(el)).to.equal('This feed has no event with the id "pd-antarctica-2019".');
    });
  });

  describe('daylight saving time', () => {
    it('shows a London session on the night clocks go back with its true times and length', async () => {
      const feed = agendaFeed([{ start: '2019-10-27T00:30', end: '2019-10-27T03:00' }], {
        timeZone: 'Europe/London',
        start: '2019-10-27',
        end: '2019-10-27',
      });
      const el = await mountAgenda(html`<minga-agenda lang="en-GB" .feed=${feed}></minga-agenda>`);
      const [start, end] = sessionTimes(el);
      expect([start, end]).to.deep.equal(['2019-10-27T00:30:00+01:00', '2019-10-27T03:00:00+00:00']);
      // 00:30 BST to 03:00 GMT is three and a half hours, not two and a half.
      expect(Date.parse(end) - Date.parse(start)).to.equal(3.5 * 3_600_000);
      // The offset changes inside the session, so each end says which it is.
      expect(sessionsShown(el)[0].when).to.match(/^00:30 (GMT\+1|BST) – 03:00 GMT(\+0)?$/);
      expect(shownText(el)).to.contain('London time, UTC+1/UTC');
    });

    it('keeps both ends of a session from 01:00 to 01:00 on the night clocks go back', async () => {
      const feed = agendaFeed([{ start: '2019-10-27T01:00+01:00', end: '2019-10-27T01:00+00:00' }], {
        timeZone: 'Europe/London',
        start: '2019-10-27',
        end: '2019-10-27',
      });
      const el = await mountAgenda(html`<minga-agenda lang="en-GB" .feed=${feed}></minga-agenda>`);
      expect(sessionTimes(el)).to.deep.equal(['2019-10-27T01:00:00+01:00', '2019-10-27T01:00:00+00:00']);
      expect(sessionsShown(el)[0].when).to.match(/^01:00 (GMT\+1|BST) – 01:00 GMT(\+0)?$/);
    });

    it('shows a New York session on the night clocks go forward with its true times and length', async () => {
      const feed = agendaFeed([{ start: '2019-03-10T01:00', end: '2019-03-10T04:00' }], {
        timeZone: 'America/New_York',
        start: '2019-03-10',
        end: '2019-03-10',
      });
      const el = await mountAgenda(html`<minga-agenda lang="en" .feed=${feed}></minga-agenda>`);
      const [start, end] = sessionTimes(el);
      expect([start, end]).to.deep.equal(['2019-03-10T01:00:00-05:00', '2019-03-10T04:00:00-04:00']);
      expect(Date.parse(end) - Date.parse(start)).to.equal(2 * 3_600_000);
      expect(sessionsShown(el)[0].when).to.match(/^1:00\sAM GMT-5 – 4:00\sAM GMT-4$/);
    });

    it('leaves out a session whose time the clocks skip, shows the others and tells the page author', async () => {
      const warn = sinon.stub(console, 'warn');
      const error = sinon.stub(console, 'error');
      const feed = agendaFeed(
        [
          { title: 'Skipped', start: '2019-03-10T02:30', end: '2019-03-10T03:30' },
          { title: 'Kept', start: '2019-03-10T09:00', end: '2019-03-10T10:00' },
        ],
        { timeZone: 'America/New_York', start: '2019-03-10', end: '2019-03-10' },
      );
      const el = await mountAgenda(html`<minga-agenda lang="en" .feed=${feed}></minga-agenda>`);
      expect(sessionsShown(el).map((s) => s.title)).to.deep.equal(['Kept']);
      const logged = [...error.args, ...warn.args].flat().join('\n');
      expect(logged).to.contain('/events/0/sessions/0/start');
      expect(logged).to.contain('daylight saving time begins');
    });
  });

  describe('days', () => {
    it('lists a session crossing midnight once, under its first day, with both dates', async () => {
      const feed = agendaFeed([
        { title: 'Evening', start: '2019-12-09T18:00', end: '2019-12-09T19:00' },
        { title: 'Night', start: '2019-12-09T22:00', end: '2019-12-10T01:00' },
        { title: 'Morning', start: '2019-12-10T09:00', end: '2019-12-10T10:00' },
      ]);
      const el = await mountAgenda(html`<minga-agenda lang="en" .feed=${feed}></minga-agenda>`);
      const shown = sessionsShown(el);
      expect(shown.map((s) => `${s.day}: ${s.title}`)).to.deep.equal([
        'Monday, December 9, 2019: Evening',
        'Monday, December 9, 2019: Night',
        'Tuesday, December 10, 2019: Morning',
      ]);
      expect(shown[1].when).to.match(/^Mon, Dec 9,? 10:00\sPM\s?[–-]\s?Tue, Dec 10,? 1:00\sAM$/);
      expect(shown[0].when).to.not.contain('Dec');
    });

    it('regroups sessions by the day in the zone shown', async () => {
      const feed = agendaFeed([
        { title: 'Evening', start: '2019-12-09T18:00', end: '2019-12-09T19:00' },
        { title: 'Morning', start: '2019-12-10T09:00', end: '2019-12-10T10:00' },
      ]);
      // In Auckland (UTC+13) the Mexico City evening is already Tuesday morning, with the next morning's session.
      const el = await mountAgenda(
        html`<minga-agenda lang="en" time-zone="Pacific/Auckland" .feed=${feed}></minga-agenda>`,
      );
      expect(sessionsShown(el).map((s) => `${s.day}: ${s.title}`)).to.deep.equal([
        'Tuesday, December 10, 2019: Evening',
        'Wednesday, December 11, 2019: Morning',
      ]);
    });
  });

  describe('now and next', () => {
    const marks = async (at: number) => {
      setNow(at, { frozen: true });
      const el = await mountAgenda(html`<minga-agenda lang="en" src=${SEED_FEED} event="pd-lac-2019"></minga-agenda>`);
      return sessionsShown(el).map((s) => s.state);
    };

    it('marks nothing before the event starts', async () => {
      expect(await marks(mexico('11:00'))).to.deep.equal(['', '']);
    });
    it('marks the first block "now" and the second "next" at 13:00', async () => {
      expect(await marks(mexico('13:00'))).to.deep.equal(['Now', 'Next']);
    });
    it('marks the first block ended and the second next in the break', async () => {
      expect(await marks(mexico('16:00'))).to.deep.equal(['Ended', 'Next']);
    });
    it('marks the second block "now" at 19:00, and nothing once the event is over', async () => {
      expect(await marks(mexico('19:00'))).to.deep.equal(['Ended', 'Now']);
      for (const el of document.querySelectorAll('minga-agenda')) el.remove();
      expect(await marks(mexico('20:00'))).to.deep.equal(['', '']);
    });

    it('moves the marks on as the pretended clock runs', async () => {
      setNow(mexico('14:29'));
      const el = await mountAgenda(html`<minga-agenda lang="en" src=${SEED_FEED} event="pd-lac-2019"></minga-agenda>`);
      expect(sessionsShown(el).map((s) => s.state)).to.deep.equal(['Now', 'Next']);
      expect($(el, '[part~="session-now"]')).to.not.equal(null);
      setNow(mexico('14:30'));
      await el.updateComplete;
      expect(sessionsShown(el).map((s) => s.state)).to.deep.equal(['Ended', 'Next']);
      expect($(el, '[part~="session-past"]')!.className).to.contain('ended');
    });
  });

  describe('a cancelled event at the moment it would have been live', () => {
    it('says "Cancelled", still lists its sessions, and marks none of them "Now" or "Next"', async () => {
      // A fictional feed: the Lima forum (10:00–12:00) is cancelled; it is 10:30 there.
      setNow(DURING_CALLED_OFF, { frozen: true });
      const el = await mountAgenda(
        html`<minga-agenda lang="en" .feed=${CALLED_OFF_FEED} event=${CALLED_OFF}></minga-agenda>`,
      );
      expect(partText(el, 'status')).to.equal('Cancelled');
      expect(sessionsShown(el).map((s) => `${s.title}: ${s.state}`)).to.deep.equal(['Opening: ', 'Closing: ']);
      expect($$(el, '[part~="session-now"], [part~="session-next"]')).to.have.length(0);
      expect(shownText(el)).to.not.match(/\bNow\b|\bNext\b/);
    });
  });

  describe('languages', () => {
    it('speaks Spanish: UI, dates and feed text', async () => {
      const el = await mountAgenda(html`<minga-agenda lang="es" src=${SEED_FEED} event="pd-lac-2019"></minga-agenda>`);
      await waitForText(el, 'Los horarios se muestran en hora central (UTC\u22126).');
      const shown = sessionsShown(el);
      expect(shown[0].day).to.equal('lunes, 9 de diciembre de 2019');
      expect(shown[0].title).to.equal('Diálogo de políticas: primera sesión');
      expect(shownText(el)).to.contain('Agregar al calendario');
      expect(shownText(el)).to.contain('lugar por confirmar');
    });

    it('speaks Korean, with feed text falling back to English marked as such', async () => {
      const el = await mountAgenda(html`<minga-agenda lang="ko" src=${SEED_FEED} event="pd-lac-2019"></minga-agenda>`);
      await waitForText(el, '캘린더에 추가');
      const shown = sessionsShown(el);
      expect(shown[0].day).to.equal('2019년 12월 9일 월요일');
      expect(shown[0].title).to.equal('Policy dialogue: first session');
      expect($(el, '[part~="title"] span')!.lang).to.equal('en');
    });

    const ADD = {
      en: 'Add to calendar',
      es: 'Agregar al calendario',
      fr: 'Ajouter à l’agenda',
      ko: '캘린더에 추가',
      pt: 'Adicionar à agenda',
    };
    for (const [lang, add] of Object.entries(ADD)) {
      it(`has no accessibility violations in ${lang}`, async () => {
        setNow(mexico('13:00'), { frozen: true });
        const el = await mountAgenda(
          html`<minga-agenda lang=${lang} src=${SEED_FEED} event="pd-lac-2019"></minga-agenda>`,
        );
        await waitForText(el, add); // the UI strings of that language, not those of the test before
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('hostile feeds', () => {
    it('shows HTML in session texts as inert text', async () => {
      const bad = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
      const feed = agendaFeed([
        {
          title: `Title ${bad}`,
          start: '2019-12-09T10:00',
          end: '2019-12-09T11:00',
          description: `About ${bad}`,
          track: `Track ${bad}`,
          location: `Room ${bad}`,
          speakers: [{ name: `Name ${bad}`, affiliation: `Org ${bad}` }],
          url: 'javascript:window.__pwned=1',
        } as never,
      ]);
      sinon.stub(console, 'warn');
      sinon.stub(console, 'error');
      const el = await mountAgenda(html`<minga-agenda lang="en" .feed=${feed}></minga-agenda>`);
      $(el, '[part~="toggle"]')!.click();
      await el.updateComplete;
      expect($$(el, 'img, script')).to.have.length(0);
      expect($(el, '[part~="title"] a')).to.equal(null); // the javascript: URL was dropped
      expect(shownText(el)).to.contain('Title <img src=x');
      expect(shownText(el)).to.contain('About <img src=x');
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });
});
