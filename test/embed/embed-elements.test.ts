import { expect } from '@open-wc/testing';
import { EMBEDDABLE } from '../../src/embed/embed-elements.js';

// The embed page's allowlist is written by hand; the manifest is generated from the elements.
describe('the embed page allowlist', () => {
  it('has every attribute each element documents in custom-elements.json, and no other', async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    const documented = new Map<string, string[]>();
    for (const mod of manifest.modules) {
      for (const d of mod.declarations ?? []) {
        if (d.tagName)
          documented.set(
            d.tagName,
            d.attributes.map((a: { name: string }) => a.name),
          );
      }
    }
    for (const { tag, attributes } of Object.values(EMBEDDABLE)) {
      // `src` is checked apart (http and https only) and `lang` goes on <html>.
      expect(['src', ...Object.keys(attributes)].sort(), tag).to.deep.equal([...documented.get(tag)!].sort());
    }
    expect(
      Object.values(EMBEDDABLE)
        .map((e) => e.tag)
        .sort(),
    ).to.deep.equal([...documented.keys()].sort());
  });

  it('knows which attributes are boolean', async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    for (const mod of manifest.modules) {
      for (const d of mod.declarations ?? []) {
        const embeddable = Object.values(EMBEDDABLE).find((e) => e.tag === d.tagName);
        for (const a of embeddable ? d.attributes : []) {
          if (a.name !== 'src')
            expect(embeddable!.attributes[a.name], `${d.tagName} ${a.name}`).to.equal(
              a.type.text === 'boolean' ? 'boolean' : 'text',
            );
        }
      }
    }
  });
});
