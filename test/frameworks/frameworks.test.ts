// The framework examples (examples/<name>/) as an app developer gets them: each type-checks against
// the generated declarations in types/, builds with Vite, and renders the agenda of the sample feed
// in a browser, with its properties set and its typed event received by the framework's listener.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { MingaAgenda } from '../../src/components/agenda/agenda.js';

interface Run {
  code: number;
  output: string;
  url?: string;
}

const SESSIONS = ['Policy dialogue: first session', 'Policy dialogue: second session'];

/** Polls until `check` returns something truthy, or fails with `what` after `ms`. */
async function until<T>(check: () => T | undefined | null | false, what: string, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Loads a built example in a same-origin iframe. */
async function open(url: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

for (const name of ['react', 'vue', 'angular']) {
  describe(`examples/${name}`, function () {
    this.timeout(240_000);
    after(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

    it('type-checks against the generated declarations', async () => {
      const run = await executeServerCommand<Run, { name: string }>('minga-example-typecheck', { name });
      expect(run.code, run.output).to.equal(0);
    });

    it('builds and renders the agenda of pd-lac-2019 with its properties set and the typed event received', async () => {
      const build = await executeServerCommand<Run, { name: string }>('minga-example-build', { name });
      expect(build.code, build.output).to.equal(0);
      const doc = await open(build.url!);
      const agenda = await until(() => doc.querySelector<MingaAgenda>('minga-agenda'), 'the agenda');
      const titles = await until(() => {
        const shown = [...(agenda.shadowRoot?.querySelectorAll('[part~="session"] [part~="title"]') ?? [])].map((t) =>
          t.textContent!.trim(),
        );
        return shown.length ? shown : undefined;
      }, 'sessions in the agenda');
      expect(titles).to.deep.equal(SESSIONS);
      // Set by the framework as properties (an object, and a zone) and as attributes.
      expect(agenda.feed, 'the feed object').to.be.an('object');
      expect(agenda.hasAttribute('src')).to.equal(false);
      expect(agenda.timeZone).to.equal('America/Mexico_City');
      expect(agenda.getAttribute('event')).to.equal('pd-lac-2019');
      expect(agenda.hideSpeakers, 'hide-speakers').to.equal(true);
      expect(agenda.shadowRoot!.querySelector('h2'), 'heading-level 2').to.exist;
      // The app's listener for minga-feed-load read the typed detail.
      const status = await until(
        () => doc.querySelector('#status')?.textContent?.trim(),
        'the minga-feed-load listener',
      );
      expect(status).to.match(/^Feed loaded: 5 events, \d+ problems$/);
    });
  });
}
