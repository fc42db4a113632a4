import { type FormEvent, useState } from 'react';
import { useSearchParams } from 'react-router-dom';

import type { AuditTrailQuery } from '../../gql/graphql';
import { describeError } from '../../i18n/describe-error';
import { useI18n } from '../../i18n/i18n';
import { errorsByField } from '../../lib/field-errors';
import { useQuery } from '../../lib/use-query';
import { Alert, Loading } from '../../ui/Feedback';
import { SelectField, TextField } from '../../ui/Field';
import { useFieldErrors } from '../../ui/FormErrors';
import { Page } from '../../ui/Page';
import { AUDIT_ENTITY_TYPES, AuditTrailDocument } from './audit-documents';
import { type AuditFilter, filterFromParams, filterToParams, matches } from './audit-filter';
import { ChainVerification } from './ChainVerification';

/**
 * The auditor's view: one object's audit trail, narrowed by action, actor and time, each event's
 * data and hashes; and the verification of the whole hash chain. The filter lives in the address,
 * so a finding can be shared as a link.
 */
export default function AuditPage() {
  const { t, has } = useI18n();
  const [params, setParams] = useSearchParams();
  const applied = filterFromParams(params);
  const [draft, setDraft] = useState<AuditFilter>(applied);
  const [missingId, setMissingId] = useState(false);
  const trail = useQuery(
    AuditTrailDocument,
    { entityType: applied.entityType, entityId: applied.entityId },
    { skip: !applied.entityId.trim() },
  );
  const apiErrors = trail.error ? errorsByField(trail.error, ['entityType', 'entityId']) : {};
  const fieldErrors = useFieldErrors(missingId ? { entityId: ['REQUIRED'] } : apiErrors);
  const set = (change: Partial<AuditFilter>) => setDraft((d) => ({ ...d, ...change }));

  function apply(event: FormEvent) {
    event.preventDefault();
    setMissingId(!draft.entityId.trim());
    if (draft.entityId.trim()) setParams(filterToParams({ ...draft, entityId: draft.entityId.trim() }));
  }

  const events = trail.data?.auditTrail ?? [];
  const shown = events.filter((e) => matches(e, applied));
  return (
    <Page title={t('audit.title')}>
      <p>{t('audit.intro')}</p>
      <ChainVerification />
      <section className="card" aria-labelledby="trail-heading">
        <h2 id="trail-heading">{t('audit.trailTitle')}</h2>
        <form onSubmit={apply} noValidate>
          <div className="filters">
            <SelectField
              label={t('audit.entityType')}
              value={draft.entityType}
              onChange={(e) => set({ entityType: e.target.value })}
              options={AUDIT_ENTITY_TYPES.map((type) => ({ value: type, label: type }))}
              errors={fieldErrors('entityType')}
            />
            <TextField
              label={t('audit.entityId')}
              value={draft.entityId}
              onChange={(e) => set({ entityId: e.target.value })}
              errors={fieldErrors('entityId')}
              spellCheck={false}
            />
          </div>
          <p className="hint">{t('audit.clientSideHint')}</p>
          <div className="filters">
            <TextField label={t('audit.action')} value={draft.action} onChange={(e) => set({ action: e.target.value })} />
            <TextField
              label={t('audit.actor')}
              value={draft.actorId}
              onChange={(e) => set({ actorId: e.target.value })}
              spellCheck={false}
            />
            <TextField label={t('audit.from')} type="datetime-local" value={draft.from} onChange={(e) => set({ from: e.target.value })} />
            <TextField label={t('audit.to')} type="datetime-local" value={draft.to} onChange={(e) => set({ to: e.target.value })} />
          </div>
          <button type="submit">{t('audit.show')}</button>
        </form>
        {trail.error && !apiErrors.entityType && !apiErrors.entityId ? <Alert>{describeError(t, has, trail.error.code)}</Alert> : null}
        {trail.loading ? <Loading label={t('common.loading')} /> : null}
        {applied.entityId && trail.data ? (
          <TrailTable
            events={shown}
            total={events.length}
            onlyActor={(actorId) => {
              setDraft((d) => ({ ...d, actorId }));
              setParams(filterToParams({ ...applied, actorId }));
            }}
          />
        ) : null}
      </section>
    </Page>
  );
}

type Event = AuditTrailQuery['auditTrail'][number];

function TrailTable({ events, total, onlyActor }: { events: Event[]; total: number; onlyActor(actorId: string): void }) {
  const { t, formatDateTime } = useI18n();
  return (
    <>
      <p role="status">{t('audit.count', { shown: events.length, total })}</p>
      {events.length ? (
        <table>
          <caption className="visually-hidden">{t('audit.trailTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('audit.seq')}</th>
              <th scope="col">{t('audit.at')}</th>
              <th scope="col">{t('audit.action')}</th>
              <th scope="col">{t('audit.actor')}</th>
              <th scope="col">{t('audit.data')}</th>
            </tr>
          </thead>
          <tbody>
            {events.map((e) => (
              <tr key={e.seq}>
                <td>{e.seq}</td>
                <td>{formatDateTime(e.at)}</td>
                <th scope="row">{e.action}</th>
                <td>
                  <code>{e.actorId ?? t('audit.system')}</code>
                  {e.actorId ? (
                    <div>
                      <button type="button" className="link" onClick={() => onlyActor(e.actorId!)}>
                        {t('audit.onlyActor', { seq: e.seq })}
                      </button>
                    </div>
                  ) : null}
                </td>
                <td>
                  <details>
                    <summary>{t('audit.showData', { action: e.action, seq: e.seq })}</summary>
                    <pre className="audit-data">{JSON.stringify(e.data, null, 2)}</pre>
                    <p className="hint">
                      {t('audit.hash')} <code>{e.hash}</code>
                      <br />
                      {t('audit.prevHash')} <code>{e.prevHash}</code>
                    </p>
                  </details>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}
