import { expect } from '@open-wc/testing';
import { transitions } from '../../src/time/transitions.js';

const utc = (iso: string) => Date.parse(iso);

describe('transitions', () => {
  it('finds both 2019 changes of New York to the minute', () => {
    const found = transitions('America/New_York', utc('2019-01-01T00:00Z'), utc('2020-01-01T00:00Z'));
    expect(found.map((t) => new Date(t.at).toISOString())).to.deep.equal([
      '2019-03-10T07:00:00.000Z',
      '2019-11-03T06:00:00.000Z',
    ]);
    expect(found.map((t) => [t.from, t.to])).to.deep.equal([
      [-300, -240],
      [-240, -300],
    ]);
  });

  it('finds half-hour changes (Lord Howe) and none where there are none (Seoul)', () => {
    const lordHowe = transitions('Australia/Lord_Howe', utc('2019-01-01T00:00Z'), utc('2020-01-01T00:00Z'));
    expect(lordHowe.map((t) => t.to - t.from)).to.deep.equal([-30, 30]);
    expect(transitions('Asia/Seoul', utc('2019-01-01T00:00Z'), utc('2020-01-01T00:00Z'))).to.deep.equal([]);
  });

  it('finds a change on a half minute (Monrovia, 1972) to the second', () => {
    const found = transitions('Africa/Monrovia', utc('1972-01-01T00:00Z'), utc('1972-02-01T00:00Z'));
    expect(found.map((t) => new Date(t.at).toISOString())).to.deep.equal(['1972-01-07T00:44:30.000Z']);
  });

  it('finds the day Samoa skipped', () => {
    const apia = transitions('Pacific/Apia', utc('2011-12-01T00:00Z'), utc('2012-01-15T00:00Z'));
    expect(apia.map((t) => t.to - t.from)).to.deep.equal([24 * 60]);
  });
});
