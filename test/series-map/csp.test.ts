import { expect, html } from '@open-wc/testing';
import '../../src/minga-widgets.js';
import { $, SEED_FEED } from '../support/fixture.js';
import { centre, markers, mountMap, screenOf } from './harness.js';

// A partner page with a strict Content-Security-Policy: requests to its own origin only, and no
// inline style attributes. The browser enforces it and reports anything it blocks.
const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
document.head.append(
  Object.assign(document.createElement('meta'), {
    httpEquiv: 'Content-Security-Policy',
    content: "default-src 'self'; style-src 'self'",
  }),
);

describe('<minga-series-map> under a strict Content-Security-Policy', () => {
  it('draws, places its markers and opens a card without anything being blocked', async () => {
    // (No style attribute in the fixture either: the policy would block it.)
    const el = await mountMap(
      html`<minga-series-map lang="en" src=${SEED_FEED} series="gsef-policy-dialogues-2019" route></minga-series-map>`,
    );
    markers(el)[1].click();
    await el.updateComplete;
    expect($(el, '[part="card"]')).to.exist;
    // The positions were applied: Seoul's marker is a third of the map's width east of Bamako's.
    const [bamako, seoul] = markers(el).map((m) => centre(m));
    expect(seoul[0] - bamako[0]).to.be.above($(el, 'svg')!.getBoundingClientRect().width / 3);
    expect(screenOf(el).view.width).to.be.above(0);
    expect(violations).to.deep.equal([]);
  });
});
