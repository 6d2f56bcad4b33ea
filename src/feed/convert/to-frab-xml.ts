/**
 * A frab schedule (as feedToFrab makes it) as schedule.xml: the form Giggity and EventFahrplan
 * read (they do not read schedule.json). Follows c3voc's schedule.xml.xsd; frab-xml.ts reads it back.
 */
import type { FrabDocument, FrabTalk } from './to-frab.js';

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const element = (name: string, value: string | number | null | undefined, indent: string) =>
  value === undefined || value === null ? '' : `${indent}<${name}>${escape(String(value))}</${name}>\n`;

export function frabXml(document: FrabDocument): string {
  const { schedule, generator } = document;
  const c = schedule.conference;
  let out = `<?xml version="1.0" encoding="utf-8"?>\n<schedule>\n  <generator name="${escape(generator.name)}"/>\n`;
  out += element('version', schedule.version, '  ');
  out += '  <conference>\n';
  out += element('acronym', c.acronym, '    ') + element('title', c.title, '    ');
  out += element('start', c.start, '    ') + element('end', c.end, '    ') + element('days', c.daysCount, '    ');
  out += element('timeslot_duration', c.timeslot_duration, '    ');
  out += element('base_url', schedule.base_url, '    ') + element('url', c.url, '    ');
  out += element('time_zone_name', c.time_zone_name, '    ');
  for (const t of c.tracks) out += `    <track name="${escape(t.name)}" slug="${escape(t.slug)}"/>\n`;
  out += '  </conference>\n';
  for (const day of c.days) {
    out += `  <day index="${day.index}" date="${day.date}" start="${day.day_start}" end="${day.day_end}">\n`;
    for (const [room, talks] of Object.entries(day.rooms)) {
      const guid = c.rooms.find((r) => r.name === room)?.guid;
      out += `    <room name="${escape(room)}"${guid ? ` guid="${guid}"` : ''}>\n`;
      for (const talk of talks) out += eventXml(talk);
      out += '    </room>\n';
    }
    out += '  </day>\n';
  }
  return `${out}</schedule>\n`;
}

function eventXml(t: FrabTalk): string {
  const i = '        ';
  let out = `      <event guid="${t.guid}" id="${t.id}">\n`;
  out += element('date', t.date, i) + element('start', t.start, i) + element('duration', t.duration, i);
  out += element('room', t.room, i) + element('slug', t.slug, i) + element('title', t.title, i);
  out += element('subtitle', t.subtitle, i) + element('track', t.track ?? '', i) + element('type', t.type, i);
  out += element('language', t.language, i) + element('abstract', t.abstract, i);
  out += element('description', t.description, i);
  out += `${i}<persons>\n`;
  for (const p of t.persons) out += element('person', p.public_name, `${i}  `);
  out += `${i}</persons>\n${i}<links/>\n${i}<attachments/>\n`;
  // The XSD wants an http(s) URL here; an export without one leaves the element out.
  if (/^https?:/.test(t.url)) out += element('url', t.url, i);
  return `${out}      </event>\n`;
}
