import { expect } from '@open-wc/testing';
import { validateFeed } from '../../src/feed/validate.js';
import { eventJsonLd, jsonLdScriptText } from '../../src/feed/json-ld.js';

const load = async (url: string) => validateFeed(await (await fetch(url)).json()).feed;

describe('eventJsonLd', () => {
  it('describes the seed event as a schema.org Event in the language asked', async () => {
    const feed = await load('/demo/feed.json');
    const ld = eventJsonLd(
      feed,
      feed.events.find((e) => e.id === 'pd-lac-2019')!,
      'fr',
    ) as any;
    expect(ld['@type']).to.equal('Event');
    expect(ld.name).to.match(/^1er Dialogue politique/);
    expect(ld.startDate).to.equal('2019-12-09T12:30:00-06:00');
    expect(ld.endDate).to.equal('2019-12-09T20:00:00-06:00');
    expect(ld.eventStatus).to.equal('https://schema.org/EventScheduled');
    expect(ld.location.address).to.deep.equal({
      '@type': 'PostalAddress',
      addressLocality: 'Iztapalapa, Mexico',
      addressCountry: 'MX',
    });
    expect(ld.subEvent.map((s: any) => s.startDate)).to.deep.equal([
      '2019-12-09T12:30:00-06:00',
      '2019-12-09T18:30:00-06:00',
    ]);
    expect(ld.superEvent.name).to.match(/^Dialogues politiques du GSEF/);
  });

  it('keeps partial dates as written and says nothing the feed does not', async () => {
    const feed = await load('/demo/feed.json');
    const ld = eventJsonLd(
      feed,
      feed.events.find((e) => e.id === 'pd-africa-2019')!,
      'en',
    ) as any;
    expect(ld.startDate).to.equal('2019-04');
    expect(ld).to.not.have.any.keys('endDate', 'organizer', 'subEvent', 'url', 'eventAttendanceMode');
  });

  it('maps statuses to schema.org', () => {
    const { feed } = validateFeed({
      version: 1,
      defaultLanguage: 'en',
      events: [{ id: 'x', name: 'X', timeZone: 'UTC', start: '2020', status: 'moved-online', attendance: 'online' }],
    });
    const ld = eventJsonLd(feed, feed.events[0], 'en') as any;
    expect(ld.eventStatus).to.equal('https://schema.org/EventMovedOnline');
    expect(ld.eventAttendanceMode).to.equal('https://schema.org/OnlineEventAttendanceMode');
  });
});

describe('jsonLdScriptText', () => {
  it('cannot be closed by text from the feed', async () => {
    const feed = await load('/test/fixtures/hostile-feed.json');
    const text = jsonLdScriptText(eventJsonLd(feed, feed.events[0], 'en'));
    expect(text).to.not.contain('<');
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.textContent = text;
    expect(JSON.parse(script.textContent!).name).to.contain('<script>');
  });
});
