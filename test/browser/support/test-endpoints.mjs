// @ts-check
// Real HTTP endpoints for the browser tests, on Web Test Runner's own server (same origin as the test
// page): a host's draft endpoint under /test-endpoints/kladder/{key} (test/fixtures/draft-server.mjs)
// and a case system that receives a submission at POST /test-endpoints/modtag and answers its reference.
import { draftEndpoint } from '../../fixtures/draft-server.mjs';

/** The endpoints as a middleware of the test server. @returns {import('@web/dev-server-core').Middleware} */
export function testEndpoints() {
  const drafts = draftEndpoint();
  let received = 0;
  return async (ctx, next) => {
    if (ctx.path.startsWith('/test-endpoints/kladder/')) {
      ctx.respond = false; // the endpoint answers on the raw response
      drafts.handle(ctx.req, ctx.res);
      return;
    }
    if (ctx.path === '/test-endpoints/modtag' && ctx.method === 'POST') {
      for await (const chunk of ctx.req) void chunk; // the whole body arrives before the answer
      received++;
      ctx.status = 201;
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ reference: `BF-${String(received).padStart(4, '0')}` });
      return;
    }
    await next();
  };
}
