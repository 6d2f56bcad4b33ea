import { expect } from '@open-wc/testing';
import {
  allSessionsShown,
  eventsAtMarker,
  programmeUpdated,
  sessionsShown,
  showAllObjectives,
} from '../../src/base/counts.js';
import { msg } from '@lit/localize';
import { sharedWithYou } from '../../src/components/agenda/finder-words.js';
import { useMsg } from '../../src/components/agenda/lazy-words.js';
import { inLanguage, loadLanguages, type Language } from './words.js';

// Every counted string, in every language, for 0, 1, 2 and 5 (src/base/counts.ts, and the
// agenda finder's in src/components/agenda/finder-words.ts). French and
// Portuguese say "one" for 0 and 1, English and Spanish for 1 only, Korean never.
const EXPECTED: Record<Language, Record<string, string[]>> = {
  en: {
    shared: [
      '0 sessions shared with you.',
      '1 session shared with you.',
      '2 sessions shared with you.',
      '5 sessions shared with you.',
    ],
    shown: [
      'Showing 0 of 5 sessions.',
      'Showing 1 of 5 sessions.',
      'Showing 2 of 5 sessions.',
      'Showing 5 of 5 sessions.',
    ],
    all: ['Showing all 0 sessions.', 'Showing 1 session.', 'Showing all 2 sessions.', 'Showing all 5 sessions.'],
    objectives: ['Show all 0 objectives', 'Show 1 objective', 'Show all 2 objectives', 'Show all 5 objectives'],
    events: ['0 events: X', '1 event: X', '2 events: X', '5 events: X'],
    updated: [
      'Programme updated: 0 sessions changed.',
      'Programme updated: 1 session changed.',
      'Programme updated: 2 sessions changed.',
      'Programme updated: 5 sessions changed.',
    ],
  },
  es: {
    shared: [
      '0 sesiones compartidas contigo.',
      '1 sesión compartida contigo.',
      '2 sesiones compartidas contigo.',
      '5 sesiones compartidas contigo.',
    ],
    shown: [
      'Se muestran 0 de 5 sesiones.',
      'Se muestra 1 de 5 sesiones.',
      'Se muestran 2 de 5 sesiones.',
      'Se muestran 5 de 5 sesiones.',
    ],
    all: [
      'Se muestran las 0 sesiones.',
      'Se muestra 1 sesión.',
      'Se muestran las 2 sesiones.',
      'Se muestran las 5 sesiones.',
    ],
    objectives: ['Mostrar los 0 objetivos', 'Mostrar 1 objetivo', 'Mostrar los 2 objetivos', 'Mostrar los 5 objetivos'],
    events: ['0 eventos: X', '1 evento: X', '2 eventos: X', '5 eventos: X'],
    updated: [
      'Programa actualizado: cambiaron 0 sesiones.',
      'Programa actualizado: cambió 1 sesión.',
      'Programa actualizado: cambiaron 2 sesiones.',
      'Programa actualizado: cambiaron 5 sesiones.',
    ],
  },
  fr: {
    shared: [
      '0 session partagée avec vous.',
      '1 session partagée avec vous.',
      '2 sessions partagées avec vous.',
      '5 sessions partagées avec vous.',
    ],
    shown: [
      '0 session affichée sur 5.',
      '1 session affichée sur 5.',
      '2 sessions affichées sur 5.',
      '5 sessions affichées sur 5.',
    ],
    all: [
      '0 session affichée.',
      '1 session affichée.',
      'Les 2 sessions sont affichées.',
      'Les 5 sessions sont affichées.',
    ],
    objectives: ['Afficher 0 objectif', 'Afficher 1 objectif', 'Afficher les 2 objectifs', 'Afficher les 5 objectifs'],
    events: ['0 événement\u00a0: X', '1 événement\u00a0: X', '2 événements\u00a0: X', '5 événements\u00a0: X'],
    updated: [
      'Programme mis à jour\u00a0: 0\u00a0session modifiée.',
      'Programme mis à jour\u00a0: 1\u00a0session modifiée.',
      'Programme mis à jour\u00a0: 2\u00a0sessions modifiées.',
      'Programme mis à jour\u00a0: 5\u00a0sessions modifiées.',
    ],
  },
  ko: {
    shared: [0, 1, 2, 5].map((n) => `세션 ${n}개가 공유되었습니다.`),
    shown: [
      '세션 5개 중 0개를 표시합니다.',
      '세션 5개 중 1개를 표시합니다.',
      '세션 5개 중 2개를 표시합니다.',
      '세션 5개 중 5개를 표시합니다.',
    ],
    all: [
      '세션 0개를 모두 표시합니다.',
      '세션 1개를 모두 표시합니다.',
      '세션 2개를 모두 표시합니다.',
      '세션 5개를 모두 표시합니다.',
    ],
    objectives: ['목표 0개 모두 보기', '목표 1개 모두 보기', '목표 2개 모두 보기', '목표 5개 모두 보기'],
    events: ['행사 0개: X', '행사 1개: X', '행사 2개: X', '행사 5개: X'],
    updated: [0, 1, 2, 5].map((n) => `프로그램이 업데이트되었습니다. 세션 ${n}개가 변경되었습니다.`),
  },
  pt: {
    shared: [
      '0 sessão compartilhada com você.',
      '1 sessão compartilhada com você.',
      '2 sessões compartilhadas com você.',
      '5 sessões compartilhadas com você.',
    ],
    shown: [
      'Mostrando 0 de 5 sessões.',
      'Mostrando 1 de 5 sessões.',
      'Mostrando 2 de 5 sessões.',
      'Mostrando 5 de 5 sessões.',
    ],
    all: [
      'Mostrando 0 sessão.',
      'Mostrando 1 sessão.',
      'Mostrando todas as 2 sessões.',
      'Mostrando todas as 5 sessões.',
    ],
    objectives: [
      'Mostrar 0 objetivo',
      'Mostrar 1 objetivo',
      'Mostrar todos os 2 objetivos',
      'Mostrar todos os 5 objetivos',
    ],
    events: ['0 evento: X', '1 evento: X', '2 eventos: X', '5 eventos: X'],
    updated: [
      'Programação atualizada: 0 sessão alterada.',
      'Programação atualizada: 1 sessão alterada.',
      'Programação atualizada: 2 sessões alteradas.',
      'Programação atualizada: 5 sessões alteradas.',
    ],
  },
};

describe('counted strings, by the plural rules of each language', () => {
  before(async () => {
    await loadLanguages();
    useMsg(((template, options) => msg(template, options)) as typeof msg);
  });

  for (const [lang, expected] of Object.entries(EXPECTED) as [Language, Record<string, string[]>][]) {
    it(`says 0, 1, 2 and 5 rightly in ${lang}`, () => {
      const said = inLanguage(lang, () => ({
        shown: [0, 1, 2, 5].map((n) => sessionsShown(n, 5)),
        all: [0, 1, 2, 5].map((n) => allSessionsShown(n)),
        objectives: [0, 1, 2, 5].map((n) => showAllObjectives(n)),
        events: [0, 1, 2, 5].map((n) => eventsAtMarker(n, 'X')),
        updated: [0, 1, 2, 5].map((n) => programmeUpdated(n)),
        shared: [0, 1, 2, 5].map((n) => sharedWithYou(n)),
      }));
      expect(said).to.deep.equal(expected);
    });
  }
});
