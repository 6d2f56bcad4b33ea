import { expect, waitUntil } from '@open-wc/testing';
import { shownText, waitForText } from '../support/helpers.js';
import { EMBED_PAGE, OTHER_ORIGIN, embedFrame, frameHeight, pause, settled } from './embed-helpers.js';

// The usual case: the partner page on one site, the embed page and its feed on another.
const RESIZE_SCRIPT = '/dist/cdn/embed-resize.js';
const FEED = 'element=agenda&event=pd-lac-2019&lang=es';

/** The height messages this page receives while `run` runs. */
async function heightMessages(run: () => Promise<void>): Promise<MessageEvent[]> {
  const messages: MessageEvent[] = [];
  const listen = (e: MessageEvent) => {
    if (e.data?.type === 'minga-embed-height') messages.push(e);
  };
  addEventListener('message', listen);
  try {
    await run();
  } finally {
    removeEventListener('message', listen);
  }
  return messages;
}

describe('dist/cdn/embed.html on another origin', function () {
  this.timeout(30000);
  before(() => import(/* @vite-ignore */ RESIZE_SCRIPT));
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('grows to its content though the parent cannot read its document', async () => {
    const frame = await embedFrame(`${FEED}&src=/demo/feed.json&id=x`, { page: `${OTHER_ORIGIN}${EMBED_PAGE}` });
    expect(frame.contentDocument).to.be.null; // another origin indeed
    await waitUntil(() => frameHeight(frame) > 300, `still ${frameHeight(frame)} px`, { timeout: 5000 });
  });

  it('is not resized by a page of another origin than its src says', async () => {
    const frame = await embedFrame(`${FEED}&src=/demo/feed.json`);
    await settled(frame, 'the agenda');
    const before = frameHeight(frame);
    // Navigated away to a shorter page of another origin: its messages are not taken.
    const messages = await heightMessages(async () => {
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      frame.contentWindow!.location.href = `${OTHER_ORIGIN}${EMBED_PAGE}?element=event-summary&src=/demo/feed.json`;
      await loaded;
      await pause(1500);
    });
    expect(
      messages.some((m) => m.origin === OTHER_ORIGIN && m.data.height < before - 50),
      'the other page did report',
    ).to.be.true;
    expect(frameHeight(frame)).to.equal(before);
  });

  it('shows a feed of another origin only if its server allows other sites to read it', async () => {
    const refused = await embedFrame(`${FEED}&src=${encodeURIComponent(`${OTHER_ORIGIN}/demo/feed.json`)}`);
    const refusedAgenda = refused.contentDocument!.querySelector('minga-agenda')!;
    // The element's own message (in Spanish); a refused request may take the element's retries.
    await waitUntil(
      () => shownText(refusedAgenda).includes('que el servidor de la fuente permita que este sitio la lea'),
      `CORS refusal: ${shownText(refusedAgenda)}`,
      { timeout: 20_000 },
    );
    expect(shownText(refusedAgenda)).not.to.contain('Diálogo de políticas');

    const allowed = await embedFrame(`${FEED}&src=${encodeURIComponent(`${OTHER_ORIGIN}/cors/demo/feed.json`)}`);
    await waitForText(allowed.contentDocument!.querySelector('minga-agenda')!, 'Diálogo de políticas: primera sesión');
  });
});
