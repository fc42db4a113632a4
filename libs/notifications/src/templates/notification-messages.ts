/**
 * The title and body of each kind in English and French, rendered from the notification's params in
 * the reader's language (in the inbox and in mail alike). `{name}` is replaced by params[name].
 */
import type { NotificationKind } from '../notification-kinds';

export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

interface Message {
  title: string;
  body: string;
}

const EN: Record<NotificationKind, Message> = {
  CHALLENGE_PUBLISHED: {
    title: 'New challenge: {challengeTitle}',
    body: 'A challenge matching your saved search was published and your organisation may bid on it.',
  },
  CHALLENGE_AMENDED: { title: 'Challenge amended: {challengeTitle}', body: 'The buyer amended the challenge. Reason: {reason}' },
  QUESTION_ANSWERED: {
    title: 'Question answered: {challengeTitle}',
    body: 'The buyer published an answer to a question on this challenge.',
  },
  DEADLINE_APPROACHING: {
    title: 'Deadline in less than 48 hours: {challengeTitle}',
    body: 'Submissions close within 48 hours and your organisation has not bid yet.',
  },
  BID_RECEIVED: {
    title: 'Bid received: {challengeTitle}',
    body: 'Your bid (revision {revision}) is sealed until the deadline. Content hash: {contentHash}',
  },
  SCREENING_OUTCOME: { title: 'Screening outcome: {challengeTitle}', body: 'Your bid was screened: {outcome}. {reason}' },
  AWARD_DECIDED: {
    title: 'Award decision: {challengeTitle}',
    body: 'The award was decided: your bid is {outcome}. Your debrief is ready.',
  },
  CONTRACT_ISSUED: { title: 'Contract issued: {challengeTitle}', body: 'A phase {phase} micro-contract was issued to your organisation.' },
  STANDSTILL_ENDED: {
    title: 'Standstill over: {challengeTitle}',
    body: 'The standstill period has ended: the contract can now be signed.',
  },
  MILESTONE_ACCEPTED: { title: 'Milestone accepted: {challengeTitle}', body: 'The buyer accepted a milestone you delivered.' },
  MILESTONE_REJECTED: { title: 'Milestone rejected: {challengeTitle}', body: 'The buyer rejected a milestone. Reason: {reason}' },
  PAYMENT_RECORDED: { title: 'Payment recorded: {challengeTitle}', body: 'A payment of {amount} was recorded for a milestone.' },
  ATTESTATION_EXPIRING: {
    title: 'Your attestation expires within 30 days',
    body: 'Your sovereignty attestation expires soon: attest again to keep bidding.',
  },
  ATTESTATION_CHALLENGED: {
    title: 'Your attestation was challenged',
    body: 'An administrator challenged your attestation. Reason: {reason}',
  },
  ATTESTATION_REVOKED: { title: 'Your attestation was revoked', body: 'An administrator revoked your attestation. Reason: {reason}' },
  ASSIGNMENT_RECEIVED: {
    title: 'New evaluation assignment: {challengeTitle}',
    body: 'A bid was assigned to you: accept it or declare a conflict.',
  },
  ASSIGNMENT_REMINDER: {
    title: 'Reminder: assignment waiting for 24 hours: {challengeTitle}',
    body: 'An assignment has been waiting for your acceptance for more than 24 hours.',
  },
  SCORING_DEADLINE_APPROACHING: {
    title: 'Scoring deadline in less than 48 hours: {challengeTitle}',
    body: 'Please finish scoring your assignments.',
  },
  QUESTION_ASKED: {
    title: 'New question: {challengeTitle}',
    body: 'A vendor asked a question on your challenge; it waits for your answer.',
  },
  MODERATION_NEEDED: { title: 'Moderation needed: {challengeTitle}', body: 'Evaluators disagree on a bid: a moderation is needed.' },
  RANKING_READY: { title: 'Ranking ready: {challengeTitle}', body: 'Every bid is evaluated: the ranking and recommendation are ready.' },
  MILESTONE_DELIVERED: { title: 'Milestone delivered: {challengeTitle}', body: 'A vendor delivered a milestone: accept or reject it.' },
  EVALUATION_BLOCKED: {
    title: 'Evaluation blocked: {challengeTitle}',
    body: 'A bid lacks evaluators and the invited pool is exhausted: invite more evaluators.',
  },
};

