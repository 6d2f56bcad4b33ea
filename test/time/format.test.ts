import { expect } from '@open-wc/testing';
import { offsetAt, parseWallTime } from '../../src/time/wall-time.js';
import { utcOffsetName } from '../../src/time/zone.js';
import { datetimeAttribute, formatSpan, formatSpanParts, formatWallTime, zoneCity } from '../../src/time/format.js';
import type { WallTime } from '../../src/feed/types.js';

const w = (text: string, zone = 'America/Mexico_City'): WallTime => {
  const r = parseWallTime(text, zone);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

describe('formatWallTime', () => {
  it('shows partial dates as written, in any locale, never with a day or time', () => {
    expect(formatWallTime(w('2019-04', 'Africa/Bamako'), { locale: 'en', zone: 'Pacific/Auckland' })).to.equal(
      'April 2019',
    );
    expect(formatWallTime(w('2019-04', 'Africa/Bamako'), { locale: 'es', zone: 'Asia/Seoul' })).to.equal(
      'abril de 2019',
    );
    expect(formatWallTime(w('2019-04', 'Africa/Bamako'), { locale: 'fr', zone: 'UTC' })).to.equal('avril 2019');
    expect(formatWallTime(w('2020'), { locale: 'ko', zone: 'Asia/Seoul' })).to.contain('2020');
    expect(formatWallTime(w('2020'), { locale: 'en', zone: 'Pacific/Kiritimati' })).to.equal('2020');
  });

  it('converts a time into the display zone, moving it to the next day when it must', () => {
    // 20:00 in Mexico City on 9 December is 11:00 on 10 December in Seoul.
    const text = formatWallTime(w('2019-12-09T20:00'), { locale: 'en', zone: 'Asia/Seoul' });
    expect(text).to.contain('December 10, 2019');
    expect(text).to.contain('11:00');
  });
});

describe('formatSpan / formatSpanParts', () => {
  it('writes the shared date once and each end apart', () => {
    const parts = formatSpanParts(w('2019-12-09T12:30'), w('2019-12-09T20:00'), {
      locale: 'en',
      zone: 'America/Mexico_City',
    });
    expect(parts.map((p) => p.source)).to.include.members(['start', 'end', 'shared']);
    expect(parts.find((p) => p.source === 'start')!.text).to.contain('12:30');
    expect(parts.find((p) => p.source === 'end')!.text).to.contain('8:00');
    expect(parts.map((p) => p.text).join('')).to.contain('December 9, 2019');
  });

  it('uses the coarser precision of the two ends', () => {
    const text = formatSpan(w('2019-12-09T12:30'), w('2019-12-10'), { locale: 'en', zone: 'America/Mexico_City' });
    expect(text).to.not.match(/12:30|PM|AM/);
    expect(text).to.contain('December 9').and.to.contain('December 10, 2019');
  });

  it('gives one start part when both ends show the same', () => {
    const parts = formatSpanParts(w('2019-04', 'UTC'), w('2019-04', 'UTC'), { locale: 'en', zone: 'UTC' });
    expect(parts).to.deep.equal([{ text: 'April 2019', source: 'start' }]);
  });
});

describe('datetimeAttribute', () => {
  it('carries the full instant with the offset of the zone shown', () => {
    expect(datetimeAttribute(w('2019-12-09T12:30'), 'America/Mexico_City')).to.equal('2019-12-09T12:30:00-06:00');
    expect(datetimeAttribute(w('2019-12-09T20:00'), 'Asia/Seoul')).to.equal('2019-12-10T11:00:00+09:00');
    expect(datetimeAttribute(w('2019-12-09T12:30'), 'Asia/Kolkata')).to.equal('2019-12-10T00:00:00+05:30');
  });

  it('writes a time shown only as a date as the wall date it shows, not the instant elsewhere', () => {
    // 22:30 in Mexico City is already the 10th in Tokyo; shown at day precision it reads "December 9".
    expect(datetimeAttribute(w('2019-12-09T22:30'), 'Asia/Tokyo', 'day')).to.equal('2019-12-09');
  });

  it('keeps partial dates as written', () => {
    expect(datetimeAttribute(w('2019-04'), 'Asia/Seoul')).to.equal('2019-04');
    expect(datetimeAttribute(w('2020'), 'Asia/Seoul')).to.equal('2020');
    expect(datetimeAttribute(w('2019-12-09'), 'Asia/Seoul')).to.equal('2019-12-09');
  });
});

describe('zone labels', () => {
  it('name the offset with a true minus sign, and half hours', () => {
    const at = Date.UTC(2019, 11, 9, 18);
    expect(utcOffsetName(offsetAt('America/Mexico_City', at))).to.equal('UTC\u22126');
    expect(utcOffsetName(offsetAt('Asia/Kolkata', at))).to.equal('UTC+5:30');
    expect(utcOffsetName(offsetAt('Europe/London', at))).to.equal('UTC');
    expect(zoneCity('America/Mexico_City')).to.equal('Mexico City');
    expect(zoneCity('America/Argentina/Buenos_Aires')).to.equal('Buenos Aires');
    expect(zoneCity('UTC')).to.equal('');
    expect(zoneCity('Etc/GMT+5')).to.equal('');
  });
});
