import { useI18n } from '../../i18n/i18n';
import { useQuery } from '../../lib/use-query';
import { AttestationReview } from '../officer-contracts/AttestationReview';
import { RankedAttestationsDocument } from './sprint-documents';

/**
 * From tier T2 up an award needs the winners' key answers (OS-2, OS-6, OS-7, TS-7) verified on the
 * attestation version their bid froze: the review sits next to the ranking so it can happen first.
 */
export function AwardAttestations({ challengeId }: { challengeId: string }) {
  const { t } = useI18n();
  const query = useQuery(RankedAttestationsDocument, { id: challengeId });
  const ranked = query.data?.challenge?.ranking ?? [];
  if (!ranked.length) return null;
  return (
    <section className="card" aria-labelledby="award-attestations-heading">
      <h2 id="award-attestations-heading">{t('officer.ranking.attestations')}</h2>
      <p className="hint">{t('officer.ranking.attestationsHint')}</p>
      {ranked.map((r, i) =>
        r.submission.attestation ? (
          <AttestationReview
            key={r.submission.id}
            attestation={r.submission.attestation}
            vendor={r.submission.vendor?.name ?? t('officer.board.bid', { n: i + 1 })}
            onChange={query.reload}
          />
        ) : null,
      )}
    </section>
  );
}
