import { expect } from '@open-wc/testing';
import { DateTime } from 'luxon';
import { parseWallTime, startMs } from '../../src/time/wall-time.js';
import { transitions } from '../../src/time/transitions.js';

// Differential test: our wall-time resolution against luxon's, around every offset change of
// 2014–2024 in zones chosen for awkward rules (half hours, 45 minutes, negative DST, midnight
// changes, Ramadan suspensions, the southern hemisphere, the date line).
const ZONES = [
  'America/Mexico_City',
  'America/New_York',
  'America/Santiago',
  'America/Havana',
  'America/Sao_Paulo',
  'America/St_Johns',
  'Europe/London',
  'Europe/Dublin',
  'Europe/Berlin',
  'Europe/Moscow',
  'Africa/Casablanca',
  'Africa/Cairo',
  'Asia/Beirut',
  'Asia/Tehran',
  'Asia/Seoul',
  'Australia/Lord_Howe',
  'Australia/Adelaide',
  'Pacific/Chatham',
  'Pacific/Apia',
  'Pacific/Auckland',
  'Antarctica/Troll',
];
const STEP = 15 * 60_000;

describe('wall-time resolution agrees with luxon', () => {
  for (const zone of ZONES) {
    it(zone, () => {
      let checked = 0;
      for (const change of transitions(zone, Date.UTC(2014, 0, 1), Date.UTC(2025, 0, 1))) {
        // Wall times from 3 hours before to 3 hours after the change, every 15 minutes.
        for (let t = change.at - 3 * 3_600_000; t <= change.at + 3 * 3_600_000; t += STEP) {
          const wall = DateTime.fromMillis(t, { zone: 'UTC' }).plus({ minutes: change.from });
          const text = wall.toFormat("yyyy-LL-dd'T'HH:mm");
          const fields = { year: wall.year, month: wall.month, day: wall.day, hour: wall.hour, minute: wall.minute };
          const possible = DateTime.fromObject(fields, { zone })
            .getPossibleOffsets()
            .filter((d) => d.hour === wall.hour && d.minute === wall.minute && d.day === wall.day)
            .map((d) => d.toMillis())
            .sort((a, b) => a - b);
          const ours = parseWallTime(text, zone);
          if (possible.length === 0) expect(ours.ok, `${text} ${zone} is in a gap`).to.be.false;
          else {
            expect(ours.ok, `${text} ${zone}`).to.be.true;
            if (ours.ok) expect(startMs(ours.value), `${text} ${zone}`).to.equal(possible[0]);
          }
          checked++;
        }
      }
      if (zone !== 'Asia/Seoul') expect(checked, 'transitions found').to.be.greaterThan(0);
    });
  }
});
