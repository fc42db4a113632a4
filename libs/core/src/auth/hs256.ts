import { createHmac, KeyObject, timingSafeEqual } from 'crypto';

/**
 * Verifies an HS256 JWT and returns its claims, or null for anything else: three base64url parts,
 * a header whose `alg` is exactly HS256, a matching HMAC-SHA256 signature (compared in constant
 * time), the expected issuer, an `exp` in the future and no `nbf` in the future. The same checks
 * as jsonwebtoken's verify with `algorithms: ['HS256']` and `issuer`, except that `exp` is
 * required (every token we issue has one); written out because jsonwebtoken's general machinery
 * (key parsing, algorithm tables, JWS streams) cost several times the HMAC on every request.
 */
export function verifyHs256(token: string, key: KeyObject, issuer: string, nowSeconds = Date.now() / 1000): Record<string, unknown> | null {
  const first = token.indexOf('.');
  const second = token.indexOf('.', first + 1);
  if (first <= 0 || second <= first + 1 || second === token.length - 1 || token.indexOf('.', second + 1) !== -1) return null;
  // Compared as base64url text, like jws: a signature with stray characters that would still
  // decode to the right bytes is refused.
  const expected = Buffer.from(createHmac('sha256', key).update(token.slice(0, second)).digest('base64url'));
  const given = Buffer.from(token.slice(second + 1));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const header = JSON.parse(Buffer.from(token.slice(0, first), 'base64url').toString('utf8')) as Record<string, unknown>;
    const claims = JSON.parse(Buffer.from(token.slice(first + 1, second), 'base64url').toString('utf8')) as Record<string, unknown>;
    if (header === null || typeof header !== 'object' || header.alg !== 'HS256') return null;
    if (claims === null || typeof claims !== 'object' || Array.isArray(claims)) return null;
    if (claims.iss !== issuer) return null;
    if (typeof claims.exp !== 'number' || nowSeconds >= claims.exp) return null;
    if (claims.nbf !== undefined && (typeof claims.nbf !== 'number' || nowSeconds < claims.nbf)) return null;
    return claims;
  } catch {
    return null; // not JSON
  }
}
