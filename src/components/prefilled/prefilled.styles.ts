import { css } from 'lit';
import { token } from '../../tokens/css.js';

/**
 * The input with the "Rediger" function link beside it (DKFDS), wrapping below it on a narrow
 * screen; widths by expected length, as in `bf-text-field`.
 */
export const prefilledStyles = css`
  .control {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token('space-2')} ${token('space-4')};
    max-width: 100%;
  }
  .control > .input {
    flex: 1 1 12em;
    width: auto;
  }
  :host([width='2']) .control > .input { flex: 0 1 5.5ex; }
  :host([width='3']) .control > .input { flex: 0 1 7.25ex; }
  :host([width='4']) .control > .input { flex: 0 1 9ex; }
  :host([width='5']) .control > .input { flex: 0 1 10.75ex; }
  :host([width='10']) .control > .input { flex: 0 1 23ex; }
  :host([width='20']) .control > .input { flex: 0 1 41ex; }
  :host([width='30']) .control > .input { flex: 0 1 59ex; }
  :host([width='full']) .control > .input { flex: 1 1 100%; }
  .source {
    margin-block-start: 0;
  }
  .edit {
    display: inline-flex;
    flex: none;
    gap: ${token('space-1')};
    align-items: center;
    min-width: ${token('target-size')};
    min-height: ${token('target-size')};
    margin: 0;
    padding: ${token('space-1')} ${token('space-2')};
    border: 0;
    border-radius: ${token('radius')};
    background: none;
    color: ${token('button-background')};
    font: inherit;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .edit:hover {
    text-decoration-thickness: 0.15em;
  }
  .edit:focus-visible {
    outline: ${token('focus-width')} solid ${token('focus-color')};
    outline-offset: ${token('focus-offset')};
    box-shadow: 0 0 0 ${token('focus-offset')} ${token('color-focus-halo')};
  }
  .edit:disabled {
    cursor: not-allowed;
    opacity: 0.7;
  }
  @media (forced-colors: active) {
    .edit { color: LinkText; }
    .edit:focus-visible { outline-color: Highlight; }
  }
`;
