import type { SystemToken } from './default-theme.js';

/**
 * Component tokens (tier 2): each defaults to a system token, and can be set on its own to change
 * one component without touching the rest (`--bf-input-border-color: #333`).
 */
export const componentTokens = {
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
  'choice-border-color': 'color-border-strong',
  'choice-border-width': 'border-width',
  'choice-checked-color': 'color-primary',
  'choice-radius': 'radius',
} as const satisfies Record<string, SystemToken>;

/** The name of a component token, without the `--bf-` prefix. */
export type ComponentToken = keyof typeof componentTokens;
