/**
 * One validator answer in every runtime: generated feeds validated here (the browser) and by the
 * CLI's runtime (Node, through a server command) give the same problems, at the same paths, with
 * the same words and severities, wherever the two runtimes' time-zone data agree.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import fc from 'fast-check';
import { anyFeed } from './feeds.js';
import { answers, type Answer } from './answers.js';
import { runs, seed, timeoutFor } from './config.js';

describe('validateFeed in this browser and in Node', function () {
  const n = runs(300, 0.1);
  this.timeout(timeoutFor(n, 10));

  it('finds the same problems in the same feeds', async () => {
    const feeds = fc.sample(anyFeed, { numRuns: n, seed });
    const here = answers(feeds);
    const there: Answer[] = [];
    for (let i = 0; i < feeds.length; i += 200) {
      const json = JSON.stringify(feeds.slice(i, i + 200));
      there.push(...(await executeServerCommand<Answer[], { json: string }>('minga-validate-in-node', { json }))!);
    }
    const key = (a: Answer) => a.problems.map((p) => `${p.path} ${p.severity}: ${p.message}`);
    const compared = feeds.map((_, i) => i).filter((i) => here[i].zones === there[i].zones);
    const differ = compared.filter((i) => JSON.stringify(key(here[i])) !== JSON.stringify(key(there[i])));
    const shown = differ.slice(0, 3).map((i) => {
      const [a, b] = [key(here[i]), key(there[i])];
      const only = (x: string[], y: string[]) => x.filter((k) => !y.includes(k)).join(' | ');
      return `feed ${i} of seed ${seed}: here ${only(a, b)}; in Node ${only(b, a)}`;
    });
    expect(shown.join('\n')).to.equal('');
    // Feeds left out for their zones' data must stay rare, or this would compare nothing.
    expect(feeds.length - compared.length, 'feeds whose zone data differ').to.be.at.most(feeds.length / 20);
  });
});
