// Serves the pages under test/csp/pages/ with a strict Content-Security-Policy HTTP header, as a
// city's web team would: only the page's own origin, no inline script or style, no eval, and
// Trusted Types enforced. A header (unlike a <meta> policy) applies from the first byte, so it
// also covers the scripts that load the library.
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'";

export function cspMiddleware() {
  return async function strictCsp(ctx, next) {
    await next();
    if (!ctx.path.startsWith('/test/csp/pages/')) return;
    // ?trusted-types=lit-html%20minga-widgets adds a list of allowed Trusted Types policy names.
    const names = ctx.query['trusted-types'];
    ctx.set(
      'Content-Security-Policy',
      typeof names === 'string' ? `${STRICT_CSP}; trusted-types ${names}` : STRICT_CSP,
    );
  };
}
