/**
 * The bell polls every 20 s; a page that changes what is unread (marking read) tells it at once
 * through this window event instead, so the count in the header never lags behind the inbox.
 */
const EVENT = 'sg:notifications-changed';

export const announceUnreadChanged = () => window.dispatchEvent(new Event(EVENT));

export function onUnreadChanged(listener: () => void): () => void {
  window.addEventListener(EVENT, listener);
  return () => window.removeEventListener(EVENT, listener);
}
