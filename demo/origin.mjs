// Whether a request that changes something comes from the server's own pages. A browser says where a
// request comes from in two headers: `Origin`, and the Fetch Metadata header `Sec-Fetch-Site`. A form's
// POST from a page under this server's `Referrer-Policy: no-referrer` carries `Origin: null` (the
// Fetch standard hides the origin of a navigation under that policy), so there `Sec-Fetch-Site` is
// what tells. Whichever of the two is given must say "this origin"; a request with neither is refused.

/**
 * @param {import('fastify').FastifyRequest} request
 * @returns {boolean}
 */
export function fromOwnOrigin(request) {
  const origin = request.headers.origin;
  const site = request.headers['sec-fetch-site'];
  const originKnown = origin !== undefined && origin !== 'null';
  if (originKnown && origin !== `${request.protocol}://${request.headers.host}`) return false;
  if (site !== undefined && site !== 'same-origin') return false;
  return originKnown || site === 'same-origin';
}