const FR: Record<NotificationKind, Message> = {
  CHALLENGE_PUBLISHED: {
    title: 'Nouveau défi : {challengeTitle}',
    body: 'Un défi correspondant à votre recherche enregistrée a été publié et votre organisation peut y soumissionner.',
  },
  CHALLENGE_AMENDED: { title: 'Défi modifié : {challengeTitle}', body: "L'acheteur a modifié le défi. Motif : {reason}" },
  QUESTION_ANSWERED: { title: 'Question répondue : {challengeTitle}', body: "L'acheteur a publié la réponse à une question sur ce défi." },
  DEADLINE_APPROACHING: {
    title: 'Échéance dans moins de 48 heures : {challengeTitle}',
    body: "Les offres sont closes dans moins de 48 heures et votre organisation n'a pas encore soumissionné.",
  },
  BID_RECEIVED: {
    title: 'Offre reçue : {challengeTitle}',
    body: "Votre offre (révision {revision}) reste scellée jusqu'à l'échéance. Empreinte du contenu : {contentHash}",
  },
  SCREENING_OUTCOME: { title: 'Résultat de la recevabilité : {challengeTitle}', body: 'Votre offre a été examinée : {outcome}. {reason}' },
  AWARD_DECIDED: {
    title: "Décision d'attribution : {challengeTitle}",
    body: "L'attribution est décidée : votre offre est {outcome}. Votre compte rendu est disponible.",
  },
  CONTRACT_ISSUED: {
    title: 'Contrat émis : {challengeTitle}',
    body: 'Un micro-contrat de phase {phase} a été émis pour votre organisation.',
  },
  STANDSTILL_ENDED: {
    title: "Fin du délai d'attente : {challengeTitle}",
    body: "Le délai d'attente est terminé : le contrat peut être signé.",
  },
  MILESTONE_ACCEPTED: { title: 'Jalon accepté : {challengeTitle}', body: "L'acheteur a accepté un jalon que vous avez livré." },
  MILESTONE_REJECTED: { title: 'Jalon refusé : {challengeTitle}', body: "L'acheteur a refusé un jalon. Motif : {reason}" },
  PAYMENT_RECORDED: { title: 'Paiement enregistré : {challengeTitle}', body: 'Un paiement de {amount} a été enregistré pour un jalon.' },
  ATTESTATION_EXPIRING: {
    title: 'Votre attestation expire dans moins de 30 jours',
    body: 'Votre attestation de souveraineté expire bientôt : attestez à nouveau pour continuer à soumissionner.',
  },
  ATTESTATION_CHALLENGED: {
    title: 'Votre attestation est contestée',
    body: 'Un administrateur a contesté votre attestation. Motif : {reason}',
  },
  ATTESTATION_REVOKED: { title: 'Votre attestation est révoquée', body: 'Un administrateur a révoqué votre attestation. Motif : {reason}' },
  ASSIGNMENT_RECEIVED: {
    title: "Nouvelle affectation d'évaluation : {challengeTitle}",
    body: 'Une offre vous a été affectée : acceptez-la ou déclarez un conflit.',
  },
  ASSIGNMENT_REMINDER: {
    title: 'Rappel : affectation en attente depuis 24 heures : {challengeTitle}',
    body: 'Une affectation attend votre acceptation depuis plus de 24 heures.',
  },
  SCORING_DEADLINE_APPROACHING: {
    title: 'Échéance de notation dans moins de 48 heures : {challengeTitle}',
    body: 'Merci de terminer la notation de vos affectations.',
  },
  QUESTION_ASKED: {
    title: 'Nouvelle question : {challengeTitle}',
    body: 'Un fournisseur a posé une question sur votre défi ; elle attend votre réponse.',
  },
  MODERATION_NEEDED: {
    title: 'Modération nécessaire : {challengeTitle}',
    body: "Les évaluateurs divergent sur une offre : une modération s'impose.",
  },
  RANKING_READY: {
    title: 'Classement prêt : {challengeTitle}',
    body: 'Toutes les offres sont évaluées : le classement et la recommandation sont prêts.',
  },
  MILESTONE_DELIVERED: { title: 'Jalon livré : {challengeTitle}', body: 'Un fournisseur a livré un jalon : acceptez-le ou refusez-le.' },
  EVALUATION_BLOCKED: {
    title: 'Évaluation bloquée : {challengeTitle}',
    body: "Une offre manque d'évaluateurs et le vivier invité est épuisé : invitez d'autres évaluateurs.",
  },
};

/** Words of the closed vocabularies params carry (outcomes), per language. */
const OUTCOMES: Record<Language, Record<string, string>> = {
  en: { ELIGIBLE: 'eligible', SCREENED_OUT: 'screened out', AWARDED: 'awarded', NOT_AWARDED: 'not awarded' },
  fr: { ELIGIBLE: 'recevable', SCREENED_OUT: 'écartée', AWARDED: 'retenue', NOT_AWARDED: 'non retenue' },
};

export const asLanguage = (value: string | null | undefined): Language => (value === 'fr' ? 'fr' : 'en');

/** Amounts in minor units as a person reads them (2 decimals; currencies without minor units are rare here). */
function formatAmount(params: Record<string, unknown>, language: Language): string {
  const minor = Number(params.amountMinor);
  const currency = String(params.currency ?? '');
  if (!Number.isFinite(minor)) return '';
  const major = (minor / 100).toFixed(2);
  return language === 'fr' ? `${major.replace('.', ',')} ${currency}` : `${currency} ${major}`;
}

export function renderMessage(kind: NotificationKind, params: Record<string, unknown>, language: Language): Message {
  const template = (language === 'fr' ? FR : EN)[kind];
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) values[key] = value === null || value === undefined ? '' : String(value);
  if (values.outcome) values.outcome = OUTCOMES[language][values.outcome] ?? values.outcome;
  if ('amountMinor' in params) values.amount = formatAmount(params, language);
  const fill = (text: string) => text.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '').trim();
  return { title: fill(template.title), body: fill(template.body) };
}
