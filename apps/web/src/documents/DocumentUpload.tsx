import { type ChangeEvent, useId, useState } from 'react';

import { useSession } from '../auth/session';
import { useI18n } from '../i18n/i18n';
import { describeUploadRefusal } from './describe-refusal';
import { uploadDocument } from './document-api';
import type { DocumentView } from './document-view';
import { DocumentList } from './DocumentList';

/** What the file picker offers; the API decides from the bytes anyway (README "Documents"). */
const ACCEPT = '.pdf,.png,.jpg,.jpeg,.odt,.ods,.odp,.docx,.xlsx,.pptx,.txt,.csv,.zip';

/**
 * A labelled file input that uploads each chosen file at once (POST /documents) and lists what is
 * ready to attach, each with a remove button; nothing is attached until the surrounding form is
 * submitted. While a file travels the field says so (and `onBusyChange` lets the form wait);
 * refusals (wrong type, too large, infected, …) are sentences naming the file.
 */
export function DocumentUpload({
  label,
  hint,
  listLabel,
  documents,
  onChange,
  onBusyChange,
}: {
  label: string;
  hint?: string;
  /** Names the list of uploaded files (default: "<label>: files ready"). */
  listLabel?: string;
  documents: readonly DocumentView[];
  onChange(next: DocumentView[]): void;
  onBusyChange?(busy: boolean): void;
}) {
  const { t, formatNumber } = useI18n();
  const { token } = useSession();
  const id = useId();
  const [uploading, setUploading] = useState<string | null>(null);
  const [uploaded, setUploaded] = useState<string[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = problems.length ? `${id}-error` : undefined;

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const files = Array.from(input.files ?? []);
    if (!files.length) return;
    onBusyChange?.(true);
    const added: DocumentView[] = [];
    const refused: string[] = [];
    try {
      for (const file of files) {
        setUploading(file.name);
        const result = await uploadDocument(file, token);
        if (result.ok) added.push(result.document);
        else refused.push(describeUploadRefusal(t, formatNumber, file.name, result.refusal));
      }
    } finally {
      // The same file can be picked again after a refusal or a removal.
      input.value = '';
      setUploading(null);
      onBusyChange?.(false);
    }
    setProblems(refused);
    setUploaded(added.map((d) => d.name));
    if (added.length) onChange([...documents, ...added]);
  }

  return (
    <div className="field documents-field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        type="file"
        multiple
        accept={ACCEPT}
        onChange={(e) => void choose(e)}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
        aria-invalid={problems.length ? true : undefined}
      />
      <p className="upload-status" role="status">
        {uploading ? (
          <>
            <progress aria-label={t('documents.uploading', { name: uploading })} /> {t('documents.uploading', { name: uploading })}
          </>
        ) : uploaded.length ? (
          t('documents.uploaded', { names: uploaded.join(', ') })
        ) : null}
      </p>
      {problems.length ? (
        <div className="field-error" id={errorId} role="alert">
          {problems.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </div>
      ) : null}
      <DocumentList
        documents={documents}
        label={listLabel ?? t('documents.chosen', { label })}
        onRemove={(removed) => onChange(documents.filter((d) => d.id !== removed.id))}
      />
    </div>
  );
}
