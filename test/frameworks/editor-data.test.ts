// The editor data in types/ (VS Code HTML custom data, JetBrains web-types) offers every element and
// attribute of custom-elements.json, with the values a union-typed attribute accepts.
import { expect } from '@open-wc/testing';

const json = async (path: string) => (await fetch(path)).json();

describe('editor data', () => {
  it('VS Code custom data lists every tag and attribute, with choices for union types', async () => {
    const [manifest, data] = await Promise.all([
      json('/custom-elements.json'),
      json('/types/vscode.html-custom-data.json'),
    ]);
    const elements = manifest.modules.flatMap((m: any) => m.declarations ?? []).filter((d: any) => d.tagName);
    expect(data.tags.map((t: any) => t.name).sort()).to.deep.equal(elements.map((e: any) => e.tagName).sort());
    for (const el of elements) {
      const tag = data.tags.find((t: any) => t.name === el.tagName);
      expect(
        tag.attributes.map((a: any) => a.name),
        el.tagName,
      ).to.deep.equal(el.attributes.map((a: any) => a.name));
    }
    const countdown = data.tags.find((t: any) => t.name === 'minga-countdown');
    const values = (name: string) =>
      countdown.attributes.find((a: any) => a.name === name).values?.map((v: any) => v.name);
    expect(values('precision')).to.deep.equal(['days', 'hours', 'minutes', 'seconds']);
    expect(values('theme')).to.deep.equal(['auto', 'light', 'dark']);
    expect(countdown.attributes.find((a: any) => a.name === 'follow-series').valueSet).to.equal('v');
    expect(countdown.description).to.contain('minga-countdown-start');
  });

  it('web-types lists every element with its attributes, properties and events', async () => {
    const data = await json('/types/web-types.json');
    const elements = data.contributions.html.elements;
    expect(elements.map((e: any) => e.name)).to.include.members([
      'minga-agenda',
      'minga-countdown',
      'minga-event-summary',
      'minga-objectives',
      'minga-series-map',
    ]);
    const agenda = elements.find((e: any) => e.name === 'minga-agenda');
    expect(agenda.attributes.find((a: any) => a.name === 'hide-header').value.kind).to.equal('no-value');
    expect(agenda.js.properties.map((p: any) => p.name)).to.include('feed');
    expect(agenda.js.events.map((e: any) => e.name)).to.include.members(['minga-feed-load', 'minga-calendar-download']);
    const map = elements.find((e: any) => e.name === 'minga-series-map');
    expect(map.attributes.find((a: any) => a.name === 'view').values.map((v: any) => v.name)).to.deep.equal([
      'fit',
      'world',
    ]);
  });
});
