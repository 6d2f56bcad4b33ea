import { css } from 'lit';

export const eventStyles = css`
  [part='base'] {
    display: grid;
    gap: calc(var(--_space) * 0.25);
  }
  [part='name'] {
    margin: 0;
    font-size: var(--minga-event-name-size, 1.25em);
    line-height: 1.25;
  }
  p {
    margin: 0;
  }
  [part='status'] {
    justify-self: start;
    padding: 0.1em 0.5em;
    border-radius: var(--_radius);
    font-weight: bold;
    color: var(--minga-event-status-color, var(--_danger));
    border: 1px solid currentColor;
  }
  .zone,
  [part='organizers'],
  [part='series'] {
    color: var(--_muted);
  }
  .tbc {
    font-style: italic;
  }
`;
