// The folders the server serves as they are, each through @fastify/static: the built library (dist/),
// the demo's own assets and scripts, and the component catalogue (storybook-static/). What each mount
// may serve is narrowed on top of the plugin's own path checks:
// - hidden files and folders are never served (`dotfiles: 'ignore'`: as if they were not there);
// - a mount with a list of file types serves those types only (`allowedPath`, also for the file a
//   directory resolves to);
// - a file must stay inside its folder after its symbolic links are followed (`onFile`);
// - a directory is its index.html, reached through a redirect to the address with a trailing slash;
// - every file is `Cache-Control: no-cache` (the browser asks again, an unchanged file is a 304),
//   with the security headers, and a page from a mount other than the catalogue gets the policy;
//   except the elements' stylesheets for server rendering (dist/ssr/styles/), which every declarative
//   shadow root links: cached for an hour, as docs/server-rendering.md asks of a host (served
//   `no-cache`, the browser asks again for every shadow root and holds the parser each time).
// Whatever the plugin refuses (a path that climbs out, an encoded separator, a null byte) is answered
// as not found, like a missing file.
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS, sendNotFound } from '../replies.mjs';

const demoDir = fileURLToPath(new URL('..', import.meta.url));
const repoDir = path.dirname(demoDir);

/** The folder of the elements' stylesheets that server-rendered shadow roots link. */
const ssrStylesDir = path.join(repoDir, 'dist', 'ssr', 'styles') + path.sep;

/** How long the browser keeps those stylesheets without asking again. */
export const SSR_STYLES_CACHE = 'public, max-age=3600';

/**
 * @typedef {object} Mount
 * @property {string} prefix the URL prefix, with a trailing slash
 * @property {string} dir the folder
 * @property {Set<string> | null} types the file extensions the mount serves (null: any)
 * @property {boolean} policy whether its pages get the server's Content-Security-Policy
 */

/** The static mounts. `/demo/scripts/` is a mount of its own: scripts only, and no script elsewhere in demo/. */
export const mounts = {
  dist: { prefix: '/dist/', dir: path.join(repoDir, 'dist'), types: null, policy: true },
  demo: {
    prefix: '/demo/',
    dir: path.resolve(demoDir),
    types: new Set(['.css', '.svg', '.png', '.ico', '.woff2', '.txt']),
    policy: true,
  },
  demoScripts: {
    prefix: '/demo/scripts/',
    dir: path.join(demoDir, 'scripts'),
    types: new Set(['.js']),
    policy: true,
  },
  // Storybook's pages need inline scripts: no policy of ours.
  catalogue: {
    prefix: '/catalogue/',
    dir: path.join(repoDir, 'storybook-static'),
    types: null,
    policy: false,
  },
};

/** The types of what the mounts serve (the plugin's guess is replaced by this list). */
const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** Raised for a file whose real path leaves its mount; answered as not found. */
class OutsideMountError extends Error {
  constructor() {
    super('outside its mount');
    this.name = 'OutsideMountError';
    this.statusCode = 404;
  }
}

/** @type {import('fastify').FastifyPluginAsync} */
export async function staticRoutes(app) {
  // In this context only: anything the file server refuses with a client error is "not found".
  app.setErrorHandler((error, _request, reply) => {
    const status = /** @type {{ statusCode?: number }} */ (error).statusCode ?? 500;
    if (status >= 400 && status < 500) return sendNotFound(reply);
    throw error; // the app's handler: the 500 page
  });
  for (const mount of Object.values(mounts)) await app.register(fastifyStatic, staticOptions(mount));
}

/** @param {Mount} mount @returns {import('@fastify/static').FastifyStaticOptions} */
function staticOptions(mount) {
  return {
    root: mount.dir,
    // The catalogue's prefix without its slash: the plugin then redirects /catalogue to /catalogue/.
    prefix: mount === mounts.catalogue ? mount.prefix.slice(0, -1) : mount.prefix,
    redirect: true,
    decorateReply: false,
    dotfiles: 'ignore',
    index: ['index.html'],
    cacheControl: false, // set below, as no-cache
    suppressWarning: true, // storybook-static/ may not be built yet: the not-found page says so
    allowedPath: (pathname) => !mount.types || mount.types.has(path.posix.extname(pathname).toLowerCase()),
    onFile: async (file) => {
      const [root, real] = await Promise.all([realpath(mount.dir), realpath(file)]);
      if (real !== root && !real.startsWith(root + path.sep)) throw new OutsideMountError();
    },
    setHeaders: (reply, file) => {
      const extension = path.extname(file).toLowerCase();
      /** @type {Record<string, string>} */
      const headers = {
        'Content-Type': contentTypes[extension] ?? 'application/octet-stream',
        'Cache-Control': file.startsWith(ssrStylesDir) ? SSR_STYLES_CACHE : 'no-cache',
        ...SECURITY_HEADERS,
      };
      if (extension === '.html' && mount.policy) headers['Content-Security-Policy'] = CONTENT_SECURITY_POLICY;
      reply.headers(headers);
    },
  };
}
