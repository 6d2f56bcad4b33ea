import { css } from 'lit';

/** Styles of the event header (src/base/event-header.ts), for the elements that show it. */
export const eventHeaderStyles = css`
  .event {
    display: grid;
    gap: calc(var(--_space) * 0.25);
  }
  .event p {
    margin: 0;
  }
  .event .name {
    margin: 0;
    font-size: var(--minga-event-name-size, 1.25em);
    line-height: 1.25;
  }
  .event-status {
    justify-self: start;
    padding: 0.1em 0.5em;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    font-weight: bold;
    color: var(--minga-event-status-color, var(--_danger));
  }
  .event .zone,
  .event-organizers,
  .event-series {
    color: var(--_muted);
  }
  .tbc {
    font-style: italic;
  }
`;
