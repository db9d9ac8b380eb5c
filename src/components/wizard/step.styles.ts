import { css } from 'lit';
import { hostTextRule } from '../../base/host-text.styles.js';
import { focusRing, focusedHeadingRules, pageHeading, primaryButton } from '../../base/action.styles.js';
import { token } from '../../tokens/css.js';

/** One step of the DKFDS trinformular: back link, heading, the host's fields, the action area. Tokens only. */
export const stepStyles = css`
  :host {
    display: block;
    ${hostTextRule}
  }
  :host([hidden]) {
    display: none;
  }
  .back {
    display: inline-flex;
    align-items: center;
    gap: ${token('space-1')};
    min-height: ${token('target-size')};
    margin: 0 0 ${token('space-3')};
    padding: 0;
    border: 0;
    background: none;
    color: ${token('button-background')};
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
  .back::before {
    content: '‹';
    content: '‹' / ''; /* decoration: not part of the button's name where alt text is supported */
    font-size: 1.5em;
    line-height: 1;
    text-decoration: none;
  }
  .heading {
    ${pageHeading}
    margin-block-end: ${token('space-5')};
  }
  ${focusedHeadingRules}
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-3')};
    margin-block-start: ${token('space-6')};
  }
  .next {
    ${primaryButton}
  }
  .next:hover {
    background: ${token('color-primary-hover')};
  }
  .back:focus-visible,
  .next:focus-visible {
    ${focusRing}
  }
  @media (forced-colors: active) {
    .next:focus-visible,
    .back:focus-visible {
      outline-color: Highlight;
    }
  }
`;
