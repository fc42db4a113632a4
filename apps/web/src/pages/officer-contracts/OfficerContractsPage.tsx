import { useI18n } from '../../i18n/i18n';
import { useLiveQuery } from '../../lib/use-live-query';
import { Alert, Loading } from '../../ui/Feedback';
import { Page } from '../../ui/Page';
import { BuyerContractsDocument } from './contract-documents';
import { ContractReview } from './ContractReview';

/**
 * The buyer's contracts: milestones to accept or reject, payments to record, follow-ons on
 * completed work, termination, and the vendor's attestation behind each contract. It polls, so a
 * contract the worker issues or a milestone the vendor delivers shows up without a reload.
 */
export default function OfficerContractsPage() {
  const { t } = useI18n();
  const contracts = useLiveQuery(BuyerContractsDocument, {}, { intervalMs: 5000 });
  if (contracts.loading && !contracts.data) return <Loading label={t('common.loading')} />;
  const list = contracts.data?.contracts ?? [];
  return (
    <Page title={t('officerContracts.title')}>
      <p>{t('officerContracts.intro')}</p>
      {contracts.error ? <Alert>{t('error.UNKNOWN')}</Alert> : null}
      {!list.length ? <p>{t('officerContracts.none')}</p> : null}
      {list.map((c) => (
        <ContractReview key={c.id} contract={c} onChange={contracts.reload} />
      ))}
    </Page>
  );
}
