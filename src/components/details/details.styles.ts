import { css } from 'lit';
import { hostTextRule } from '../../base/host-text.styles.js';
import { token } from '../../tokens/css.js';

/**
 * DKFDS detaljer: an underlined summary in the link colour with a chevron before it, and the
 * explanation in a panel with a bar along its start edge. Tokens only; sizes in em.
 */
export const detailsStyles = css`
  :host {
    display: block;
    ${hostTextRule}
  }
  :host([hidden]) {
    display: none;
  }
  .details {
    margin-block-end: ${token('space-5')};
  }
  .summary {
    display: inline-flex;
    gap: ${token('space-1')};
    align-items: center;
    max-width: 100%;
    min-height: ${token('target-size')};
    color: ${token('color-primary')};
    text-decoration: underline;
    overflow-wrap: anywhere;
    cursor: pointer;
    list-style: none;
  }
  .summary::-webkit-details-marker {
    display: none;
  }
  .summary:hover {
    color: ${token('color-primary-hover')};
  }
  .summary:focus-visible {
    outline: ${token('focus-width')} solid ${token('focus-color')};
    outline-offset: ${token('focus-offset')};
    box-shadow: 0 0 0 ${token('focus-offset')} ${token('color-focus-halo')};
  }
  .icon-box {
    display: flex;
    flex: none;
  }
  .icon {
    width: 1.5em;
    height: 1.5em;
  }
  .details[open] .icon {
    transform: rotate(180deg);
  }
  .content {
    margin-block-start: ${token('space-2')};
    margin-inline-start: ${token('space-3')};
    padding: ${token('space-3')} ${token('space-4')};
    border-inline-start: 4px solid ${token('color-border-strong')}; /* DKFDS's bar: 4 px */
    overflow-wrap: break-word;
  }
  ::slotted(:first-child) {
    margin-block-start: 0;
  }
  ::slotted(:last-child) {
    margin-block-end: 0;
  }
  @media (forced-colors: active) {
    .summary {
      color: LinkText;
    }
    .content {
      border-inline-start-color: CanvasText;
    }
  }
`;
