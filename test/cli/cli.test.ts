import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

type Run = { code: number; stdout: string; stderr: string };
const cli = (...args: string[]) => executeServerCommand<Run, { args: string[] }>('minga-cli', { args });

describe('npx minga-widgets validate', () => {
  it('passes the sample feed with exit code 0', async () => {
    const run = await cli('validate', 'demo/feed.json');
    expect(run.code).to.equal(0);
    expect(run.stdout).to.contain('0 error(s), 0 warning(s); 5 event(s) and 2 session(s) are valid');
  });

  it('names every problem of a broken feed by path and exits 1', async () => {
    const run = await cli('validate', 'test/fixtures/broken-feed.json');
    expect(run.code).to.equal(1);
    for (const path of [
      '/events/0/sessions/1/end',
      '/events/0/sessions/2/end',
      '/events/1/start',
      '/events/2/timeZone',
      '/events/3/id',
      '/events/3/url',
    ]) {
      expect(run.stdout).to.contain(`${path}: `);
    }
    expect(run.stdout).to.match(/warning\s+\/events\/0\/sessions\/2\/end: this session lasts 14 hours/);
    expect(run.stdout).to.contain('1 event(s) and 2 session(s) are valid');
  });

  it('prints schema.org structured data for an event, in the language asked', async () => {
    const run = await cli('jsonld', 'demo/feed.json', 'pd-lac-2019', '--lang=es');
    expect(run.code).to.equal(0);
    expect(run.stdout).to.match(/^<script type="application\/ld\+json">\n/);
    const json = JSON.parse(run.stdout.replace(/^<script[^>]*>|<\/script>\s*$/g, ''));
    expect(json.name).to.match(/^1\.er Diálogo/);
    expect((await cli('jsonld', 'demo/feed.json', 'no-such-event')).code).to.equal(1);
  });

  it('exits 1 on a file that is not JSON, and 2 on usage errors', async () => {
    expect((await cli('validate', 'vite.config.ts')).code).to.equal(1);
    expect((await cli('validate', 'no/such/file.json')).code).to.equal(2);
    expect((await cli('frobnicate')).code).to.equal(2);
  });
});
