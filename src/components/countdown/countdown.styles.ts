import { css } from 'lit';

export const countdownStyles = css`
  .countdown {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  p {
    margin: 0;
  }
  .name,
  .when-label {
    font-weight: bold;
  }
  .status,
  .label,
  .caption,
  .zone {
    color: var(--_muted);
  }
  .live .status {
    color: var(--_accent);
    font-weight: bold;
  }
  .count,
  .digits {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5);
  }
  .unit {
    display: inline-flex;
    flex-direction: column;
    align-items: center;
    min-inline-size: 4.5em;
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--minga-countdown-unit-background, transparent);
  }
  .number {
    font-size: var(--minga-countdown-number-size, 2em);
    font-weight: bold;
    font-variant-numeric: tabular-nums;
    color: var(--minga-countdown-number-color, var(--_accent));
  }
  .next {
    display: grid;
    gap: calc(var(--_space) * 0.25);
    padding-block-start: calc(var(--_space) * 0.5);
    border-block-start: 1px solid var(--_border);
  }
  a {
    color: var(--_accent);
  }
  :host([layout='compact' i]) .unit {
    display: inline;
    min-inline-size: 0;
    padding: 0;
    border: 0;
    background: none;
  }
  :host([layout='compact' i]) .number {
    font-size: 1.25em;
  }
  @media print {
    .count {
      display: none;
    }
  }
`;
