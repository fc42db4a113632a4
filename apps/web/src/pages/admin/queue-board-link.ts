/** apps/api/src/admin/queue-board.ts: QUEUE_BOARD_PATH and TOKEN_COOKIE. */
export const QUEUE_BOARD_PATH = '/admin/queues';
const TOKEN_COOKIE = 'sg_token';

/**
 * A browser cannot send the bearer header when it opens a page, so the board reads the token from
 * a cookie. The console keeps its session out of cookies (no request forged from another site
 * carries it); this one is scoped to the board's path only, SameSite=Strict (never sent from
 * another site), and expires with the token.
 */
export function handOverToQueueBoard(token: string): void {
  let maxAge = 600;
  try {
    const exp = (JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: number }).exp;
    if (exp) maxAge = Math.max(0, Math.floor(exp - Date.now() / 1000));
  } catch {
    // an opaque token: the short default stands
  }
  const secure = window.location.protocol === 'https:' ? '; Secure' : '';
  document.cookie = `${TOKEN_COOKIE}=${encodeURIComponent(token)}; Path=${QUEUE_BOARD_PATH}; Max-Age=${maxAge}; SameSite=Strict${secure}`;
}
