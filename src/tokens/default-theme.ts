/**
 * The default theme: system tokens (tier 1). Every value a component draws with comes from here
 * through a component token (tier 2, `component-tokens.ts`). Colours follow the DKFDS look
 * (borger.dk): dark text on white, a blue primary, a dark red for errors.
 *
 * A municipality rebrands with one CSS file that sets `--bf-<name>` on `:root`; the defaults below
 * are the fallbacks compiled into the components, so a page without that file still looks right.
 *
 * Every size derives from one base size, `font-size-body`: by default `medium`, the citizen's own
 * browser font size, whatever the page's root says (a DKFDS or "10-pixel rem" page sets
 * `html { font-size: 62.5% }`). Each element's host takes it as its font size and every other size
 * is in `em` of it, so the fields show the same pixels on any page, and a larger default text or zoom
 * scales every one of them (WCAG 1.4.4). A host that wants another base sets this one token
 * (`--bf-font-size-body: 18px`). Only hairlines (border and focus-ring widths) are in pixels.
 */
export const defaultTheme = {
  'color-text': '#1a1a1a',
  'color-text-secondary': '#545454',
  'color-background': '#ffffff',
  'color-background-muted': '#f5f5f5',
  'color-primary': '#0059b3',
  'color-primary-hover': '#004993',
  'color-on-primary': '#ffffff',
  'color-error': '#b51d09',
  'color-error-background': '#ffe0e0',
  'color-info': '#0b6ea8',
  'color-info-background': '#e2f2fb',
  'color-success': '#2e7000',
  'color-success-background': '#ddf7ce',
  'color-warning': '#9a5b00',
  'color-warning-background': '#ffeecc',
  'color-border-strong': '#747474',
  'color-focus': '#1a1a1a',
  'color-focus-halo': '#ffffff',
  'font-family': '"IBM Plex Sans", system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  'font-size-body': 'medium',
  'font-size-label': '1em',
  'line-height-body': '1.5',
  'font-weight-label': '600',
  'space-1': '0.25em',
  'space-2': '0.5em',
  'space-3': '0.75em',
  'space-4': '1em',
  'space-5': '1.5em',
  'space-6': '2em',
  radius: '0.25em',
  'border-width': '2px',
  'focus-width': '3px',
  'focus-offset': '2px',
  'target-size': '2.75em',
  /** The drawn radio circle and checkbox square, centred in the `target-size` touch target. */
  'choice-size': '2em',
} as const;

/** The name of a system token, without the `--bf-` prefix. */
export type SystemToken = keyof typeof defaultTheme;

/** A theme: values for any subset of the system tokens. */
export type Theme = Partial<Record<SystemToken, string>>;
