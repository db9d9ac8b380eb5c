// The browser entry for server-rendered pages (`borgerform/hydrate.js`): Lit's hydration support
// first, then every element. Lit reads the support when its element class is first evaluated, so this
// module must be the first to load Lit on the page: import it instead of `borgerform` or
// `borgerform/define/*.js`, not after them. See docs/server-rendering.md.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './define/all.js';
