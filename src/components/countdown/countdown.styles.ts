import { css } from 'lit';

// One rule per line: Lit keeps CSS as written, and the script-tag bundle has a size budget.
export const countdownStyles = css`
  [part='base'] { display: grid; gap: calc(var(--_space) * 0.5); }
  p { margin: 0; }
  [part='name'], [part='when-label'] { font-weight: bold; }
  [part='status'], [part~='label'], [part='caption'], .zone { color: var(--_muted); }
  .live [part='status'] { color: var(--_accent); font-weight: bold; }
  [part='count'], .digits { display: flex; flex-wrap: wrap; align-items: center; gap: calc(var(--_space) * 0.5); }
  [part~='unit'] {
    display: inline-flex; flex-direction: column; align-items: center; min-inline-size: 4.5em;
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    border: 1px solid var(--_border); border-radius: var(--_radius);
    background: var(--minga-countdown-unit-background, transparent);
  }
  [part~='number'] {
    font-size: var(--minga-countdown-number-size, 2em); font-weight: bold;
    font-variant-numeric: tabular-nums; color: var(--minga-countdown-number-color, var(--_accent));
  }
  [part='next'] { display: grid; gap: calc(var(--_space) * 0.25); padding-block-start: calc(var(--_space) * 0.5); border-block-start: 1px solid var(--_border); }
  a { color: var(--_accent); }
  :host([layout='compact']) [part~='unit'] { display: inline; min-inline-size: 0; padding: 0; border: 0; background: none; }
  :host([layout='compact']) [part~='number'] { font-size: 1.25em; }
  @media print { [part='count'] { display: none; } }
  .visually-hidden { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`;
