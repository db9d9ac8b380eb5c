import { css } from 'lit';
import { token } from '../tokens/css.js';

// The looks of the flow elements' own buttons and links, declared once (the fields' inputs have
// theirs in form-control.styles.ts). Each is a run of declarations for a rule of the element's own:
// `.next { ${primaryButton} } .next:focus-visible { ${focusRing} }`.

/** The focus ring of every button, link and input the library draws: outline, gap and a light halo. */
export const focusRing = css`
  outline: ${token('focus-width')} solid ${token('focus-color')};
  outline-offset: ${token('focus-offset')};
  box-shadow: 0 0 0 ${token('focus-offset')} ${token('color-focus-halo')};
`;

/**
 * The main action ("Næste", "Gå i gang"): filled with the primary colour, at least a touch target high.
 * Border and padding take DKFDS's .button-primary spacing together: 8 px above and below, 16 px beside.
 */
export const primaryButton = css`
  display: inline-flex;
  align-items: center;
  gap: ${token('space-2')};
  min-height: ${token('target-size')};
  padding: calc(${token('space-2')} - ${token('border-width')}) calc(${token('space-4')} - ${token('border-width')});
  border: ${token('border-width')} solid ${token('button-background')};
  border-radius: ${token('radius')};
  background: ${token('button-background')};
  color: ${token('button-text-color')};
  font: inherit;
  font-weight: ${token('font-weight-label')};
  cursor: pointer;
`;

/** A secondary action ("Udskriv kvittering", "Log af"): outlined in the primary colour. */
export const secondaryButton = css`
  display: inline-flex;
  align-items: center;
  min-height: ${token('target-size')};
  padding: ${token('space-2')} ${token('space-3')};
  border: ${token('border-width')} solid ${token('button-background')};
  border-radius: ${token('radius')};
  background: ${token('input-background')};
  color: ${token('button-background')};
  font: inherit;
  font-weight: ${token('font-weight-label')};
  cursor: pointer;
`;

/** A page's `h1` (a step, the start page, the receipt): large, and focused from script on a step change. */
export const pageHeading = css`
  margin-block-start: 0;
  font-size: 2em;
  line-height: 1.25;
  font-weight: ${token('font-weight-label')};
`;

/**
 * The `.heading` that takes focus from script (`tabindex="-1"`): no ring for that move, a ring when
 * the keyboard reaches it.
 */
export const focusedHeadingRules = css`
  .heading:focus {
    outline: none;
  }
  .heading:focus-visible {
    outline: ${token('focus-width')} solid ${token('focus-color')};
    outline-offset: ${token('focus-offset')};
  }
`;
