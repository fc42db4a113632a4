import { useEffect } from 'react';
import { NavLink } from 'react-router-dom';

import { graphql } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import { useLiveQuery } from '../../lib/use-live-query';
import { onUnreadChanged } from './unread-changed';

const UnreadCountDocument = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

/** Every 20 s is enough for a sprint that lasts days, and light on the API. */
export const BELL_POLL_MS = 20_000;

/** The header's bell: the unread count, a link to the inbox. Only rendered for a signed-in user. */
export function NotificationBell() {
  const { t, formatNumber } = useI18n();
  const unread = useLiveQuery(UnreadCountDocument, {}, { intervalMs: BELL_POLL_MS });
  const { reload } = unread;
  useEffect(() => onUnreadChanged(reload), [reload]);
  const count = unread.data?.unreadNotificationCount ?? 0;
  return (
    <NavLink to="/notifications" className="bell" aria-label={count ? t('bell.unread', { count }) : t('bell.label')}>
      <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="20" height="20">
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
        />
      </svg>
      {count ? (
        <span className="bell-count" data-testid="unread-count">
          {formatNumber(count)}
        </span>
      ) : null}
    </NavLink>
  );
}
