import { expect, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/minga-widgets.js';
import { setNow } from '../../src/index.js';
import { SEED_FEED, isolate, shownText } from '../support/fixture.js';
import { mountAgenda, sessionsShown } from '../agenda/harness.js';
import { mountCountdown, numbers } from '../countdown/harness.js';
import { mountSummary } from '../event-summary/harness.js';

// src/internal/intl.ts keeps one cache of Intl objects for the library: building a formatter costs
// far more than using one, and renders and clock ticks would otherwise build the same ones again.

const KINDS = ['DateTimeFormat', 'NumberFormat', 'ListFormat', 'DisplayNames', 'PluralRules'] as const;

/**
 * Replaces each Intl constructor with one that notes every construction and where it came from
 * (the stack), then builds the real object; `sinon.restore()` puts the originals back.
 */
function recordIntlConstructions(): string[] {
  const made: string[] = [];
  for (const kind of KINDS) {
    const Original = Intl[kind] as unknown as new (...args: unknown[]) => object;
    // A plain function, so it works with and without `new`, as the originals do; instanceof still holds.
    const Recording = function (...args: unknown[]) {
      made.push(`new Intl.${kind}(${JSON.stringify(args).slice(1, -1)})\n${new Error().stack}`);
      return new Original(...args);
    };
    Recording.prototype = Original.prototype;
    Object.setPrototypeOf(Recording, Original); // statics such as supportedLocalesOf
    sinon.replace(Intl, kind, Recording as never);
  }
  return made;
}

describe('Intl objects', () => {
  isolate();

  it('the recorder sees a construction, and puts the constructors back', () => {
    const original = Intl.DateTimeFormat;
    const made = recordIntlConstructions();
    expect(new Intl.DateTimeFormat('en').format(0)).to.be.a('string');
    expect(Intl.NumberFormat('en').format(1)).to.equal('1');
    expect(new Intl.PluralRules('en')).to.be.instanceOf(Intl.PluralRules);
    expect(made).to.have.length(3);
    sinon.restore();
    expect(Intl.DateTimeFormat).to.equal(original);
  });

  it('none is built per render or per clock tick once the elements have rendered', async () => {
    // During the seed dialogue: the countdown shows the time left to the second, the agenda its marks.
    const start = Date.parse('2019-12-09T13:00:00-06:00');
    setNow(start, { frozen: true });
    const countdown = await mountCountdown(
      html`<minga-countdown lang="en" precision="seconds" src=${SEED_FEED} event="pd-lac-2019"></minga-countdown>`,
    );
    const agenda = await mountAgenda(
      html`<minga-agenda lang="en" src=${SEED_FEED} event="pd-lac-2019"></minga-agenda>`,
    );
    const summary = await mountSummary(
      html`<minga-event-summary lang="en" src=${SEED_FEED} event="pd-lac-2019"></minga-event-summary>`,
    );
    expect(sessionsShown(agenda).map((s) => s.state)).to.deep.equal(['Now', 'Next']);

    const made = recordIntlConstructions();
    const renders = { agenda: sinon.spy(agenda, 'render'), summary: sinon.spy(summary, 'render') };
    const seconds: string[] = [];
    for (let s = 1; s <= 10; s++) {
      setNow(start + s * 1000, { frozen: true });
      await countdown.updateComplete;
      seconds.push(numbers(countdown).seconds);
    }
    for (let i = 0; i < 3; i++) {
      agenda.hideSpeakers = !agenda.hideSpeakers; // the programme is rendered again, not skipped
      summary.requestUpdate();
      await Promise.all([agenda.updateComplete, summary.updateComplete]);
    }
    // A new minute: the agenda's and the summary's page clock ticks.
    setNow(start + 60_000, { frozen: true });
    await Promise.all([countdown.updateComplete, agenda.updateComplete, summary.updateComplete]);
    sinon.restore();

    // The count went on second by second, and the others rendered again.
    expect(seconds).to.deep.equal(['59', '58', '57', '56', '55', '54', '53', '52', '51', '50']);
    expect(renders.agenda.callCount).to.be.at.least(4);
    expect(renders.summary.callCount).to.be.at.least(4);
    expect(shownText(summary)).to.contain('1st Policy Dialogue');
    expect(made.length, `Intl objects built after the first render:\n\n${made.join('\n\n')}`).to.equal(0);
  });
});
