import { useI18n } from '../i18n/i18n';
import { Badge } from '../ui/Feedback';

export interface Eligibility {
  eligible: boolean;
  reasons: string[];
  tier?: string | null;
}

/** "You can bid" or "You cannot bid", with the API's reasons spelled out underneath. */
export function EligibilityBadge({ eligibility }: { eligibility: Eligibility }) {
  const { t } = useI18n();
  return (
    <div className="eligibility">
      <Badge tone={eligibility.eligible ? 'good' : 'bad'}>{eligibility.eligible ? t('eligibility.yes') : t('eligibility.no')}</Badge>
      {eligibility.reasons.length ? (
        <ul aria-label={t('eligibility.reasons')}>
          {eligibility.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
