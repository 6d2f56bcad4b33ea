import { expect } from '@open-wc/testing';
import { SDGS, contrastRatio, sdgName, sdgTextColor, sdgUrl } from '../../src/data/sdgs.js';
import { templates as es } from '../../src/generated/locales/es.js';
import { templates as fr } from '../../src/generated/locales/fr.js';
import { templates as ko } from '../../src/generated/locales/ko.js';
import { templates as pt } from '../../src/generated/locales/pt.js';

// English names are the msg() sources in src/data/sdgs.ts; the others ship in the UI-language
// chunks built from xliff/, which is where these tests read them.
type Language = 'en' | 'es' | 'fr' | 'ko' | 'pt';
const SHIPPED: Record<Exclude<Language, 'en'>, Record<string, unknown>> = { es, fr, ko, pt };
const LANGUAGES: Language[] = ['en', 'es', 'fr', 'ko', 'pt'];
const name = (goal: number, lang: Language) =>
  lang === 'en' ? sdgName(goal) : String(SHIPPED[lang][`sdg-${goal}`] ?? '');

describe('SDGS', () => {
  it('lists the 17 goals numbered 1–17 in order', () => {
    expect(SDGS).to.have.length(17);
    SDGS.forEach((sdg, i) => expect(sdg.number).to.equal(i + 1));
  });

  it('names every goal in all five languages, each differently from English', () => {
    for (const sdg of SDGS) {
      for (const lang of LANGUAGES)
        expect(name(sdg.number, lang).trim(), `goal ${sdg.number} ${lang}`).to.not.equal('');
      for (const lang of LANGUAGES.slice(1))
        expect(name(sdg.number, lang), `goal ${sdg.number} ${lang}`).to.not.equal(name(sdg.number, 'en'));
    }
    expect(sdgName(0)).to.equal('');
    expect(sdgName(18)).to.equal('');
  });

  it("links each goal to its page on the UN's SDG site", () => {
    expect(sdgUrl(11)).to.equal('https://sdgs.un.org/goals/goal11');
  });

  it('uses the official English icon names', () => {
    expect(name(1, 'en')).to.equal('No poverty');
    expect(name(3, 'en')).to.equal('Good health and well-being');
    expect(name(11, 'en')).to.equal('Sustainable cities and communities');
    expect(name(16, 'en')).to.equal('Peace, justice and strong institutions');
    expect(name(17, 'en')).to.equal('Partnerships for the goals');
  });

  it('uses the UN Spanish icon names', () => {
    expect(name(1, 'es')).to.equal('Fin de la pobreza');
    expect(name(2, 'es')).to.equal('Hambre cero');
    expect(name(7, 'es')).to.equal('Energía asequible y no contaminante');
    expect(name(14, 'es')).to.equal('Vida submarina');
    expect(name(17, 'es')).to.equal('Alianzas para lograr los objetivos');
  });

  it('uses the UN French icon names', () => {
    expect(name(1, 'fr')).to.equal('Pas de pauvreté');
    // The UN's words, with French typography's no-break spaces inside the guillemets.
    expect(name(2, 'fr')).to.equal('Faim «\u00a0zéro\u00a0»');
    expect(name(5, 'fr')).to.equal('Égalité entre les sexes');
    expect(name(13, 'fr')).to.equal('Mesures relatives à la lutte contre les changements climatiques');
    expect(name(17, 'fr')).to.equal('Partenariats pour la réalisation des objectifs');
  });

  it('uses the Korean icon names', () => {
    expect(name(1, 'ko')).to.equal('빈곤 종식');
    expect(name(2, 'ko')).to.equal('기아 종식');
    expect(name(4, 'ko')).to.equal('양질의 교육');
    expect(name(6, 'ko')).to.equal('깨끗한 물과 위생');
    expect(name(13, 'ko')).to.equal('기후변화 대응');
  });

  it('uses the Brazilian Portuguese icon names of the UN in Brazil', () => {
    expect(name(1, 'pt')).to.equal('Erradicação da pobreza');
    expect(name(2, 'pt')).to.equal('Fome zero e agricultura sustentável');
    expect(name(13, 'pt')).to.equal('Ação contra a mudança global do clima');
    expect(name(14, 'pt')).to.equal('Vida na água');
    expect(name(17, 'pt')).to.equal('Parcerias e meios de implementação');
  });

  it('gives each goal its official colour', () => {
    // Written out from the UN's SDG guidelines (colour definitions), not from the module under test.
    const official = [
      '#E5243B',
      '#DDA63A',
      '#4C9F38',
      '#C5192D',
      '#FF3A21',
      '#26BDE2',
      '#FCC30B',
      '#A21942',
      '#FD6925',
      '#DD1367',
      '#FD9D24',
      '#BF8B2E',
      '#3F7E44',
      '#0A97D9',
      '#56C02B',
      '#00689D',
      '#19486A',
    ];
    expect(SDGS.map((g) => g.number)).to.deep.equal(official.map((_, i) => i + 1));
    expect(SDGS.map((g) => g.color.toUpperCase())).to.deep.equal(official);
  });
});

describe('sdgTextColor', () => {
  it('reaches WCAG AA 4.5:1 on every goal colour', () => {
    for (const sdg of SDGS) {
      expect(contrastRatio(sdgTextColor(sdg.number), sdg.color), `goal ${sdg.number}`).to.be.at.least(4.5);
    }
  });

  it('chooses black on the light colours and white on the dark ones', () => {
    for (const goal of [6, 7, 11, 15]) expect(sdgTextColor(goal), `goal ${goal}`).to.equal('#000000');
    for (const goal of [4, 8, 16, 17]) expect(sdgTextColor(goal), `goal ${goal}`).to.equal('#ffffff');
  });
});

describe('contrastRatio', () => {
  it('is 21 for white on black and 1 for a colour on itself', () => {
    expect(contrastRatio('#ffffff', '#000000')).to.be.closeTo(21, 1e-9);
    expect(contrastRatio('#E5243B', '#e5243b')).to.be.closeTo(1, 1e-9);
  });

  it('is symmetric', () => {
    for (const sdg of SDGS) expect(contrastRatio(sdg.color, '#ffffff')).to.equal(contrastRatio('#ffffff', sdg.color));
    expect(contrastRatio('#26BDE2', '#19486A')).to.equal(contrastRatio('#19486A', '#26BDE2'));
  });
});
