import { useState } from 'react';

import { useSession } from '../auth/session';
import { useI18n } from '../i18n/i18n';
import { Alert, Badge } from '../ui/Feedback';
import { describeDownloadRefusal, formatSize } from './describe-refusal';
import { downloadDocument } from './document-api';
import { type DocumentView, shortHash, typeLabel } from './document-view';

const SCAN_TONE: Record<string, 'good' | 'bad' | 'neutral'> = {
  CLEAN: 'good',
  INFECTED: 'bad',
  PENDING: 'neutral',
  NOT_SCANNED: 'neutral',
};

/**
 * Documents with what a reader checks before opening one: type, size, the SHA-256 (short form
 * shown, the whole value in the tooltip), the malware scan status and, for challenge annexes,
 * who may see them. Each has a download button; `onRemove` adds a remove button (forms only).
 */
export function DocumentList({
  documents,
  label,
  onRemove,
}: {
  documents: readonly DocumentView[];
  /** Names the list for assistive technology ("Annexes", "Documents in your bid"). */
  label: string;
  onRemove?(document: DocumentView): void;
}) {
  const { t, has, formatNumber } = useI18n();
  const { token } = useSession();
  const [problem, setProblem] = useState<string | null>(null);
  if (!documents.length) return null;

  async function download(document: DocumentView) {
    const refusal = await downloadDocument(document, token);
    setProblem(refusal ? describeDownloadRefusal(t, document.name, refusal) : null);
  }

  return (
    <>
      {problem ? <Alert>{problem}</Alert> : null}
      <ul className="documents" aria-label={label}>
        {documents.map((d) => {
          const scanKey = `documents.scan.${d.scanStatus}`;
          const visibilityKey = `documents.visibility.${d.visibility ?? ''}`;
          return (
            <li key={d.id}>
              <span className="document-name">{d.name}</span>{' '}
              <span className="document-facts">
                {typeLabel(d.mediaType)} · {formatSize(formatNumber, d.sizeBytes)} ·{' '}
                <span title={d.sha256}>
                  SHA-256 <code>{shortHash(d.sha256)}</code>
                </span>
              </span>{' '}
              <Badge tone={SCAN_TONE[d.scanStatus] ?? 'neutral'}>{has(scanKey) ? t(scanKey) : d.scanStatus}</Badge>{' '}
              {d.visibility && has(visibilityKey) ? <Badge tone="neutral">{t(visibilityKey)}</Badge> : null}
              <span className="document-actions">
                {/* The visible word starts the accessible name (WCAG label in name); the name tells the buttons apart. */}
                <button type="button" className="link" aria-label={`${t('documents.download')} ${d.name}`} onClick={() => void download(d)}>
                  {t('documents.download')}
                </button>
                {onRemove ? (
                  <button type="button" className="link" aria-label={`${t('documents.remove')} ${d.name}`} onClick={() => onRemove(d)}>
                    {t('documents.remove')}
                  </button>
                ) : null}
              </span>
            </li>
          );
        })}
      </ul>
    </>
  );
}
