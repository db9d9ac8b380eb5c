// Whether a request that changes something comes from the server's own pages: the `Origin` header a
// browser sends with every POST, compared with the server's own origin. A request without one is
// refused too (a browser always sends it with a form's POST).

/**
 * @param {import('fastify').FastifyRequest} request
 * @returns {boolean}
 */
export function fromOwnOrigin(request) {
  const origin = request.headers.origin;
  return Boolean(origin) && origin === `${request.protocol}://${request.headers.host}`;
}
