import { css } from 'lit';

/**
 * The styles of what the agenda's lazy chunk renders (the finder, the calendar menus, the subscribe
 * links), adopted with it.
 */
export const finderStyles = css`
  .calendar-menu {
    flex-basis: 100%;
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
    margin: 0;
    padding: calc(var(--_space) * 0.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    list-style: none;
  }
  .calendar-menu [role='menuitem'] {
    display: inline-block;
    padding: 0.25em 0.5em;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
  .subscribe {
    display: inline-block;
  }
  .subscribe > summary {
    display: inline-block;
    cursor: pointer;
  }
  .subscribe ul {
    margin: calc(var(--_space) * 0.5) 0 0;
    padding-inline-start: 1.2em;
  }

  .finder {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: calc(var(--_space) * 0.5);
    margin: 0 0 calc(var(--_space) * 0.5);
  }
  .field {
    display: inline-grid;
    gap: 0.15em;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .field :is(input, select) {
    min-inline-size: 0;
    padding: 0.3em 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--minga-color-surface, Canvas);
    color: inherit;
    font: inherit;
  }
  .search {
    flex: 1 1 14rem;
  }
  .copy-fallback {
    display: grid;
    margin: 0 0 calc(var(--_space) * 0.5);
  }
  .layout,
  .filter,
  .shared {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.25);
  }
  .filter,
  .shared {
    margin: 0 0 calc(var(--_space) * 0.5);
  }
  .shared {
    padding: calc(var(--_space) * 0.5);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
  }
  .star {
    display: inline-flex;
    align-items: center;
    padding-inline: 0.4em;
  }
  .star-icon {
    inline-size: 1.2em;
    block-size: 1.2em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linejoin: round;
  }
  .star[aria-pressed='true'] .star-icon {
    fill: currentColor;
  }
  .no-match {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    justify-items: start;
    padding: var(--_space) 0;
  }
  .session:focus {
    outline: 2px solid var(--_accent);
    outline-offset: -2px;
  }
  @media print {
    .finder,
    .shared,
    .copy-fallback,
    .filter,
    .star,
    .calendar-menu,
    .subscribe {
      display: none;
    }
  }
`;
