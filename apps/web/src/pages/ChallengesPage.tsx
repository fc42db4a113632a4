import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';

import { useSession } from '../auth/session';
import type { ChallengeStatus } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { request } from '../lib/graphql-client';
import { useQuery } from '../lib/use-query';
import { Alert, Badge, Loading } from '../ui/Feedback';
import { SelectField, TextField } from '../ui/Field';
import { Page } from '../ui/Page';
import { ChallengeListDocument, EligibilityDocument, PUBLIC_CLASSIFICATIONS } from './challenge-documents';
import { type Eligibility, EligibilityBadge } from './EligibilityBadge';
import { SaveSearchForm } from './notifications/SaveSearchForm';

const STATUSES: ChallengeStatus[] = ['PUBLISHED', 'CLOSED', 'EVALUATING', 'AWARD_PENDING', 'AWARDED', 'NO_AWARD', 'CANCELLED'];

/**
 * Discovery: search, tag and status filters for everyone; signed-in vendors also get an
 * eligibility badge with reasons on each card and an "I can bid" filter. Without signing in only
 * unclassified challenges are listed (the public page).
 */
export function ChallengesPage() {
  const { t, formatMoney, formatDateTime } = useI18n();
  const { user, token } = useSession();
  const isVendor = !!user?.roles.includes('VENDOR');
  const [search, setSearch] = useState('');
  const [tag, setTag] = useState('');
  const [status, setStatus] = useState<ChallengeStatus | ''>('PUBLISHED');
  const [canBidOnly, setCanBidOnly] = useState(false);
  const [applied, setApplied] = useState({ search: '', tag: '', status: 'PUBLISHED' as ChallengeStatus | '' });
  const list = useQuery(ChallengeListDocument, {
    first: 50,
    filter: { search: applied.search || null, tag: applied.tag || null, status: applied.status ? [applied.status] : null },
  });
  const [eligibility, setEligibility] = useState<Record<string, Eligibility>>({});

  const challenges = (list.data?.challenges.edges ?? [])
    .map((e) => e.node)
    .filter((c) => user || PUBLIC_CLASSIFICATIONS.includes(c.classification));
  const ids = challenges.map((c) => c.id).join(',');

  useEffect(() => {
    if (!isVendor || !ids) return;
    let live = true;
    Promise.all(
      ids.split(',').map(async (id) => [id, (await request(EligibilityDocument, { challengeId: id }, token)).eligibility] as const),
    )
      .then((entries) => live && setEligibility(Object.fromEntries(entries)))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [ids, isVendor, token]);

  const shown = canBidOnly ? challenges.filter((c) => eligibility[c.id]?.eligible) : challenges;

  return (
    <Page title={user ? t('challenges.title') : t('challenges.publicTitle')}>
      {!user ? <p>{t('challenges.publicIntro')}</p> : null}
      <form
        className="card filters"
        role="search"
        aria-label={t('challenges.filters')}
        onSubmit={(e) => {
          e.preventDefault();
          setApplied({ search, tag, status });
        }}
      >
        <TextField label={t('challenges.search')} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        <TextField label={t('challenges.tag')} value={tag} onChange={(e) => setTag(e.target.value)} />
        <SelectField
          label={t('challenges.status')}
          value={status}
          onChange={(e) => setStatus(e.target.value as ChallengeStatus | '')}
          options={[{ value: '', label: t('challenges.anyStatus') }, ...STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))]}
        />
        {isVendor ? (
          <div className="field">
            <label className="choice">
              <input type="checkbox" checked={canBidOnly} onChange={(e) => setCanBidOnly(e.target.checked)} /> {t('challenges.canBid')}
            </label>
          </div>
        ) : null}
        <div className="field">
          <button type="submit">{t('challenges.apply')}</button>
        </div>
      </form>
      {isVendor ? <SaveSearchForm filter={{ search: applied.search || null, tag: applied.tag || null }} /> : null}
      {list.loading ? <Loading label={t('common.loading')} /> : null}
      {list.error ? <Alert>{t('error.UNKNOWN')}</Alert> : null}
      {!list.loading && !shown.length ? <p>{t('challenges.none')}</p> : null}
      <p role="status" className="visually-hidden">
        {t('challenges.count', { n: shown.length })}
      </p>
      {shown.map((c) => (
        <article className="card" key={c.id} aria-labelledby={`challenge-${c.id}`}>
          <h2 id={`challenge-${c.id}`}>
            <Link to={`/challenges/${c.id}`}>{c.title}</Link>
          </h2>
          <p>
            <Badge tone="neutral">{t(`status.${c.status}`)}</Badge> <Badge tone="neutral">{t(`classification.${c.classification}`)}</Badge>{' '}
            {c.tags.map((tagName) => (
              <Badge key={tagName} tone="neutral">
                #{tagName}
              </Badge>
            ))}
          </p>
          <dl className="facts">
            <dt>{t('challenge.budget')}</dt>
            <dd>{formatMoney(c.budget)}</dd>
            <dt>{t('challenge.deadline')}</dt>
            <dd>{formatDateTime(c.submissionDeadline)}</dd>
            <dt>{t('challenge.requiredTier')}</dt>
            <dd>{t('challenge.tierFor', { tier: c.requiredTier, trusted: t(`trusted.${c.trustedJurisdiction}`) })}</dd>
          </dl>
          {eligibility[c.id] ? <EligibilityBadge eligibility={eligibility[c.id]} /> : null}
        </article>
      ))}
    </Page>
  );
}
