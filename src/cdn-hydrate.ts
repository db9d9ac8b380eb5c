// The one-file build for server-rendered pages (`cdn/borgerform-hydrate.js`): Lit's hydration support
// first, then everything the CDN file has (`src/cdn.ts`). Rollup keeps this order in the bundle.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

export * from './cdn.js';
