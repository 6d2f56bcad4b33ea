import { expect } from '@open-wc/testing';
import { SDGS, contrastRatio, sdgTextColor, type SdgLanguage } from '../../src/data/sdgs.js';

const LANGUAGES: SdgLanguage[] = ['en', 'es', 'fr', 'ko', 'pt'];
const name = (goal: number, lang: SdgLanguage) => SDGS[goal - 1].names[lang];

describe('SDGS', () => {
  it('lists the 17 goals numbered 1–17 in order', () => {
    expect(SDGS).to.have.length(17);
    SDGS.forEach((sdg, i) => expect(sdg.number).to.equal(i + 1));
  });

  it('names every goal in all five languages', () => {
    for (const sdg of SDGS) {
      for (const lang of LANGUAGES) expect(sdg.names[lang].trim(), `goal ${sdg.number} ${lang}`).to.not.equal('');
    }
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
    expect(name(2, 'fr')).to.equal('Faim « zéro »');
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

  it('gives each goal its official colour as #rrggbb', () => {
    for (const sdg of SDGS) expect(sdg.color).to.match(/^#[0-9A-F]{6}$/i);
    expect(SDGS[0].color).to.equal('#E5243B');
    expect(SDGS[6].color).to.equal('#FCC30B');
    expect(SDGS[16].color).to.equal('#19486A');
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
