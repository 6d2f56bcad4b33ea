import { expect } from '@open-wc/testing';
import { pickText } from '../../src/feed/text.js';

describe('pickText: which language a text is shown in', () => {
  const text = { en: 'Dialogue', es: 'Diálogo', 'pt-BR': 'Diálogo (BR)', fr: 'Dialogue (fr)' };

  it('takes the exact tag first, case-insensitively', () => {
    expect(pickText(text, 'pt-BR', 'en')).to.deep.equal({ text: 'Diálogo (BR)', lang: 'pt-BR' });
    expect(pickText(text, 'PT-br', 'en')!.text).to.equal('Diálogo (BR)');
  });

  it('then the base language', () => {
    expect(pickText(text, 'es-MX', 'en')).to.deep.equal({ text: 'Diálogo', lang: 'es' });
  });

  it('then a regional variant of the same language', () => {
    expect(pickText(text, 'pt', 'en')!.lang).to.equal('pt-BR');
  });

  it("then the feed's default language, then the first one present", () => {
    expect(pickText(text, 'ko', 'fr')!.lang).to.equal('fr');
    expect(pickText({ es: 'Uno', fr: 'Un' }, 'ko', 'en')!.lang).to.equal('es');
  });

  it('gives nothing for no text', () => {
    expect(pickText(undefined, 'en', 'en')).to.equal(undefined);
  });
});
