import { useState } from 'react';

import { describeError } from '../../i18n/describe-error';
import { useI18n } from '../../i18n/i18n';
import { ApiError } from '../../lib/graphql-client';
import { useMutation } from '../../lib/use-query';
import { Alert } from '../../ui/Feedback';
import { VerifyAuditChainDocument } from './audit-documents';

type Result = { valid: boolean; checkedEvents: number; firstBrokenSeq?: number | null };

/** Re-hashes the whole chain on demand (it reads every event, so it runs when asked, not on load). */
export function ChainVerification() {
  const { t, has, formatNumber } = useI18n();
  // A query, run on demand: useMutation is just the typed request with the session's token.
  const runVerification = useMutation(VerifyAuditChainDocument);
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function verify() {
    setBusy(true);
    try {
      setResult((await runVerification({})).verifyAuditChain);
      setError(null);
    } catch (e) {
      setError(describeError(t, has, e instanceof ApiError ? e.code : 'UNKNOWN'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="chain-heading">
      <h2 id="chain-heading">{t('audit.chainTitle')}</h2>
      <p>{t('audit.chainIntro')}</p>
      <button type="button" onClick={verify} disabled={busy}>
        {t('audit.verify')}
      </button>
      <div aria-live="polite">
        {error ? <Alert>{error}</Alert> : null}
        {result ? (
          result.valid ? (
            <Alert kind="success">{t('audit.chainValid', { n: formatNumber(result.checkedEvents) })}</Alert>
          ) : (
            <Alert>{t('audit.chainBroken', { n: formatNumber(result.checkedEvents), seq: String(result.firstBrokenSeq ?? '?') })}</Alert>
          )
        ) : null}
      </div>
    </section>
  );
}
