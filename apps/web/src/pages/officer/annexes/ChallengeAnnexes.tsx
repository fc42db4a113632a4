import { type FormEvent, useEffect, useRef, useState } from 'react';

import type { DocumentView } from '../../../documents/document-view';
import { DocumentList } from '../../../documents/DocumentList';
import { DocumentUpload } from '../../../documents/DocumentUpload';
import { describeError } from '../../../i18n/describe-error';
import { useI18n } from '../../../i18n/i18n';
import { ApiError } from '../../../lib/graphql-client';
import { useMutation } from '../../../lib/use-query';
import { Alert } from '../../../ui/Feedback';
import { ChoiceGroup } from '../../../ui/Field';
import { AttachChallengeDocumentDocument, DetachChallengeDocumentDocument } from './annex-documents';

type Visibility = 'PUBLIC' | 'RESTRICTED';

/**
 * The challenge's annexes as the officer manages them (DRAFT and PUBLISHED): upload files, pick
 * who may see them, attach; detach after a confirmation, since vendors may already rely on them.
 */
export function ChallengeAnnexes({
  challengeId,
  attached,
  onChange,
}: {
  challengeId: string;
  attached: readonly DocumentView[];
  onChange(): void;
}) {
  const { t, has } = useI18n();
  const attach = useMutation(AttachChallengeDocumentDocument);
  const detach = useMutation(DetachChallengeDocumentDocument);
  const [ready, setReady] = useState<DocumentView[]>([]);
  const [visibility, setVisibility] = useState<Visibility>('PUBLIC');
  const [uploading, setUploading] = useState(false);
  const [confirming, setConfirming] = useState<DocumentView | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const question = useRef<HTMLDivElement>(null);

  // Keyboard users land on the question when it opens, and back on the section once it is answered.
  useEffect(() => {
    if (confirming) question.current?.focus();
  }, [confirming]);
  function closeConfirmation() {
    setConfirming(null);
    heading.current?.focus();
  }

  const reason = (error: unknown) => describeError(t, has, error instanceof ApiError ? error.code : 'UNKNOWN');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    if (!ready.length) {
      setProblem(t('officerAnnexes.noneChosen'));
      return;
    }
    // One mutation per file: each attach is audited on its own; what failed stays ready to retry.
    const left: DocumentView[] = [];
    const failures: string[] = [];
    for (const document of ready) {
      try {
        await attach({ challengeId, documentId: document.id, visibility });
      } catch (error) {
        left.push(document);
        failures.push(t('officerAnnexes.attachFailed', { name: document.name, reason: reason(error) }));
      }
    }
    const done = ready.filter((d) => !left.includes(d));
    setReady(left);
    setProblem(failures.length ? failures.join(' ') : null);
    if (done.length) {
      setNotice(t('officerAnnexes.attached', { names: done.map((d) => d.name).join(', ') }));
      onChange();
    }
  }

  async function confirmDetach() {
    if (!confirming) return;
    const document = confirming;
    setNotice(null);
    try {
      await detach({ challengeId, documentId: document.id });
      setProblem(null);
      setNotice(t('officerAnnexes.detached', { name: document.name }));
      onChange();
    } catch (error) {
      setProblem(t('officerAnnexes.detachFailed', { name: document.name, reason: reason(error) }));
    }
    closeConfirmation();
  }

  return (
    <section className="card" aria-labelledby="annexes-heading">
      <h2 id="annexes-heading" ref={heading} tabIndex={-1}>
        {t('officerAnnexes.title')}
      </h2>
      <p className="hint">{t('officerAnnexes.intro')}</p>
      {problem ? <Alert>{problem}</Alert> : null}
      {notice ? <Alert kind="success">{notice}</Alert> : null}
      {attached.length ? (
        <DocumentList documents={attached} label={t('officerAnnexes.attachedList')} onRemove={setConfirming} />
      ) : (
        <p>{t('officerAnnexes.none')}</p>
      )}
      {confirming ? (
        <div className="confirm" role="group" aria-labelledby="annex-detach-question" ref={question} tabIndex={-1}>
          <p id="annex-detach-question">{t('officerAnnexes.confirmDetach', { name: confirming.name })}</p>
          <div className="actions">
            <button type="button" className="secondary" onClick={() => void confirmDetach()}>
              {t('officerAnnexes.detach', { name: confirming.name })}
            </button>
            <button type="button" className="link" onClick={closeConfirmation}>
              {t('officerAnnexes.keep')}
            </button>
          </div>
        </div>
      ) : null}
      <form onSubmit={submit} noValidate aria-labelledby="annexes-add-heading">
        <h3 id="annexes-add-heading">{t('officerAnnexes.add')}</h3>
        <DocumentUpload label={t('officerAnnexes.files')} documents={ready} onChange={setReady} onBusyChange={setUploading} />
        <ChoiceGroup
          type="radio"
          name={`annex-visibility-${challengeId}`}
          label={t('officerAnnexes.visibility')}
          hint={t('officerAnnexes.visibilityHint')}
          options={[
            { value: 'PUBLIC', label: t('officerAnnexes.visibility.PUBLIC') },
            { value: 'RESTRICTED', label: t('officerAnnexes.visibility.RESTRICTED') },
          ]}
          selected={[visibility]}
          onChange={([next]) => setVisibility(next === 'RESTRICTED' ? 'RESTRICTED' : 'PUBLIC')}
        />
        <div className="actions">
          <button type="submit" disabled={uploading}>
            {t('officerAnnexes.attach')}
          </button>
        </div>
      </form>
    </section>
  );
}
