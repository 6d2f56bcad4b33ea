import { expect } from '@open-wc/testing';
import { readAddress, withAddress } from '../../src/components/agenda/address.js';

describe('the agenda’s page address', () => {
  it('writes its own parameters and keeps every other one and the fragment', () => {
    const href = withAddress('https://example.org/forum/?lang=es&minga-room=Old#programme', {
      event: 'forum',
      query: 'economía social',
      room: 'Sala 2',
      mine: true,
    });
    const url = new URL(href);
    expect(url.hash).to.equal('#programme');
    expect(url.searchParams.get('lang')).to.equal('es');
    expect(readAddress(url.search)).to.deep.equal({
      event: 'forum',
      query: 'economía social',
      track: undefined,
      room: 'Sala 2',
      language: undefined,
      mine: true,
      day: undefined,
      view: undefined,
      session: undefined,
      shared: undefined,
    });
    // Back to nothing: the agenda's parameters go, the page's stay.
    expect(withAddress(href, {})).to.equal('https://example.org/forum/?lang=es#programme');
  });

  it('carries shared ids with commas and percent signs unharmed', () => {
    const ids = ['s1', 'a,b', '100%', 'ñ'];
    const href = withAddress('https://example.org/', { shared: ids });
    expect(readAddress(new URL(href).search).shared).to.deep.equal(ids);
  });

  it('ignores empty and broken values', () => {
    const a = readAddress('?minga-q=%20&minga-mine=yes&minga-shared=,%E0%A4%A,s2');
    expect(a.query).to.equal(undefined);
    expect(a.mine).to.equal(undefined);
    expect(a.shared).to.deep.equal(['s2']);
  });
});
