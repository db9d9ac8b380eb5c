import { css } from 'lit';
import { hostTextRule } from '../../base/host-text.styles.js';
import { focusRing, secondaryButton } from '../../base/action.styles.js';
import { token } from '../../tokens/css.js';

/** DKFDS header: portal, authority and solution, the citizen and "Log af"; the skip link first. */
export const headerStyles = css`
  :host {
    display: block;
    ${hostTextRule}
  }
  :host([hidden]) {
    display: none;
  }
  .skip {
    position: absolute;
    inset-inline-start: ${token('space-2')};
    inset-block-start: ${token('space-2')};
    padding: ${token('space-2')} ${token('space-3')};
    background: ${token('color-background')};
    color: ${token('button-background')};
    transform: translateY(-200%);
  }
  .skip:focus {
    transform: none;
    outline: ${token('focus-width')} solid ${token('focus-color')};
    outline-offset: ${token('focus-offset')};
  }
  .header {
    border-block-end: 4px solid ${token('button-background')}; /* DKFDS's portal bar: 4 px */
    padding-block: ${token('space-3')};
  }
  .bar,
  .solution-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: ${token('space-2')} ${token('space-4')};
  }
  .portal {
    font-weight: ${token('font-weight-label')};
  }
  .authority {
    margin: 0;
    font-size: 1.25em;
    font-weight: ${token('font-weight-label')};
  }
  .solution {
    margin: 0;
    color: ${token('color-text-secondary')};
  }
  .support {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-3')};
    margin: 0;
  }
  .user {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token('space-3')};
  }
  .on-behalf {
    margin: ${token('space-2')} 0 0;
    padding: ${token('space-2')} ${token('space-3')};
    background: ${token('color-background-muted')};
  }
  a {
    color: ${token('button-background')};
  }
  .logout {
    ${secondaryButton}
  }
  a:focus-visible,
  .logout:focus-visible {
    ${focusRing}
  }
  @media print {
    .skip,
    .logout {
      display: none;
    }
  }
`;
