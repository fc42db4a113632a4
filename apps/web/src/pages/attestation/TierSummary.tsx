import { useI18n } from '../../i18n/i18n';

interface Assessment {
  tier?: string | null;
  gaps: { code: string; tier: string; reason: string }[];
}

/** The tier for one trusted set and, grouped by the tier they block, the gaps in plain words. */
export function TierSummary({ trusted, assessment }: { trusted: 'NATO' | 'EU_EEA'; assessment: Assessment }) {
  const { t } = useI18n();
  const headingId = `tier-${trusted}`;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('attestation.tierFor', { trusted: t(`trusted.${trusted}`) })}</h3>
      <p className="total">{assessment.tier ? t('attestation.tier', { tier: assessment.tier }) : t('attestation.noTier')}</p>
      {assessment.gaps.length ? (
        <>
          <p>{t('attestation.gapsIntro', { tier: assessment.gaps[0].tier })}</p>
          <ul>
            {assessment.gaps.map((gap) => (
              <li key={`${gap.tier}-${gap.code}`}>
                <strong>{gap.code}</strong>: {gap.reason}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('attestation.noGaps')}</p>
      )}
    </section>
  );
}
