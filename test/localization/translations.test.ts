import { expect } from '@open-wc/testing';
import { loadLanguages, translations } from './words.js';

// Scans of every shipped string, so that the classes of mistake fixed once cannot come back.
describe('the translated UI strings', () => {
  before(loadLanguages);

  it('French: a no-break space before : ; ! ? and inside « », curly apostrophes', () => {
    const wrong = translations('fr').filter(
      ([, t]) =>
        / [:;!?»]|« |'/.test(t) ||
        /[^\s\u00a0\u202f{][:;!?»]|«[^\s\u00a0\u202f]/.test(
          t.replace(/\{\d+\}/g, 'x').replace(/https?:|\d:\d|:\d\d/g, ''),
        ),
    );
    expect(wrong.map(([id, t]) => `${id}: ${t}`)).to.deep.equal([]);
  });

  it('Spanish: Latin American words, the same ones everywhere', () => {
    const text = translations('es')
      .map(([, t]) => t)
      .join('\n');
    // Spain's words (and "destino", which reads as a destination, for the countdown's target date).
    for (const word of [/[Aa]ñadir/, /cuenta atrás/i, /[Aa]plazad/, /\bdestino\b/, /\bvosotros\b/, /\bordenador\b/]) {
      expect(text, String(word)).not.to.match(word);
    }
    expect(text).to.contain('Agregar al calendario');
    expect(text).to.contain('cuenta regresiva');
    expect(text).to.contain('Pospuesto');
    expect(text).to.contain('fecha objetivo');
  });

  it('Portuguese: Brazilian throughout', () => {
    const text = translations('pt')
      .map(([, t]) => t)
      .join('\n');
    for (const form of [/\bA mostrar\b/, /\b[OA] (seu|sua)\b/, /demasiado/, /\bdocumento\b/, /^Em \{/m, /Em breve/]) {
      expect(text, String(form)).not.to.match(form);
    }
    expect(text).to.contain('Mostrando');
    expect(text).to.contain('Previsto para {0}');
  });

  it('Korean: dates "개최", not a second "예정"; whole sentences about time zones', () => {
    const byId = Object.fromEntries(translations('ko'));
    expect(byId.s326bf8c06cf5db8a).to.equal('{0} 개최');
    expect(byId.s1f9ed8d17b81180c).to.equal('{0} 개최');
    for (const id of ['sc746bee30bd87696', 'sb286421d1fbed34e', 'sc7b4691a55efaba7'])
      expect(byId[id], id).to.match(/니다\.$/);
  });

  it('every language: no sentence left to be joined in code (no translation starts or ends with a separator)', () => {
    for (const lang of ['es', 'fr', 'ko', 'pt'] as const) {
      const joined = translations(lang).filter(([, t]) => /^[:;,·]|[:;,]\s*$/.test(t.trim()) && !/\{\d+\}/.test(t));
      // The exceptions: the line that introduces the list of events missing from the map, and the
      // separator between names, which is only punctuation.
      expect(
        joined.map(([id]) => id).filter((id) => id !== 's7d73a409e4b5bfca' && id !== 'list-separator'),
        lang,
      ).to.deep.equal([]);
    }
  });
});
