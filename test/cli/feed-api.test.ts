import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

type Run = { code: number; stdout: string; stderr: string };
/** Runs `code` as an ES module in Node (no DOM) and parses what it prints as JSON. */
async function inNode(code: string): Promise<unknown> {
  const run = await executeServerCommand<Run, { code: string }>('minga-node', { code });
  expect(run.code, run.stderr).to.equal(0);
  return JSON.parse(run.stdout);
}

describe('minga-widgets/feed in Node', () => {
  it('imports without a DOM and validates a feed with the public API', async () => {
    const result = (await inNode(`
      import { readFileSync } from 'node:fs';
      const api = await import('minga-widgets/feed');
      const { feed, problems } = api.validateFeed(JSON.parse(readFileSync('demo/feed.json', 'utf8')));
      const broken = api.validateFeed({ version: 1, defaultLanguage: 'en', events: [{ id: 'x' }] });
      console.log(JSON.stringify({
        dom: typeof document, events: feed.events.length, problems: problems.length,
        broken: broken.problems.map(api.formatProblem),
      }));
    `)) as { dom: string; events: number; problems: number; broken: string[] };
    expect(result.dom).to.equal('undefined');
    expect(result.events).to.equal(5);
    expect(result.problems).to.equal(0);
    expect(result.broken.some((line) => line.startsWith('error  /events/0/timeZone'))).to.equal(true);
  });

  it('imports a programme and writes it for schedule apps, as the CLI does', async () => {
    const result = (await inNode(`
      import { readFileSync } from 'node:fs';
      const api = await import('minga-widgets/feed');
      const bytes = readFileSync('test/fixtures/import/cli/programa-excel-es.csv');
      const imported = await api.importProgramme(bytes, { timeZone: 'America/Mexico_City', name: 'Foro', dateOrder: 'dmy' });
      const { feed } = api.validateFeed(imported.feed);
      const { document } = api.feedToFrab(feed, feed.events[0].id, 'en');
      console.log(JSON.stringify({
        format: imported.format, problems: imported.problems.length,
        starts: imported.feed.events[0].sessions.map((s) => s.start),
        frabDate: document.schedule.conference.days[0].rooms['Sala 1'][0].date,
      }));
    `)) as { format: string; problems: number; starts: string[]; frabDate: string };
    expect(result.format).to.equal('csv');
    expect(result.problems).to.equal(0);
    expect(result.starts).to.deep.equal(['2019-12-09T12:30', '2019-12-09T18:00']);
    expect(Date.parse(result.frabDate)).to.equal(Date.UTC(2019, 11, 9, 18, 30));
  });
});

describe('minga-widgets (the main entry) in Node', () => {
  it('imports without a DOM (Lit brings its own shim) and validates with the same validateFeed', async () => {
    const result = (await inNode(`
      import { readFileSync } from 'node:fs';
      const main = await import('minga-widgets');
      const feedApi = await import('minga-widgets/feed');
      const { feed } = main.validateFeed(JSON.parse(readFileSync('demo/feed.json', 'utf8')));
      console.log(JSON.stringify({
        dom: typeof document, events: feed.events.length, same: main.validateFeed === feedApi.validateFeed,
        classes: typeof main.MingaAgenda,
      }));
    `)) as { dom: string; events: number; same: boolean; classes: string };
    expect(result).to.deep.include({ dom: 'undefined', events: 5, same: true, classes: 'function' });
  });
});
