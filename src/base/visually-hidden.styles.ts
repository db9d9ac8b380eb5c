import { css } from 'lit';

/**
 * `.visually-hidden`: text for screen readers only (an error's "Fejl:", a live region). The
 * `!important`s keep a host page's own rules from showing it.
 */
export const visuallyHiddenRule = css`
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
`;
