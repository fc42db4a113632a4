import { useState } from 'react';
import { Link } from 'react-router-dom';

import { graphql } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import { ApiError } from '../../lib/graphql-client';
import { useLiveQuery } from '../../lib/use-live-query';
import { useMutation } from '../../lib/use-query';
import { Alert, Badge, Loading } from '../../ui/Feedback';
import { Page } from '../../ui/Page';
import { announceUnreadChanged } from './unread-changed';

const NotificationsDocument = graphql(`
  query MyNotifications($first: Int, $unreadOnly: Boolean) {
    notifications(first: $first, unreadOnly: $unreadOnly) {
      totalCount
      unreadCount
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          id
          kind
          title
          body
          link
          createdAt
          readAt
        }
      }
    }
  }
`);

const MarkReadDocument = graphql(`
  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {
    markNotificationsRead(ids: $ids, all: $all)
  }
`);

const PAGE = 20;
/** The API's page-size ceiling (GRAPHQL_MAX_PAGE_SIZE). */
const MAX_PAGE = 100;

/** The inbox: newest first, an unread-only filter, mark one or all read, a link to each object. */
export default function NotificationsPage() {
  const { t, formatDateTime } = useI18n();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [shown, setShown] = useState(PAGE);
  const list = useLiveQuery(NotificationsDocument, { first: Math.min(shown, MAX_PAGE), unreadOnly }, { intervalMs: 20_000 });
  const markRead = useMutation(MarkReadDocument);
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);

  async function mark(variables: { ids?: string[]; all?: boolean }, done: string) {
    try {
      await markRead(variables);
      setMessage({ kind: 'success', text: done });
      list.reload();
      announceUnreadChanged();
    } catch (error) {
      setMessage({ kind: 'error', text: t(`error.${error instanceof ApiError && error.code === 'NETWORK' ? 'NETWORK' : 'UNKNOWN'}`) });
    }
  }

  if (list.loading && !list.data) return <Loading label={t('common.loading')} />;
  const page = list.data?.notifications;
  const items = page?.edges.map((e) => e.node) ?? [];
  return (
    <Page title={t('inbox.title')}>
      {list.error ? <Alert>{t('error.UNKNOWN')}</Alert> : null}
      <div className="filters">
        <label className="choice">
          <input type="checkbox" checked={unreadOnly} onChange={(e) => setUnreadOnly(e.target.checked)} /> {t('inbox.unreadOnly')}
        </label>
        {page ? <p className="total">{t('inbox.unreadCount', { count: page.unreadCount, total: page.totalCount })}</p> : null}
        <button type="button" className="secondary" disabled={!page?.unreadCount} onClick={() => mark({ all: true }, t('inbox.allMarked'))}>
          {t('inbox.markAllRead')}
        </button>
        <Link to="/settings/notifications">{t('inbox.settings')}</Link>
      </div>
      {message ? <Alert kind={message.kind}>{message.text}</Alert> : null}
      {!items.length ? <p>{unreadOnly ? t('inbox.noneUnread') : t('inbox.none')}</p> : null}
      <ul className="inbox">
        {items.map((n) => (
          <li key={n.id} className={n.readAt ? 'card' : 'card unread'}>
            <article aria-labelledby={`notification-${n.id}`}>
              <h2 id={`notification-${n.id}`}>
                {n.readAt ? null : <Badge tone="neutral">{t('inbox.unread')}</Badge>} {n.title}
              </h2>
              <p className="hint">
                {t(`notificationKind.${n.kind}`)} · <time dateTime={n.createdAt}>{formatDateTime(n.createdAt)}</time>
              </p>
              <p>{n.body}</p>
              <div className="actions">
                {n.link ? <Link to={n.link}>{t('inbox.open')}</Link> : null}
                {n.readAt ? null : (
                  <button
                    type="button"
                    className="secondary"
                    aria-label={t('inbox.markReadOf', { title: n.title })}
                    onClick={() => mark({ ids: [n.id] }, t('inbox.marked'))}
                  >
                    {t('inbox.markRead')}
                  </button>
                )}
              </div>
            </article>
          </li>
        ))}
      </ul>
      {page?.pageInfo.hasNextPage && shown < MAX_PAGE ? (
        <button type="button" className="secondary" onClick={() => setShown((n) => n + PAGE)}>
          {t('inbox.more')}
        </button>
      ) : null}
    </Page>
  );
}
