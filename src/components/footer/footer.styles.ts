import { css } from 'lit';
import { hostTextRule } from '../../base/host-text.styles.js';
import { focusRing } from '../../base/action.styles.js';
import { token } from '../../tokens/css.js';

/** DKFDS footer: the authority and contact details, the statement and privacy links. */
export const footerStyles = css`
  :host {
    display: block;
    ${hostTextRule}
  }
  :host([hidden]) {
    display: none;
  }
  .footer {
    margin-block-start: ${token('space-6')};
    padding-block: ${token('space-5')};
    border-block-start: 1px solid ${token('input-border-color')};
    background: ${token('color-background-muted')};
    padding-inline: ${token('space-4')};
  }
  .authority {
    margin: 0 0 ${token('space-2')};
    font-weight: ${token('font-weight-label')};
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-2')} ${token('space-5')};
    margin: ${token('space-3')} 0 0;
    padding: 0;
    list-style: none;
  }
  a {
    display: inline-flex;
    align-items: center;
    min-height: ${token('target-size')};
    color: ${token('button-background')};
  }
  a:focus-visible {
    ${focusRing}
  }
`;
