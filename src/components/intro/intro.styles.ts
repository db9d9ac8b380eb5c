import { css } from 'lit';
import { hostTextRule } from '../../base/host-text.styles.js';
import { token } from '../../tokens/css.js';

/** DKFDS startside: heading, purpose, facts (time, steps, saving), what you need, "Gå i gang". */
export const introStyles = css`
  :host {
    display: block;
    ${hostTextRule}
  }
  :host([hidden]) {
    display: none;
  }
  .heading {
    margin: 0 0 ${token('space-5')};
    font-size: 2em;
    line-height: 1.25;
    font-weight: ${token('font-weight-label')};
  }
  .heading:focus {
    outline: none;
  }
  .facts,
  .needs {
    margin: ${token('space-4')} 0;
    padding-inline-start: ${token('space-5')};
  }
  .facts li + li,
  .needs ::slotted(li) {
    margin-block-start: ${token('space-1')};
  }
  .subheading {
    margin: ${token('space-5')} 0 ${token('space-2')};
    font-size: 1.25em;
    font-weight: ${token('font-weight-label')};
  }
  .start {
    display: inline-flex;
    align-items: center;
    gap: ${token('space-2')};
    min-height: ${token('target-size')};
    margin-block-start: ${token('space-5')};
    padding: ${token('space-2')} ${token('space-5')};
    border: ${token('border-width')} solid ${token('button-background')};
    border-radius: ${token('radius')};
    background: ${token('button-background')};
    color: ${token('button-text-color')};
    font: inherit;
    font-weight: ${token('font-weight-label')};
    cursor: pointer;
  }
  .start::after {
    content: '›';
    font-size: 1.5em;
    line-height: 1;
  }
  .start:hover {
    background: ${token('color-primary-hover')};
  }
  .start:focus-visible {
    outline: ${token('focus-width')} solid ${token('focus-color')};
    outline-offset: ${token('focus-offset')};
    box-shadow: 0 0 0 ${token('focus-offset')} ${token('color-focus-halo')};
  }
`;
