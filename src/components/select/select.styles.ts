import { css } from 'lit';
import { token } from '../../tokens/css.js';

/**
 * The list has the shared `.input` look (border, 44 px high, focus ring, error border); the native
 * arrow is replaced by a drawn one (an inline SVG, so no `data:` image is needed under a strict CSP),
 * which stays visible in forced colours (it uses the text colour).
 */
export const selectStyles = css`
  .control {
    position: relative;
    max-width: 100%;
    width: fit-content;
    min-width: min(100%, 20ch);
  }
  .select {
    appearance: none;
    padding-inline-end: calc(${token('space-2')} + 1.5em + ${token('space-2')});
    text-overflow: ellipsis;
    cursor: pointer;
  }
  .select:disabled {
    cursor: not-allowed;
  }
  .arrow {
    position: absolute;
    inset-block: 0;
    inset-inline-end: ${token('space-2')};
    width: 1.5em;
    height: 100%;
    color: ${token('input-text-color')};
    pointer-events: none;
  }
  @media (forced-colors: active) {
    .arrow {
      color: CanvasText;
    }
  }
`;
