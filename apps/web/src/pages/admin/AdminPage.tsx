import { useState } from 'react';

import { useSession } from '../../auth/session';
import type { OrganisationKind } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { countryName } from '../../lib/countries';
import { useQuery } from '../../lib/use-query';
import { Alert, Badge, Loading } from '../../ui/Feedback';
import { Page } from '../../ui/Page';
import { AdminOrganisationsDocument } from './admin-documents';
import { CreateOrganisationForm } from './CreateOrganisationForm';
import { OrganisationUsers } from './OrganisationUsers';
import { handOverToQueueBoard, QUEUE_BOARD_PATH } from './queue-board-link';

/** The administrator's page: organisations and their users, new buyers and accounts, the queue board. */
export default function AdminPage() {
  const { t, locale } = useI18n();
  const { token } = useSession();
  const organisations = useQuery(AdminOrganisationsDocument, {});
  const [selected, setSelected] = useState<{ id: string; name: string; kind: OrganisationKind } | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const list = organisations.data?.organisations ?? [];

  return (
    <Page title={t('admin.title')}>
      <section className="card" aria-labelledby="queues-heading">
        <h2 id="queues-heading">{t('admin.queuesTitle')}</h2>
        <p>{t('admin.queuesIntro')}</p>
        <p>
          {/* A full page load (not the router): the board is served by the API, not by this console. */}
          <a href={QUEUE_BOARD_PATH} onClick={() => token && handOverToQueueBoard(token)}>
            {t('admin.queuesLink')}
          </a>
        </p>
      </section>

      <section className="card" aria-labelledby="organisations-heading">
        <h2 id="organisations-heading">{t('admin.organisationsTitle')}</h2>
        {organisations.error ? <Alert>{t('error.UNKNOWN')}</Alert> : null}
        {organisations.loading && !organisations.data ? <Loading label={t('common.loading')} /> : null}
        {created ? <Alert kind="success">{t('admin.organisationCreated', { name: created })}</Alert> : null}
        <table>
          <caption className="visually-hidden">{t('admin.organisationsTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.name')}</th>
              <th scope="col">{t('admin.kind')}</th>
              <th scope="col">{t('admin.country')}</th>
              <th scope="col">{t('admin.usersColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((o) => (
              <tr key={o.id}>
                <th scope="row">{o.name}</th>
                <td>
                  {t(`admin.kind.${o.kind}`)} {o.suspension ? <Badge tone="bad">{t('admin.suspended')}</Badge> : null}
                </td>
                <td>{countryName(locale, o.country)}</td>
                <td>
                  <button type="button" className="secondary" onClick={() => setSelected({ id: o.id, name: o.name, kind: o.kind })}>
                    {t('admin.showUsers', { name: o.name })}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <CreateOrganisationForm
          onCreated={(organisation) => {
            setCreated(organisation.name);
            setSelected({ ...organisation, kind: 'BUYER' });
            organisations.reload();
          }}
        />
      </section>

      {selected ? <OrganisationUsers key={selected.id} organisation={selected} /> : null}
    </Page>
  );
}
