import { css } from 'lit';

export const agendaStyles = css`
  :host {
    /* The layout follows the element's own width, not the window's. */
    container: minga-agenda / inline-size;
    /*
     * A size container has no width of its own to offer: in a shrink-to-fit parent (a flex row,
     * a float, inline-block) it would collapse. Ask for a comfortable width, and let flex and grid
     * parents shrink it below that.
     */
    contain-intrinsic-inline-size: 40rem;
    min-inline-size: 0;
  }
  p {
    margin: 0;
  }
  .header {
    margin-block-end: var(--_space);
  }
  .zone-line,
  .tools {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5);
    margin: 0 0 calc(var(--_space) * 0.75);
    color: var(--_muted);
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .day-heading {
    margin: var(--_space) 0 calc(var(--_space) * 0.5);
    font-size: 1.1em;
  }
  /* The agenda keeps the viewer's place itself when a refresh adds sessions above it (the same in
     every engine; Safari has no scroll anchoring, and Chromium's fought with ours). */
  .days {
    overflow-anchor: none;
  }
  .session {
    display: grid;
    grid-template-columns: var(--minga-agenda-time-width, 11em) 1fr;
    gap: calc(var(--_space) * 0.25) var(--_space);
    padding-block: calc(var(--_space) * 0.75);
    padding-inline-start: calc(var(--_space) * 0.5);
    /* Room for focus rings, which the paint containment of content-visibility would clip. */
    padding-inline-end: 6px;
    border-block-start: 1px solid var(--_border);
    /* Every session has the bar's room, so marking one "now" does not shift its columns. */
    border-inline-start: 4px solid transparent;
    /* A programme of hundreds of sessions lays out only what is on screen (and all of it to print). */
    content-visibility: auto;
    contain-intrinsic-size: auto 6rem;
  }
  .when {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  .body {
    display: grid;
    gap: calc(var(--_space) * 0.25);
    justify-items: start;
  }
  .title {
    margin: 0;
    font-size: 1em;
  }
  .details {
    color: var(--_muted);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
  }
  .description {
    white-space: pre-line;
  }
  /* An open "Add to calendar" menu takes a row of its own below its button, in the flow. */
  .tools .calendar {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
  }
  .state {
    font-size: 0.85em;
    font-weight: bold;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .live .state {
    padding: 0.05em 0.5em;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--minga-color-surface, Canvas);
  }
  .next .state {
    color: var(--_accent);
  }
  .live {
    border-inline-start-color: var(--_accent);
  }
  .ended {
    color: var(--_muted);
  }
  /* Struck through but readable: people look for what they planned to attend. */
  .cancelled :is(.when, .title) {
    text-decoration: line-through;
  }
  .cancelled .state {
    color: var(--_danger);
  }
  @container minga-agenda (width < 34rem) {
    .session {
      grid-template-columns: 1fr;
    }
  }
  @media print {
    .description[hidden] {
      display: block;
    }
    .session {
      break-inside: avoid;
      content-visibility: visible;
    }
    .day-heading {
      break-after: avoid;
    }
    .live .state {
      padding: 0;
      background: none;
      color: inherit;
    }
  }
`;
