import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { shownText, waitForText } from '../support/helpers.js';
import { contentHeight, embedFrame, fitsContent, frameHeight, pause, settled } from './embed-helpers.js';

// A partner page that allows iframes: the embed page shows the element the URL names, and the
// parent's dist/cdn/embed-resize.js keeps each iframe as tall as its content.
const RESIZE_SCRIPT = '/dist/cdn/embed-resize.js';

/** The test server adds a script of its own to every HTML page it serves. */
const isTestServerScript = (e: Element) =>
  e.localName === 'script' && e.getAttribute('src') === '/__web-dev-server__web-socket.js';

const AGENDA = 'element=agenda&src=/demo/feed.json&event=pd-lac-2019&lang=es&id=a';

describe('dist/cdn/embed.html', () => {
  before(() => import(/* @vite-ignore */ RESIZE_SCRIPT));
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('shows the agenda in the language asked for, and the iframe grows to its height', async () => {
    const frame = await embedFrame(AGENDA);
    const doc = frame.contentDocument!;
    expect(doc.documentElement.lang).to.equal('es');
    const agenda = doc.querySelector('minga-agenda')!;
    expect(agenda).to.exist;
    await waitForText(agenda, 'lunes, 9 de diciembre de 2019', 'Spanish dates');
    await waitForText(agenda, 'Organizado por', 'Spanish UI labels');
    await (agenda as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    await fitsContent(frame, 'grown');
    expect(frameHeight(frame)).to.be.above(300);
    expect(Math.abs(frameHeight(frame) - doc.documentElement.scrollHeight)).to.be.at.most(2);
  });

  it('grows and shrinks again when the content reflows', async () => {
    const frame = await embedFrame(AGENDA);
    const agenda = frame.contentDocument!.querySelector('minga-agenda')!;
    await waitForText(agenda, 'lunes, 9 de diciembre de 2019');
    // With its lazy chunk (search, stars, calendar menus), which comes a moment after the sessions.
    await (agenda as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    await fitsContent(frame, 'wide');
    const wide = frameHeight(frame);
    frame.style.width = '320px';
    await waitUntil(() => frameHeight(frame) > wide + 20, `narrow: still ${frameHeight(frame)} px`, { timeout: 5000 });
    await fitsContent(frame, 'narrow');
    frame.style.width = '700px';
    await waitUntil(() => frameHeight(frame) < wide + 3, `wide again: still ${frameHeight(frame)} px`, {
      timeout: 5000,
    });
    await fitsContent(frame, 'wide again');
  });

  it('tells the parent its height with the id from its URL', async () => {
    const messages: unknown[] = [];
    const listen = (e: MessageEvent) => {
      if (e.data?.type === 'minga-embed-height') messages.push(e.data);
    };
    addEventListener('message', listen);
    const frame = await embedFrame(AGENDA.replace('id=a', 'id=programme'));
    const agenda = frame.contentDocument!.querySelector('minga-agenda')!;
    await waitForText(agenda, 'Organizado por');
    await (agenda as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    await settled(frame, 'grown');
    removeEventListener('message', listen);
    expect(messages.at(-1)).to.deep.equal({
      type: 'minga-embed-height',
      height: Math.ceil(contentHeight(frame)),
      id: 'programme',
    });
  });

  // Each element, with the page's own policy in force (scripts and styles of its folder only).
  const SHOWN: [string, string, string][] = [
    ['countdown', 'event=pd-lac-2019&precision=minutes', 'Ended'],
    ['objectives', 'event=pd-lac-2019&limit=1', 'Objectives'],
    ['series-map', 'series=gsef-policy-dialogues-2019&route&view=world', 'Bamako'],
    ['event-summary', 'event=pd-lac-2019&heading-level=3', 'Organized by'],
  ];
  for (const [element, query, text] of SHOWN) {
    it(`shows ${element} with its attributes`, async () => {
      const frame = await embedFrame(`element=${element}&src=/demo/feed.json&lang=en&${query}`);
      const el = frame.contentDocument!.querySelector(`minga-${element}`)!;
      await waitForText(el, text, element);
      for (const [name, value] of new URLSearchParams(query)) expect(el.getAttribute(name), name).to.equal(value);
      if (element === 'series-map')
        await waitUntil(() => el.shadowRoot!.querySelector('svg path'), 'the map is drawn', { timeout: 5000 });
      await settled(frame, element);
    });
  }

  for (const element of ['script', 'img', 'iframe', 'minga-agenda', 'agenda"><img src=x>']) {
    it(`refuses element=${element} with a clear message and creates no such element`, async () => {
      const frame = await embedFrame(`element=${encodeURIComponent(element)}&src=/demo/feed.json`);
      const doc = frame.contentDocument!;
      const message = doc.querySelector('[role="alert"]')!;
      expect(message.textContent).to.equal(
        `This embed page cannot show "${element}". Use element= with one of: ` +
          'agenda, countdown, objectives, series-map, event-summary.',
      );
      // The body holds the message alone (and the test server's script): nothing was made from the URL.
      expect([...doc.body.children].filter((e) => !isTestServerScript(e)).map((e) => e.localName)).to.deep.equal(['p']);
      expect(doc.querySelectorAll('img, iframe, minga-agenda').length).to.equal(0);
      expect([...doc.scripts].filter((e) => !isTestServerScript(e)).map((e) => e.getAttribute('src'))).to.deep.equal([
        './embed.js',
        './minga-widgets.js',
      ]);
      await fitsContent(frame, 'message');
      expect(frameHeight(frame)).to.be.below(150);
    });
  }

  it('asks for an element when none is named', async () => {
    const frame = await embedFrame('src=/demo/feed.json');
    expect(frame.contentDocument!.querySelector('[role="alert"]')!.textContent).to.match(
      /^Say which element to show with element=/,
    );
  });

  for (const src of [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:application/json,{}',
    'blob:x',
    'file:///etc/passwd',
  ]) {
    it(`refuses the feed src=${src}`, async () => {
      const frame = await embedFrame(`element=agenda&src=${encodeURIComponent(src)}`);
      const doc = frame.contentDocument!;
      expect(doc.querySelector('minga-agenda')).to.be.null;
      expect(doc.querySelector('[role="alert"]')!.textContent).to.equal(
        'The feed address (src=) must be an http:// or https:// address.',
      );
    });
  }

  it('sets only the attributes the element documents', async () => {
    const frame = await embedFrame(
      `${AGENDA}&hide-header&hide-speakers=false&onclick=alert(1)&style=color:red&series=x&heading-level=3`,
    );
    const agenda = frame.contentDocument!.querySelector('minga-agenda')!;
    expect(agenda.getAttributeNames().sort()).to.deep.equal(['event', 'heading-level', 'hide-header', 'src']);
    expect(agenda.getAttribute('src')).to.equal(new URL('/demo/feed.json', location.href).href);
    await waitForText(agenda, 'Diálogo de políticas: primera sesión');
    expect(shownText(agenda)).not.to.contain('Organizado por'); // the header is hidden
  });

  it('resizes no iframe for a message from a window that is not one of them', async () => {
    const frame = await embedFrame(AGENDA);
    const agenda = frame.contentDocument!.querySelector('minga-agenda')!;
    await waitForText(agenda, 'Organizado por');
    await (agenda as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    await settled(frame, 'grown');
    const before = frameHeight(frame);
    const seen: number[] = [];
    const listen = (e: MessageEvent) => {
      if (e.data?.type === 'minga-embed-height') seen.push(e.data.height);
    };
    addEventListener('message', listen); // after embed-resize.js's listener, so it sees each message first
    const button = document.createElement('button');
    try {
      // The page itself, and a window it opened: neither is one of its iframes.
      window.postMessage({ type: 'minga-embed-height', height: 5000, id: 'a' }, '*');
      // Opened on a key press: WebKit opens no window without a user's gesture.
      const opened: { popup?: Window & typeof globalThis } = {};
      button.textContent = 'Open';
      button.addEventListener('click', () => {
        opened.popup = window.open('about:blank') as typeof opened.popup;
      });
      document.body.append(button);
      button.focus();
      await sendKeys({ press: 'Enter' });
      const popup = opened.popup!;
      expect(popup, 'the window opened').to.exist;
      new popup.Function('opener.postMessage({ type: "minga-embed-height", height: 6000, id: "a" }, "*")')();
      popup.close();
      await waitUntil(() => seen.includes(5000) && seen.includes(6000), `messages seen: ${seen}`);
      expect(frameHeight(frame)).to.equal(before);
    } finally {
      removeEventListener('message', listen);
      button.remove();
    }
  });

  it('leaves alone an iframe that is not an embed page, even of the same origin, and caps absurd heights', async () => {
    const other = document.createElement('iframe');
    other.title = 'Another widget';
    other.src = '/demo/feed.json'; // a same-origin page that is not embed.html
    other.height = '150';
    const loaded = new Promise((resolve) => other.addEventListener('load', resolve, { once: true }));
    document.body.append(other);
    await loaded;
    const otherHeight = frameHeight(other);
    new (other.contentWindow as Window & typeof globalThis).Function(
      'parent.postMessage({ type: "minga-embed-height", height: 900000 }, "*")',
    )();
    // A page at an embed.html address that reports 900,000 px (test/embed/pages/embed.html).
    const liar = await embedFrame('', { page: '/test/embed/pages/embed.html' });
    await waitUntil(() => frameHeight(liar) > 150, 'the claimed height applied, capped');
    await pause(300);
    expect(frameHeight(other)).to.equal(otherHeight);
    expect(frameHeight(liar)).to.equal(20_000);
    other.remove();
    liar.remove();
  });
});
