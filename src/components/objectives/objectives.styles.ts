import { css, unsafeCSS } from 'lit';
import { SDGS, sdgTextColor } from '../../data/sdgs.js';

// One rule per goal rather than inline styles: pages whose Content-Security-Policy forbids inline
// style attributes still get the official colours. Values come from our own table, never a feed.
const goalColors = unsafeCSS(
  SDGS.map((g) => `.goal-${g.number}{--_goal:${g.color};--_on-goal:${sdgTextColor(g.number)}}`).join(''),
);

export const objectivesStyles = [
  goalColors,
  css`
    .objectives {
      display: grid;
      gap: calc(var(--_space) * 0.5);
    }
    .heading {
      margin: 0;
      font-size: var(--minga-objectives-heading-size, 1.25em);
      line-height: 1.25;
    }
    .list {
      display: grid;
      gap: var(--minga-objectives-item-gap, calc(var(--_space) * 0.5));
      margin: 0;
      padding-inline-start: 1.5em;
    }
    .item::marker {
      color: var(--minga-objectives-marker-color, var(--_accent));
      font-weight: bold;
    }
    .goals {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em;
      margin: 0.25em 0 0;
      padding: 0;
      list-style: none;
    }
    .badge {
      display: inline-flex;
      align-items: baseline;
      gap: 0.35em;
      padding: 0.1em 0.6em;
      border: 1px solid transparent; /* drawn in forced-colors mode, where backgrounds are not */
      border-radius: var(--minga-sdg-badge-radius, var(--_radius));
      background: var(--_goal);
      color: var(--_on-goal);
      font-size: var(--minga-sdg-badge-size, 0.875em);
      line-height: 1.4;
      text-decoration: none;
    }
    a.badge:hover .goal-name {
      text-decoration: underline;
    }
    .goal-number {
      font-weight: bold;
    }
    .summary {
      display: grid;
      gap: 0.25em;
    }
    .summary-label {
      margin: 0;
      color: var(--_muted);
    }
    .more {
      justify-self: start;
      padding: 0.3em 0.9em;
    }
    :host([hide-empty]:state(empty)) {
      display: none;
    }
    @media print {
      /* Browsers drop backgrounds when printing: keep the goal colour as a border, text in black. */
      .badge {
        background: none;
        color: #000;
        border: 2px solid var(--_goal);
      }
      .extra[hidden] {
        display: list-item;
      }
    }
  `,
];
