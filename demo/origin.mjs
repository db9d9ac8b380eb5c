// Whether a request that changes something comes from the server's own pages: the one check of every
// POST, PUT and DELETE (the forms' guard in demo/form-guard.mjs, the logins, the drafts). A browser says
// where a request comes from in two headers: `Origin`, and the Fetch Metadata header `Sec-Fetch-Site`.
// A form's POST from a page under this server's `Referrer-Policy: no-referrer` carries `Origin: null`
// (the Fetch standard hides the origin of a navigation under that policy), so there `Sec-Fetch-Site`
// is what tells. Whichever of the two is given must say "this origin".

/**
 * Where a request comes from, by what the browser says: `foreign` for another origin or site, `own`
 * for this server's own pages (every header given says so), `unknown` when the request says nothing
 * that tells (not a browser, or a navigation the citizen typed).
 * @param {import('fastify').FastifyRequest} request
 * @returns {'own' | 'foreign' | 'unknown'}
 */
export function requestSource(request) {
  const origin = request.headers.origin;
  const site = request.headers['sec-fetch-site'];
  const originKnown = origin !== undefined && origin !== 'null';
  const own = `${request.protocol}://${request.headers.host}`;
  if ((originKnown && origin !== own) || site === 'cross-site' || site === 'same-site') return 'foreign';
  if (site === undefined ? originKnown : site === 'same-origin') return 'own';
  return 'unknown';
}

/**
 * Whether a change comes from the server's own pages (`requestSource` says `own`); a request with
 * neither header is refused.
 * @param {import('fastify').FastifyRequest} request
 * @returns {boolean}
 */
export function fromOwnOrigin(request) {
  return requestSource(request) === 'own';
}
