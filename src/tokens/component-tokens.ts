import type { SystemToken } from './default-theme.js';

/**
 * Component tokens (tier 2): each defaults to a system token, and can be set on its own to change
 * one component without touching the rest (`--bf-input-border-color: #333`).
 */
const fieldTokens = {
  'input-text-color': 'color-text',
  'input-background': 'color-background',
  'input-border-color': 'color-border-strong',
  'input-readonly-background': 'color-background-muted',
  'input-disabled-background': 'color-background-muted',
  'field-spacing': 'space-5',
  'label-color': 'color-text',
  'hint-color': 'color-text-secondary',
  'error-color': 'color-error',
  'focus-color': 'color-focus',
  'button-background': 'color-primary',
  'button-text-color': 'color-on-primary',
} as const satisfies Record<string, SystemToken>;

/**
 * Component tokens for one part of a component, each defaulting to a broader token, so a theme can
 * draw that part on its own (DKFDS draws radios and checkboxes in ink, not in the field border's grey
 * or the button's colour) and a host that set the broader token keeps its effect.
 */
const partTokens = {
  'choice-border-color': 'input-border-color',
  'choice-border-width': 'border-width',
  'choice-checked-color': 'button-background',
  'choice-radius': 'radius',
} as const satisfies Record<string, keyof typeof fieldTokens | SystemToken>;

export const componentTokens = { ...fieldTokens, ...partTokens } as const;

/** The name of a component token, without the `--bf-` prefix. */
export type ComponentToken = keyof typeof componentTokens;
