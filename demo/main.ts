// The demo page: every element against the sample feed, with a language switch, a time-zone
// switch and a "pretend today is" control so a 2019 event can be seen before, during and after.
import '../src/minga-widgets.js';
import { DateTime } from 'luxon';
import { setNow, validateFeed } from '../src/index.js';

const form = document.querySelector<HTMLFormElement>('#controls')!;
const widgets = document.querySelector<HTMLElement>('#widgets')!;
const field = <T extends Element>(name: string) => form.elements.namedItem(name) as unknown as T;
const all = () => widgets.querySelectorAll<HTMLElement>('[src]');
// A countdown to a target reads its wall time in its own time-zone: the zone switch leaves it alone.
const themed = () => widgets.querySelectorAll<HTMLElement>('[src], [target]');

field<HTMLSelectElement>('lang').addEventListener('change', (e) => {
  widgets.lang = (e.target as HTMLSelectElement).value;
});
field<HTMLSelectElement>('zone').addEventListener('change', (e) => {
  for (const el of all()) el.setAttribute('time-zone', (e.target as HTMLSelectElement).value);
});
field<HTMLSelectElement>('theme').addEventListener('change', (e) => {
  const theme = (e.target as HTMLSelectElement).value;
  for (const el of themed()) {
    if (theme) el.setAttribute('theme', theme);
    else el.removeAttribute('theme');
  }
});
// The pretended time is read in the event's zone (Mexico City), as a visitor there would say it.
const pretend = field<HTMLInputElement>('now');
pretend.value = '2019-12-09T13:00';
const apply = () => {
  if (pretend.value) setNow(DateTime.fromISO(pretend.value, { zone: 'America/Mexico_City' }).toMillis());
};
pretend.addEventListener('change', apply);
field<HTMLButtonElement>('real-time').addEventListener('click', () => {
  pretend.value = '';
  setNow(null);
});
apply();

// The countdown's events, as a page would use them (to reveal a livestream link, say).
const log = document.querySelector<HTMLElement>('#countdown-log')!;
widgets.addEventListener('minga-countdown-start', (e) => {
  log.textContent = `minga-countdown-start: ${e.detail.eventId ?? 'target'}`;
});
widgets.addEventListener('minga-countdown-end', (e) => {
  log.textContent = `minga-countdown-end: ${e.detail.eventId ?? 'target'}`;
});
// The map's selection, as a page would use it (to show that event's agenda, say).
widgets.addEventListener('minga-select', (e) => {
  log.textContent = `minga-select: ${e.detail.eventIds.join(', ')}`;
});

// "Check a feed": the validator on pasted JSON, for content editors without a command line.
const input = document.querySelector<HTMLTextAreaElement>('#checker-input')!;
const result = document.querySelector<HTMLElement>('#checker-result')!;
document.querySelector('#checker-run')!.addEventListener('click', () => {
  result.replaceChildren();
  let json: unknown;
  try {
    json = JSON.parse(input.value);
  } catch (error) {
    result.textContent = `This is not valid JSON: ${(error as Error).message}`;
    return;
  }
  const { feed, problems } = validateFeed(json);
  const summary = document.createElement('p');
  const errors = problems.filter((p) => p.severity === 'error').length;
  summary.textContent = `${errors} error(s), ${problems.length - errors} warning(s); ${feed.events.length} event(s) are valid and will be shown.`;
  const list = document.createElement('ul');
  for (const problem of problems) {
    const item = document.createElement('li');
    item.className = problem.severity;
    item.textContent = `${problem.severity} ${problem.path || '/'}: ${problem.message}`;
    list.append(item);
  }
  result.append(summary, list);
});
fetch('./feed.json')
  .then((r) => r.text())
  .then((text) => {
    input.value = text;
  });
