import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

type SchemaResult = { valid: boolean; errors: string[] };
const check = (feed: unknown) =>
  executeServerCommand<SchemaResult, { feed: unknown }>('minga-schema-validate', { feed });

describe('feed.schema.json', () => {
  it('accepts the sample feed', async () => {
    const feed = await (await fetch('/demo/feed.json')).json();
    const result = await check(feed);
    expect(result.errors).to.deep.equal([]);
    expect(result.valid).to.be.true;
  });

  it('rejects what the validator calls a structural error', async () => {
    const base = {
      version: 1,
      defaultLanguage: 'en',
      events: [{ id: 'e', name: 'E', timeZone: 'UTC', start: '2020' }],
    };
    const broken: unknown[] = [
      { ...base, version: 2 },
      { ...base, events: [{ ...base.events[0], start: '2019-13' }] },
      { ...base, events: [{ ...base.events[0], url: 'javascript:alert(1)' }] },
      { ...base, events: [{ ...base.events[0], timezone: 'UTC' }] },
      { ...base, events: [{ ...base.events[0], objectives: [{ text: 'x', sdgs: [18] }] }] },
      {
        ...base,
        events: [
          { ...base.events[0], sessions: [{ id: 's', title: 'S', start: '2019-12-09', end: '2019-12-09T10:00' }] },
        ],
      },
    ];
    expect((await check(base)).valid).to.be.true;
    for (const feed of broken) expect((await check(feed)).valid, JSON.stringify(feed)).to.be.false;
  });
});
