import { expect, waitUntil } from '@open-wc/testing';
import { waitForText } from '../support/helpers.js';
import { contentHeight, embedFrame } from './embed-helpers.js';

// The height the embed page reports, to this page playing the parent with a listener of its own:
// once the iframe is made as tall as reported, the test reads nothing of the embedded document's
// layout until the report it waits for arrives (a parent on another origin cannot; and a layout
// forced from here would make WebKit look again, hiding the bug below).

const AGENDA = 'element=agenda&src=/demo/feed.json&event=pd-lac-2019&lang=es';

describe('dist/cdn/embed.html reports its height', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  // The agenda lays out a session only near the screen (content-visibility: auto). In the 150 px
  // iframe the sessions below it keep their placeholder size, taller than their real one; made as
  // tall as reported, the iframe shows them, they take their real size and the page is shorter.
  // WebKit told no ResizeObserver about that, so the page kept reporting the placeholders' height
  // and the iframe kept empty room at the bottom.
  it('once the iframe has grown and its agenda sessions have taken their real size', async () => {
    // The same agenda in an iframe tall enough for every session from the start, at the same
    // width and also on screen: the height the other one should end up reporting. Removed before
    // the other one loads: WebKit updates the rendering of a page and all its frames together, so
    // a busy neighbour would wake the other page's ResizeObserver and hide the bug.
    const twin = await embedFrame(`${AGENDA}&id=twin`);
    twin.style.height = '1000px';
    await waitForText(twin.contentDocument!.querySelector('minga-agenda')!, 'Organizado por');
    // Its sessions take their real size at its next renderings (content-visibility): measured at
    // once, under load, it read the placeholders' taller height. Wait until two frames agree.
    const frame = () => new Promise((resolve) => twin.contentWindow!.requestAnimationFrame(resolve));
    let real = Math.ceil(contentHeight(twin));
    for (let same = 0; same < 2;) {
      await frame();
      const now = Math.ceil(contentHeight(twin));
      same = now === real ? same + 1 : 0;
      real = now;
    }
    twin.remove();

    const reported: number[] = [];
    const listen = (e: MessageEvent) => {
      if (e.data?.type === 'minga-embed-height' && e.data.id === 'grown') reported.push(e.data.height);
    };
    addEventListener('message', listen);
    try {
      const frame = await embedFrame(`${AGENDA}&id=grown`);
      await waitForText(frame.contentDocument!.querySelector('minga-agenda')!, 'Organizado por');
      // Laid out in 150 px, and reported: the height the parent makes the iframe.
      await waitUntil(() => reported.at(-1) === Math.ceil(contentHeight(frame)), `in 150 px: ${reported.join(', ')}`, {
        timeout: 5000,
      });
      frame.style.height = `${reported.at(-1)}px`;
      await waitUntil(() => reported.at(-1) === real, `grown: reported ${reported.join(', ')}, not ${real}`, {
        timeout: 5000,
      });
      expect(Math.abs(contentHeight(frame) - real)).to.be.at.most(1);
    } finally {
      removeEventListener('message', listen);
    }
  });
});
