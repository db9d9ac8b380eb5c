import { css } from 'lit';
import { token } from '../../tokens/css.js';

/** The drawn checkbox: a square box, filled with a tick while ticked (DKFDS *tjekboks*, as `bf-checkbox`). */
export const checkboxGroupStyles = css`
  .mark {
    border-radius: ${token('radius')};
  }
  .check {
    width: 1.5rem;
    height: 1.5rem;
    visibility: hidden;
  }
  .native:checked + .mark {
    border-color: ${token('button-background')};
    background: ${token('button-background')};
  }
  .native:checked + .mark .check {
    visibility: visible;
  }
  .native:disabled:checked + .mark {
    background: ${token('button-background')};
  }
  @media (forced-colors: active) {
    .native:checked + .mark,
    .native:disabled:checked + .mark {
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
