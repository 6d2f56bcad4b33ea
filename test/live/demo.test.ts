import { expect, waitUntil } from '@open-wc/testing';

// The demo page (`npm start`) simulates a day of changes against a feed server in the page.
describe('the demo page simulates a live programme', function () {
  this.timeout(30_000);

  it('shows each simulated change in place, marked', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/demo/index.html';
    frame.style.width = '900px';
    frame.style.height = '600px';
    document.body.append(frame);
    try {
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const doc = frame.contentDocument!;
      const agenda = () => doc.querySelector('minga-agenda[refresh]')!;
      const text = () => (agenda()?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
      await waitUntil(() => text().includes('Financing cooperatives'), 'the live agenda', { timeout: 10_000 });
      const button = doc.querySelector<HTMLButtonElement>('#simulate-change')!;
      button.click();
      await waitUntil(() => text().includes('Room: Room A → Room C'), text(), { timeout: 10_000 });
      button.click();
      await waitUntil(() => agenda().shadowRoot!.querySelector('[part~="session-cancelled"]'), text(), {
        timeout: 10_000,
      });
      button.click();
      await waitUntil(() => text().includes('Added on the day'), text(), { timeout: 10_000 });
      expect(text()).to.contain('New');
    } finally {
      frame.remove();
    }
  });
});
