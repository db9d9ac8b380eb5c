import { css } from 'lit';
import { hostTextRule } from '../../base/host-text.styles.js';
import { visuallyHiddenRule } from '../../base/visually-hidden.styles.js';
import { focusRing, secondaryButton } from '../../base/action.styles.js';
import { token } from '../../tokens/css.js';

/** DKFDS trinindikator: a numbered list of steps; on a narrow screen a button "Trin 2 af 4" and a dialog. */
export const stepIndicatorStyles = css`
  :host {
    display: block;
    margin-block-end: ${token('space-5')};
    ${hostTextRule}
  }
  :host([hidden]) {
    display: none;
  }
  .list {
    display: flex;
    flex-direction: column;
    gap: ${token('space-1')};
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    display: flex;
    align-items: center;
    gap: ${token('space-2')};
    min-height: ${token('target-size')};
  }
  .number {
    display: inline-flex;
    flex: none;
    align-items: center;
    justify-content: center;
    width: 2em;
    height: 2em;
    border: ${token('border-width')} solid ${token('input-border-color')};
    border-radius: 50%;
    font-weight: ${token('font-weight-label')};
  }
  .item[aria-current='step'] .number {
    border-color: ${token('button-background')};
    background: ${token('button-background')};
    color: ${token('button-text-color')};
  }
  .item[aria-current='step'] .name {
    font-weight: ${token('font-weight-label')};
  }
  .done .number {
    border-color: ${token('button-background')};
  }
  .error .number {
    border-color: ${token('error-color')};
    color: ${token('error-color')};
  }
  .skipped .number {
    border-style: dashed;
  }
  .skipped .name,
  .skipped-note {
    color: ${token('hint-color')};
  }
  .link {
    display: inline-flex;
    align-items: center;
    gap: ${token('space-2')};
    min-height: ${token('target-size')};
    color: ${token('button-background')};
  }
  .text {
    display: inline-flex;
    align-items: center;
    gap: ${token('space-2')};
  }
  .icon {
    flex: none;
    width: 1.5em;
    height: 1.5em;
    color: ${token('error-color')};
  }
  .toggle,
  .close {
    ${secondaryButton}
  }
  .toggle {
    display: none; /* shown on narrow screens only (below) */
  }
  .close {
    margin-block-start: ${token('space-4')};
  }
  .dialog {
    width: min(100% - 2em, 30em);
    padding: ${token('space-4')};
    border: ${token('border-width')} solid ${token('input-border-color')};
    border-radius: ${token('radius')};
    color: ${token('color-text')};
    background: ${token('color-background')};
  }
  .link:focus-visible,
  .toggle:focus-visible,
  .close:focus-visible {
    ${focusRing}
  }
  /* Below 768 px (at the default text size): the list collapses into "Trin 2 af 4". */
  @media (max-width: 47.99em) {
    nav > .list {
      display: none;
    }
    .toggle {
      display: inline-flex;
    }
  }
  ${visuallyHiddenRule}
`;
