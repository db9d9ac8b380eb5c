import { css } from 'lit';
import { hostTextRule } from '../../base/host-text.styles.js';
import { token } from '../../tokens/css.js';

/** A fieldset without a frame: the legend (or the page's h1) and the hint above the fields. Tokens only. */
export const fieldsetStyles = css`
  :host {
    display: block;
    ${hostTextRule}
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  .fieldset {
    min-width: 0;
    margin: 0 0 ${token('field-spacing')};
    padding: 0;
    border: 0;
  }
  .legend {
    max-width: 100%;
    margin-block-end: ${token('space-2')};
    padding: 0;
    color: ${token('label-color')};
    font-size: 1.25em;
    font-weight: ${token('font-weight-label')};
    overflow-wrap: break-word;
    white-space: normal;
  }
  .legend.as-heading {
    font-size: 1em;
  }
  .heading {
    margin: 0 0 ${token('space-2')};
    font-size: 2em;
    font-weight: ${token('font-weight-label')};
    line-height: 1.25;
  }
  .hint {
    margin-block-end: ${token('space-4')};
    color: ${token('hint-color')};
  }
`;
