// The stylesheets of the pages a municipality puts Borgerform on (issue 22): real design systems from
// npm, loaded globally as a page loads them, and the kinds of theme CSS that bent fields before.

/** A host page's CSS: a stylesheet file (`href`) or a theme's own rules (`css`). */
export interface HostStylesheet {
  readonly name: string;
  readonly href?: string;
  readonly css?: string;
}

export const HOST_STYLESHEETS: readonly HostStylesheet[] = [
  { name: 'bootstrap-5', href: '/node_modules/bootstrap/dist/css/bootstrap.min.css' },
  // DKFDS 11 sets html { font-size: 62.5% }, so that 1.6rem = 16 px.
  { name: 'dkfds-11', href: '/node_modules/dkfds/dist/css/dkfds.min.css' },
  {
    name: 'cms-reset',
    css: `* { margin: 0; padding: 0; box-sizing: content-box; }
      label { float: left; } input, select, textarea { width: 100%; border: 0; }
      fieldset, legend { border: 0; display: inline; } ul, li { list-style: none; }
      [hidden] { display: block !important; }`,
  },
  { name: 'root-62.5', css: 'html { font-size: 62.5%; }' },
  {
    name: 'hostile-typography',
    css: `body { text-align: center; text-transform: uppercase; letter-spacing: .2em; word-spacing: .5em;
      font-style: italic; font-weight: 300; font-size: 12px; line-height: 3; text-indent: 2em;
      white-space: pre; font-variant: small-caps; font-family: Georgia, serif; color: #6a1b9a; }`,
  },
];

/** Loads the host's CSS into the document's head; resolves once it applies. Returns a remover. */
export async function applyHostStylesheet(host: HostStylesheet): Promise<() => void> {
  let element: HTMLLinkElement | HTMLStyleElement;
  if (host.href) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = host.href;
    const loaded = new Promise<void>((resolve, reject) => {
      link.onload = () => resolve();
      link.onerror = () => reject(new Error(`${host.href} did not load`));
    });
    document.head.append(link);
    await loaded;
    element = link;
  } else {
    element = document.createElement('style');
    element.textContent = host.css ?? '';
    document.head.append(element);
  }
  return () => element.remove();
}
