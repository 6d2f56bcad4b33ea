#!/usr/bin/env node
// Writes demo/example-forum.json: "Example Forum", a FICTIONAL three-day forum (eight rooms,
// about 150 sessions, English and Spanish) for the agenda's grid. Nothing in it is a real event,
// person or place; the sample event of the library is the seed in demo/feed.json. Deterministic:
// running it again gives the same file. `node scripts/example-forum.mjs`
import { writeFileSync } from 'node:fs';

const ROOMS = ['Room 1', 'Room 2', 'Room 3', 'Room 4', 'Room 5', 'Room 6', 'Room 7'];
const TOPICS = [
  ['Cooperative housing', 'Vivienda cooperativa'],
  ['Local food systems', 'Sistemas alimentarios locales'],
  ['Community finance', 'Finanzas comunitarias'],
  ['Care work', 'Trabajo de cuidados'],
  ['Public procurement', 'Compra pública'],
  ['Digital commons', 'Bienes comunes digitales'],
  ['Circular economy', 'Economía circular'],
  ['Youth employment', 'Empleo juvenil'],
  ['Measuring impact', 'Medir el impacto'],
  ['Energy communities', 'Comunidades energéticas'],
];
const FORMATS = [
  ['Workshop', 'Taller'],
  ['Panel', 'Panel'],
  ['Round table', 'Mesa redonda'],
  ['Case studies', 'Estudios de caso'],
];
const TRACKS = [
  ['Policy', 'Políticas'],
  ['Practice', 'Práctica'],
  ['Research', 'Investigación'],
];
const FIRST = ['Ana', 'Bruno', 'Carla', 'Dario', 'Elena', 'Femi', 'Gala', 'Hugo', 'Iris', 'Jun'];
const LAST = ['Example', 'Sample', 'Placeholder', 'Fictional', 'Demo'];
const SLOTS = ['09:30', '10:45', '12:00', '13:15', '14:30', '15:45', '17:00', '18:15'];
const DAYS = ['2030-10-23', '2030-10-24', '2030-10-25'];

const text = ([en, es]) => ({ en, es });
const sessions = [];
let n = 0;
for (const [d, day] of DAYS.entries()) {
  sessions.push({
    id: `plenary-${d + 1}`,
    title: text(d === 0 ? ['Opening plenary', 'Plenaria de apertura'] : ['Morning plenary', 'Plenaria de la mañana']),
    start: `${day}T08:30`,
    end: `${day}T09:15`,
    location: text(['Main hall', 'Sala principal']),
    plenary: true,
    languages: ['en', 'es'],
  });
  for (const [s, slot] of SLOTS.entries()) {
    for (const [r, room] of ROOMS.entries()) {
      // Leave a few rooms empty in some slots, as real programmes do.
      if ((d + s + r) % 9 === 8) continue;
      n++;
      const topic = TOPICS[(n * 7) % TOPICS.length];
      const format = FORMATS[(n + r) % FORMATS.length];
      const [h, m] = slot.split(':').map(Number);
      // Most sessions last an hour; every eleventh runs 30 minutes longer and overlaps the next.
      const minutes = n % 11 === 0 ? 90 : 60;
      const endMinutes = h * 60 + m + minutes;
      const end = `${String(Math.floor(endMinutes / 60)).padStart(2, '0')}:${String(endMinutes % 60).padStart(2, '0')}`;
      sessions.push({
        id: `s${n}`,
        title: { en: `${format[0]}: ${topic[0]}`, es: `${format[1]}: ${topic[1]}` },
        description: {
          en: `A fictional session about ${topic[0].toLowerCase()}, for the demo of the grid.`,
          es: `Una sesión ficticia sobre ${topic[1].toLowerCase()}, para la demostración de la grilla.`,
        },
        start: `${day}T${slot}`,
        end: `${day}T${end}`,
        location: text([room, room.replace('Room', 'Sala')]),
        track: text(TRACKS[n % TRACKS.length]),
        speakers: [0, 1].map((k) => ({ name: `${FIRST[(n + k * 3) % FIRST.length]} ${LAST[(n + k) % LAST.length]}` })),
        languages: n % 3 === 0 ? ['es'] : n % 3 === 1 ? ['en'] : ['en', 'es'],
      });
    }
  }
}

const feed = {
  $schema: '../feed.schema.json',
  version: 1,
  defaultLanguage: 'en',
  events: [
    {
      id: 'example-forum-2030',
      name: {
        en: 'Example Forum 2030 (fictional)',
        es: 'Foro de Ejemplo 2030 (ficticio)',
      },
      description: {
        en: 'A fictional forum made up for the demo of the agenda grid: its sessions, rooms and speakers do not exist.',
        es: 'Un foro ficticio inventado para la demostración de la grilla de la agenda: sus sesiones, salas y ponentes no existen.',
      },
      timeZone: 'America/Bogota',
      start: DAYS[0],
      end: DAYS[DAYS.length - 1],
      rooms: ROOMS.map((room) => text([room, room.replace('Room', 'Sala')])),
      sessions,
    },
  ],
};
writeFileSync('demo/example-forum.json', `${JSON.stringify(feed, null, 2)}\n`);
console.log(
  `demo/example-forum.json: ${sessions.length} fictional sessions in ${ROOMS.length + 1} rooms over ${DAYS.length} days`,
);
