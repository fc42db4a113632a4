import { type FormEvent, useState } from 'react';
import { useParams } from 'react-router-dom';

import type { DocumentView } from '../../documents/document-view';
import { DocumentList } from '../../documents/DocumentList';
import { DocumentUpload } from '../../documents/DocumentUpload';
import { useI18n } from '../../i18n/i18n';
import { errorsByField } from '../../lib/field-errors';
import { ApiError } from '../../lib/graphql-client';
import { useLiveQuery } from '../../lib/use-live-query';
import { useMutation } from '../../lib/use-query';
import { Alert, Loading } from '../../ui/Feedback';
import { TextArea } from '../../ui/Field';
import { FormErrors, useFieldErrors } from '../../ui/FormErrors';
import { Page } from '../../ui/Page';
import { AnswerQuestionDocument, OfficerQuestionsDocument } from './sprint-documents';
import { SprintLinks } from './SprintLinks';

/** Unanswered questions first; an answer is published to every bidder (who asked is never shown). */
export default function QuestionsInboxPage() {
  const { id = '' } = useParams();
  const { t, formatDateTime } = useI18n();
  const query = useLiveQuery(OfficerQuestionsDocument, { id }, { intervalMs: 10_000 });
  const c = query.data?.challenge;
  if (query.loading && !query.data) return <Loading label={t('common.loading')} />;
  if (!c)
    return (
      <Page title={t('notFound.title')}>
        <p>{t('challenge.notFound')}</p>
      </Page>
    );
  const open = c.questions.filter((q) => q.answer === null);
  const answered = c.questions.filter((q) => q.answer !== null);
  return (
    <Page title={t('officer.questions.title', { challenge: c.title })}>
      <SprintLinks challengeId={c.id} />
      <p>{t('officer.questions.hint')}</p>
      <section aria-labelledby="unanswered-heading">
        <h2 id="unanswered-heading">{t('officer.questions.unanswered', { n: open.length })}</h2>
        {!open.length ? <p>{t('officer.questions.none')}</p> : null}
        {open.map((q, i) => (
          <AnswerForm key={q.id} question={q} n={i + 1} askedAt={formatDateTime(q.askedAt)} onAnswered={query.reload} />
        ))}
      </section>
      <section aria-labelledby="answered-heading">
        <h2 id="answered-heading">{t('officer.questions.answered', { n: answered.length })}</h2>
        <dl>
          {answered.map((q) => (
            <div key={q.id}>
              <dt>{q.text}</dt>
              <dd>
                {q.answer}
                <DocumentList documents={q.documents} label={t('officerAnnexes.answeredDocuments')} />
              </dd>
            </div>
          ))}
        </dl>
      </section>
    </Page>
  );
}

function AnswerForm({
  question,
  n,
  askedAt,
  onAnswered,
}: {
  question: { id: string; text: string };
  n: number;
  askedAt: string;
  onAnswered(): void;
}) {
  const { t } = useI18n();
  const answerQuestion = useMutation(AnswerQuestionDocument);
  const [answer, setAnswer] = useState('');
  const [documents, setDocuments] = useState<DocumentView[]>([]);
  const [uploading, setUploading] = useState(false);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [done, setDone] = useState(false);
  const fieldErrors = useFieldErrors(errors);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!answer.trim()) {
      setErrors({ answer: ['REQUIRED'] });
      return;
    }
    try {
      await answerQuestion({ questionId: question.id, answer, documentIds: documents.map((d) => d.id) });
      setDone(true);
      onAnswered();
    } catch (error) {
      setErrors(error instanceof ApiError ? errorsByField(error, ['answer']) : { '': ['UNKNOWN'] });
    }
  }

  return (
    <form className="card" onSubmit={submit} noValidate aria-labelledby={`question-${question.id}`}>
      <h3 id={`question-${question.id}`}>{t('officer.questions.question', { n })}</h3>
      <p>{question.text}</p>
      <p className="hint">{t('officer.questions.asked', { date: askedAt })}</p>
      {done ? <Alert kind="success">{t('officer.questions.done')}</Alert> : null}
      <FormErrors errors={errors} />
      <TextArea
        label={t('officer.questions.answer', { n })}
        value={answer}
        onChange={(e) => setAnswer(e.target.value)}
        errors={fieldErrors('answer')}
      />
      <DocumentUpload
        label={t('officerAnnexes.answerDocuments', { n })}
        hint={t('officerAnnexes.answerDocumentsHint')}
        documents={documents}
        onChange={setDocuments}
        onBusyChange={setUploading}
      />
      <div className="actions">
        <button type="submit" disabled={uploading}>
          {t('officer.questions.publish', { n })}
        </button>
      </div>
    </form>
  );
}
