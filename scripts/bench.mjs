#!/usr/bin/env node
// `npm run bench`: speed figures, never pass/fail. Each figure is reported with a baseline
// measured in the same run, so machines of different speed give comparable ratios.
//   feed validation: validateFeed() on a generated feed of 1,000 sessions over 5 days,
//   against JSON.parse of the same text (the least any reader of the feed must do).
//   agenda rendering: <minga-agenda> with that feed in Chromium, against a bare Lit template
//   rendering the same number of elements (scripts/bench-agenda.mjs).
// Runs on dist/ (`npm run build` first, or `prepare` did it on install).
import { performance } from 'node:perf_hooks';

const { validateFeed } = await import('../dist/feed/validate.js');

function generatedFeed(sessions, days) {
  const perDay = Math.ceil(sessions / days);
  const pad = (n) => String(n).padStart(2, '0');
  const list = [];
  for (let i = 0; i < sessions; i++) {
    const day = Math.floor(i / perDay);
    const slot = i % perDay;
    const track = slot % 10;
    const hour = 8 + Math.floor(slot / 10) % 12;
    const minute = (Math.floor(slot / 120) * 5) % 60;
    const date = `2019-12-${pad(9 + day)}`;
    list.push({
      id: `s${i}`,
      title: { en: `Session ${i}`, es: `Sesión ${i}`, fr: `Session ${i}` },
      start: `${date}T${pad(hour)}:${pad(minute)}`,
      end: `${date}T${pad(hour)}:${pad(minute + 4)}`,
      track: `Track ${track}`,
      speakers: [{ name: `Speaker ${i}`, affiliation: 'Example City' }],
      url: `https://example.org/sessions/${i}`,
    });
  }
  return {
    version: 1, defaultLanguage: 'en',
    events: [{ id: 'bench', name: 'Bench forum', timeZone: 'America/Mexico_City', start: '2019-12-09', end: '2019-12-13', sessions: list }],
  };
}

function time(fn, rounds) {
  fn(); // warm up
  const samples = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

const text = JSON.stringify(generatedFeed(1000, 5));
const parsed = JSON.parse(text);
const coldStart = performance.now();
const problems = validateFeed(parsed).problems; // the first read of a page: zone offsets not yet cached
const cold = performance.now() - coldStart;
if (problems.some((p) => p.severity === 'error')) throw new Error(`bench feed is invalid: ${problems[0].message}`);
const parse = time(() => JSON.parse(text), 30);
const validate = time(() => validateFeed(parsed), 10);
console.log(`Feed of 1,000 sessions over 5 days (${(text.length / 1024).toFixed(0)} KB of JSON), median of runs:`);
console.log(`  JSON.parse (baseline)   ${parse.toFixed(2).padStart(8)} ms`);
console.log(`  validateFeed, first run ${cold.toFixed(2).padStart(8)} ms   ${(cold / parse).toFixed(1)}× the baseline`);
console.log(`  validateFeed, repeated  ${validate.toFixed(2).padStart(8)} ms   ${(validate / parse).toFixed(1)}× the baseline`);

const { benchAgenda } = await import('./bench-agenda.mjs');
await benchAgenda(parsed);
