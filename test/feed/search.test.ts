import { expect } from '@open-wc/testing';
import { foldForSearch, sessionMatcher } from '../../src/feed/search.js';
import { validateFeed } from '../../src/feed/validate.js';
import type { FeedEvent } from '../../src/feed/types.js';

function eventOf(sessions: object[]): FeedEvent {
  const { feed } = validateFeed({
    version: 1,
    defaultLanguage: 'en',
    events: [
      {
        id: 'e',
        name: 'Test forum',
        timeZone: 'America/Mexico_City',
        start: '2019-12-09',
        sessions: sessions.map((s, i) => ({
          id: `s${i + 1}`,
          title: `Session ${i + 1}`,
          start: `2019-12-09T${String(9 + i).padStart(2, '0')}:00`,
          end: `2019-12-09T${String(10 + i).padStart(2, '0')}:00`,
          ...s,
        })),
      },
    ],
  });
  return feed!.events[0];
}

const found = (event: FeedEvent, query: string) => {
  const matches = sessionMatcher(event, query);
  return event.sessions.filter((s) => !matches || matches(s)).map((s) => s.id);
};

describe('search', () => {
  it('folds case and accents the same way in the query and the text, in every script', () => {
    expect(foldForSearch('Économie  SOCIALE')).to.equal('economie sociale');
    expect(foldForSearch('Cooperação')).to.equal('cooperacao');
    expect(foldForSearch('Straße')).to.equal('strasse');
    expect(foldForSearch('İSTANBUL')).to.equal('istanbul');
    expect(foldForSearch('Łódź Øresund')).to.equal('lodz oresund');
    // Full-width Latin letters, as some Asian keyboards type them.
    expect(foldForSearch('ＳＳＥ')).to.equal('sse');
    // Hangul is decomposed in the query as in the text, so a whole word still finds itself.
    expect(foldForSearch('경제')).to.equal('경제'.normalize('NFKD'));
    expect(foldForSearch('사회연대경제').includes(foldForSearch('경제'))).to.equal(true);
  });

  it('finds sessions by any of their texts, in any language of the feed', () => {
    const event = eventOf([
      { title: { es: 'Economía social', en: 'Social economy' } },
      { title: 'Panel', description: { fr: 'Le développement local' } },
      { title: 'Talk', speakers: [{ name: 'Ana Pérez', affiliation: 'Cooperativa Açaí' }] },
      { title: 'Room talk', location: 'Sala Três', track: 'Housing' },
    ]);
    expect(found(event, 'economia')).to.deep.equal(['s1']);
    expect(found(event, 'SOCIAL economy')).to.deep.equal(['s1']);
    expect(found(event, 'developpement')).to.deep.equal(['s2']);
    expect(found(event, 'perez acai')).to.deep.equal(['s3']);
    expect(found(event, 'tres')).to.deep.equal(['s4']);
    expect(found(event, 'housing')).to.deep.equal(['s4']);
    // Every word must be there, in any order.
    expect(found(event, 'economy panel')).to.deep.equal([]);
    // Nothing typed: everything.
    expect(found(event, '   ')).to.deep.equal(['s1', 's2', 's3', 's4']);
  });

  it('searches 5,000 sessions with a matcher made once per event', () => {
    const sessions = Array.from({ length: 5000 }, (_, i) => ({
      id: `x${i}`,
      title: { en: `Session ${i} on housing`, es: `Sesión ${i} sobre vivienda` },
      start: '2019-12-09T09:00',
      end: '2019-12-09T10:00',
    }));
    const big = eventOf(sessions);
    expect(found(big, 'sesion 4999 vivienda')).to.deep.equal(['x4999']);
    // 123, 1123 to 4123 and 1230 to 1239.
    expect(found(big, 'SESIÓN 123')).to.have.length(15);
  });
});
