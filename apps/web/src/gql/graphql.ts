/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: unknown; }
  /** The `SafeInt` scalar type represents non-fractional signed whole numeric values that are considered safe as defined by the ECMAScript specification. */
  SafeInt: { input: number; output: number; }
};

/** What may change after publication; every amendment is recorded and shown to bidders. */
export type AmendChallengeInput = {
  /** Criteria and weights may be amended only while no submission exists. */
  criteria?: InputMaybe<Array<EvaluationCriterionInput>>;
  problemStatement?: InputMaybe<Scalars['String']['input']>;
  questionsDeadline?: InputMaybe<Scalars['DateTime']['input']>;
  /** Amendable until the award decision; must be after the submission deadline. */
  scoringDeadline?: InputMaybe<Scalars['DateTime']['input']>;
  submissionDeadline?: InputMaybe<Scalars['DateTime']['input']>;
};

export type Amendment = {
  __typename?: 'Amendment';
  at: Scalars['DateTime']['output'];
  /** the fields changed, old and new values */
  changes: Scalars['JSON']['output'];
  reason: Scalars['String']['output'];
};

/** OWNERSHIP answers are lists of {country, percent} holdings of 5% or more. */
export type AnswerType =
  | 'BOOLEAN'
  | 'COUNTRY'
  | 'COUNTRY_LIST'
  | 'ENUM'
  | 'ENUM_SET'
  | 'OWNERSHIP';

export type AssignmentStatus =
  | 'ACCEPTED'
  | 'CONFLICT_DECLARED'
  | 'PENDING'
  | 'SCORED'
  | 'WITHDRAWN';

export type Attestation = {
  __typename?: 'Attestation';
  answers: Array<CriterionAnswer>;
  assessment: TierAssessment;
  expiresAt: Scalars['DateTime']['output'];
  /** SHA-256 of the canonical JSON of vendor, catalogue version, answers and signature time. */
  hash: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  signatoryName: Scalars['String']['output'];
  signedAt: Scalars['DateTime']['output'];
  status: AttestationStatus;
  vendor: Organisation;
  version: Scalars['Int']['output'];
};


export type AttestationAssessmentArgs = {
  trusted: TrustedJurisdiction;
};

export type AttestationStatus =
  | 'ACTIVE'
  | 'CHALLENGED'
  | 'EXPIRED'
  | 'REVOKED'
  | 'SUPERSEDED';

export type AuditChainVerification = {
  __typename?: 'AuditChainVerification';
  checkedEvents: Scalars['Int']['output'];
  firstBrokenSeq?: Maybe<Scalars['SafeInt']['output']>;
  valid: Scalars['Boolean']['output'];
};

export type AuditEvent = {
  __typename?: 'AuditEvent';
  action: Scalars['String']['output'];
  actorId?: Maybe<Scalars['ID']['output']>;
  at: Scalars['DateTime']['output'];
  data: Scalars['JSON']['output'];
  entityId: Scalars['String']['output'];
  entityType: Scalars['String']['output'];
  hash: Scalars['String']['output'];
  prevHash: Scalars['String']['output'];
  seq: Scalars['SafeInt']['output'];
};

export type AuthPayload = {
  __typename?: 'AuthPayload';
  accessToken: Scalars['String']['output'];
  user: User;
};

export type Challenge = {
  __typename?: 'Challenge';
  amendments: Array<Amendment>;
  awardedAt?: Maybe<Scalars['DateTime']['output']>;
  blindEvaluation: Scalars['Boolean']['output'];
  budget: Money;
  buyer: Organisation;
  classification: Classification;
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Every phase: the buyer's officers, auditors and admins see all; a vendor only its own. */
  contracts: Array<MicroContract>;
  criteria: Array<EvaluationCriterion>;
  /** Annexes this reader may see (RESTRICTED ones: eligible vendors, the buyer, its evaluators). */
  documents: Array<Document>;
  evaluationProgress?: Maybe<EvaluationProgress>;
  /** The buyer's officers only (null for anyone else): the organisation's enabled evaluators not yet invited who may be (not the challenge's author). */
  evaluatorCandidates?: Maybe<Array<User>>;
  /** The invited evaluator pool, in invitation order: the buyer's officers only (null for anyone else). */
  evaluators?: Maybe<Array<User>>;
  evaluatorsPerSubmission: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  maxAwards: Scalars['Int']['output'];
  maxContractValue: Money;
  /** Set when an officer decided NO_AWARD after ranking. */
  noAwardReason?: Maybe<Scalars['String']['output']>;
  /** OCDS contracting process id */
  ocid: Scalars['String']['output'];
  problemStatement: Scalars['String']['output'];
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Answered questions for everyone; the buyer's officers also see unanswered ones. */
  questions: Array<Question>;
  questionsDeadline?: Maybe<Scalars['DateTime']['output']>;
  /** Officers of the buying organisation once every eligible submission is evaluated. */
  ranking?: Maybe<Array<RankedSubmission>>;
  requiredTier: SovereigntyTier;
  /** Evaluators' scores are due by then; overdue assignments show in evaluationProgress. */
  scoringDeadline?: Maybe<Scalars['DateTime']['output']>;
  smeOnly: Scalars['Boolean']['output'];
  standstillDays: Scalars['Int']['output'];
  status: ChallengeStatus;
  submissionDeadline: Scalars['DateTime']['output'];
  /** Officers of the buying organisation after close; a vendor sees only its own. */
  submissions: Array<Submission>;
  tags: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  trustedJurisdiction: TrustedJurisdiction;
};

export type ChallengeConnection = {
  __typename?: 'ChallengeConnection';
  edges: Array<ChallengeEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ChallengeEdge = {
  __typename?: 'ChallengeEdge';
  cursor: Scalars['String']['output'];
  node: Challenge;
};

export type ChallengeFilter = {
  buyerId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Array<ChallengeStatus>>;
  tag?: InputMaybe<Scalars['String']['input']>;
};

export type ChallengeStatus =
  | 'AWARDED'
  | 'AWARD_PENDING'
  | 'CANCELLED'
  | 'CLOSED'
  | 'DRAFT'
  | 'EVALUATING'
  | 'NO_AWARD'
  | 'PUBLISHED';

export type Classification =
  | 'COSMIC_TOP_SECRET'
  | 'NATO_CONFIDENTIAL'
  | 'NATO_RESTRICTED'
  | 'NATO_SECRET'
  | 'NATO_UNCLASSIFIED'
  | 'PUBLIC';

export type ContractStatus =
  | 'ACTIVE'
  | 'COMPLETED'
  | 'PENDING_SIGNATURE'
  | 'TERMINATED';

export type CreateBuyerOrganisationInput = {
  country: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

export type CreateChallengeInput = {
  blindEvaluation?: InputMaybe<Scalars['Boolean']['input']>;
  budget: MoneyInput;
  classification: Classification;
  criteria: Array<EvaluationCriterionInput>;
  evaluatorsPerSubmission?: InputMaybe<Scalars['Int']['input']>;
  maxAwards: Scalars['Int']['input'];
  maxContractValue: MoneyInput;
  problemStatement: Scalars['String']['input'];
  questionsDeadline?: InputMaybe<Scalars['DateTime']['input']>;
  requiredTier: SovereigntyTier;
  scoringDeadline?: InputMaybe<Scalars['DateTime']['input']>;
  smeOnly: Scalars['Boolean']['input'];
  standstillDays?: InputMaybe<Scalars['Int']['input']>;
  submissionDeadline: Scalars['DateTime']['input'];
  tags: Array<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  trustedJurisdiction: TrustedJurisdiction;
};

export type CreateUserInput = {
  displayName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  organisationId: Scalars['ID']['input'];
  password: Scalars['String']['input'];
  roles: Array<Role>;
};

export type CriterionAnswer = {
  __typename?: 'CriterionAnswer';
  code: Scalars['String']['output'];
  /** Evidence for this criterion, part of this attestation version and its hash. */
  documents: Array<Document>;
  evidence?: Maybe<Scalars['String']['output']>;
  value: Scalars['JSON']['output'];
  verified: Scalars['Boolean']['output'];
};

export type CriterionAnswerInput = {
  code: Scalars['String']['input'];
  /** Uploaded documents (POST /documents) supporting this answer; part of this attestation version and its hash. A document of the organisation's previous version may be listed again. */
  documentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  evidence?: InputMaybe<Scalars['String']['input']>;
  value: Scalars['JSON']['input'];
};

export type CriterionGap = {
  __typename?: 'CriterionGap';
  code: Scalars['String']['output'];
  reason: Scalars['String']['output'];
  /** the tier this criterion blocks */
  tier: SovereigntyTier;
};

export type CriterionResult = {
  __typename?: 'CriterionResult';
  consensus?: Maybe<Scalars['Int']['output']>;
  criterion: EvaluationCriterion;
  mean: Scalars['Float']['output'];
  spread: Scalars['Int']['output'];
};

export type CriterionScore = {
  __typename?: 'CriterionScore';
  criterion: EvaluationCriterion;
  justification: Scalars['String']['output'];
  score: Scalars['Int']['output'];
};

export type CurrencyShare = {
  __typename?: 'CurrencyShare';
  awardedValue: Money;
  currency: Scalars['String']['output'];
  share?: Maybe<Scalars['Float']['output']>;
  smeValue: Money;
};

export type Document = {
  __typename?: 'Document';
  downloadPath: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Sniffed from the bytes. */
  mediaType: Scalars['String']['output'];
  /** Sanitised file name; neutral for a blind evaluator. */
  name: Scalars['String']['output'];
  scanStatus: DocumentScanStatus;
  /** SHA-256 of the bytes, hex. */
  sha256: Scalars['String']['output'];
  sizeBytes: Scalars['Int']['output'];
  uploadedAt: Scalars['DateTime']['output'];
  /** Challenge annexes only. */
  visibility?: Maybe<DocumentVisibility>;
};

/** NOT_SCANNED: this deployment has no malware scanner; readers should treat the file with care. */
export type DocumentScanStatus =
  | 'CLEAN'
  | 'INFECTED'
  | 'NOT_SCANNED'
  | 'PENDING';

/** Challenge annexes: PUBLIC for everyone who sees the challenge, RESTRICTED for vendors eligible to bid. */
export type DocumentVisibility =
  | 'PUBLIC'
  | 'RESTRICTED';

export type EligibilityResult = {
  __typename?: 'EligibilityResult';
  eligible: Scalars['Boolean']['output'];
  reasons: Array<Scalars['String']['output']>;
  tier?: Maybe<SovereigntyTier>;
};

/** In-app notifications are always on; this is the email channel. */
export type EmailDelivery =
  | 'DAILY_DIGEST'
  | 'IMMEDIATE'
  | 'OFF';

export type EvaluationAssignment = {
  __typename?: 'EvaluationAssignment';
  evaluator: User;
  id: Scalars['ID']['output'];
  scores: Array<CriterionScore>;
  status: AssignmentStatus;
  submission: Submission;
};

export type EvaluationCriterion = {
  __typename?: 'EvaluationCriterion';
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** percent; a challenge's weights sum to 100 */
  weight: Scalars['Int']['output'];
};

export type EvaluationCriterionInput = {
  description: Scalars['String']['input'];
  name: Scalars['String']['input'];
  weight: Scalars['Int']['input'];
};

export type EvaluationProgress = {
  __typename?: 'EvaluationProgress';
  /** When the last assignment was made once every eligible submission is staffed. */
  assignedAt?: Maybe<Scalars['DateTime']['output']>;
  assignments: Scalars['Int']['output'];
  awaitingModeration: Scalars['Int']['output'];
  eligible: Scalars['Int']['output'];
  evaluated: Scalars['Int']['output'];
  /** Each evaluator's assignments on this challenge by state, with an overdue flag. */
  evaluators: Array<EvaluatorProgress>;
  /** Assignments eligible submissions still lack: the invited pool is too small until more evaluators are invited. */
  missingEvaluators: Scalars['Int']['output'];
  /** Open assignments past the scoring deadline, or PENDING past the acceptance window (ASSIGNMENT_ACCEPT_HOURS). */
  overdueAssignments: Scalars['Int']['output'];
  /** When the ranking was computed. */
  rankedAt?: Maybe<Scalars['DateTime']['output']>;
  scoredAssignments: Scalars['Int']['output'];
  /** When the last assignment was scored once every one is. */
  scoredAt?: Maybe<Scalars['DateTime']['output']>;
  screened: Scalars['Int']['output'];
  /** When the last live submission was screened; null while any is unscreened. */
  screenedAt?: Maybe<Scalars['DateTime']['output']>;
  screenedOut: Scalars['Int']['output'];
  submissions: Scalars['Int']['output'];
};

export type EvaluatorProgress = {
  __typename?: 'EvaluatorProgress';
  accepted: Scalars['Int']['output'];
  conflictDeclared: Scalars['Int']['output'];
  evaluatorId: Scalars['ID']['output'];
  overdue: Scalars['Boolean']['output'];
  overdueAssignments: Scalars['Int']['output'];
  pending: Scalars['Int']['output'];
  scored: Scalars['Int']['output'];
  withdrawn: Scalars['Int']['output'];
};

export type FollowOnInput = {
  justification: Scalars['String']['input'];
  milestones: Array<MilestonePlanInput>;
  title: Scalars['String']['input'];
  value: MoneyInput;
};

export type MicroContract = {
  __typename?: 'MicroContract';
  challenge: Challenge;
  followOns: Array<MicroContract>;
  id: Scalars['ID']['output'];
  issuedAt: Scalars['DateTime']['output'];
  milestones: Array<Milestone>;
  parent?: Maybe<MicroContract>;
  /** 1 for the contract awarded from a challenge; parent's phase + 1 for a follow-on. */
  phase: Scalars['Int']['output'];
  /** Not before the standstill period after the award decision has passed. */
  signedAt?: Maybe<Scalars['DateTime']['output']>;
  status: ContractStatus;
  submission?: Maybe<Submission>;
  title: Scalars['String']['output'];
  value: Money;
  vendor: Organisation;
};

export type Milestone = {
  __typename?: 'Milestone';
  acceptedAt?: Maybe<Scalars['DateTime']['output']>;
  amount: Money;
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  /** The latest delivery's evidence documents (a redelivery replaces them). */
  documents: Array<Document>;
  dueDate: Scalars['DateTime']['output'];
  evidence?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  paidAt?: Maybe<Scalars['DateTime']['output']>;
  rejectionReason?: Maybe<Scalars['String']['output']>;
  status: MilestoneStatus;
  title: Scalars['String']['output'];
};

export type MilestonePlanInput = {
  dueInDays: Scalars['Int']['input'];
  /** percent of the price; a plan sums to 100 */
  sharePercent: Scalars['Int']['input'];
  title: Scalars['String']['input'];
};

export type MilestoneStatus =
  | 'ACCEPTED'
  | 'DELIVERED'
  | 'PAID'
  | 'REJECTED'
  | 'SCHEDULED';

export type Money = {
  __typename?: 'Money';
  amountMinor: Scalars['SafeInt']['output'];
  currency: Scalars['String']['output'];
};

export type MoneyInput = {
  amountMinor: Scalars['SafeInt']['input'];
  currency: Scalars['String']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Confirms no conflict of interest; only then does the submission open to the evaluator. */
  acceptAssignment: EvaluationAssignment;
  acceptMilestone: Milestone;
  amendChallenge: Challenge;
  answerQuestion: Question;
  /** Justification required where the selection departs from the recommendation. */
  approveAward: Challenge;
  askQuestion: Question;
  /** Attach an uploaded document to a draft or published challenge (audited). */
  attachChallengeDocument: Challenge;
  cancelChallenge: Challenge;
  challengeAttestation: Attestation;
  changePassword: Scalars['Boolean']['output'];
  /** Vendor: confirm a bid marked NEEDS_CONFIRMATION after an amendment (a new revision, same content). */
  confirmSubmission: Submission;
  createBuyerOrganisation: Organisation;
  createChallenge: Challenge;
  createUser: User;
  /** Buyer's OFFICER after ranking: no award, with a reason; every bidder gets a debrief. */
  decideNoAward: Challenge;
  declareConflict: EvaluationAssignment;
  deleteSavedSearch: Scalars['Boolean']['output'];
  /** Deletes one of your webhooks; its pending deliveries are given up. */
  deleteWebhook: Scalars['Boolean']['output'];
  deliverMilestone: Milestone;
  /** Detach a document from a challenge; the link stays in the record (audited). */
  detachChallengeDocument: Challenge;
  disableUser: User;
  enableUser: User;
  inviteEvaluators: Challenge;
  issueFollowOn: MicroContract;
  /** ADMIN: a one-time reset token for a user, expiring. */
  issuePasswordReset: PasswordReset;
  /** ADMIN: lift a vendor's suspension after review, with a reason. */
  liftSuspension: Organisation;
  login: AuthPayload;
  /** Marks the given notifications (or all) read; returns the new unread count. */
  markNotificationsRead: Scalars['Int']['output'];
  /** Consensus scores (replacing the means) where evaluators disagreed by 4 or more. */
  moderateSubmission: Submission;
  publishChallenge: Challenge;
  recordMilestonePayment: Milestone;
  registerVendor: AuthPayload;
  /** Registers a webhook; the answer is the only time its signing secret is shown. */
  registerWebhook: WebhookRegistration;
  rejectMilestone: Milestone;
  resetPassword: Scalars['Boolean']['output'];
  /** ADMIN: records misrepresentation and suspends the vendor's bidding until lifted. */
  revokeAttestation: Attestation;
  /** A newly published challenge matching the filter, open to your organisation, is announced. */
  saveSearch: SavedSearch;
  /** The language (en or fr) of your notifications and mail; returns it as stored. */
  setMyLanguage: Scalars['String']['output'];
  setNotificationPreference: NotificationPreference;
  signContract: MicroContract;
  submitAttestation: Attestation;
  submitProposal: Submission;
  /** Every criterion once, 0..10 with a justification; final once submitted. */
  submitScores: EvaluationAssignment;
  terminateContract: MicroContract;
  updateChallenge: Challenge;
  verifyAttestationCriteria: Attestation;
  /** Buyer's OFFICER: take an assignment away (reason audited); the worker reassigns from the pool. */
  withdrawAssignment: EvaluationAssignment;
  withdrawSubmission: Submission;
};


export type MutationAcceptAssignmentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAcceptMilestoneArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAmendChallengeArgs = {
  id: Scalars['ID']['input'];
  input: AmendChallengeInput;
  reason: Scalars['String']['input'];
};


export type MutationAnswerQuestionArgs = {
  answer: Scalars['String']['input'];
  documentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  questionId: Scalars['ID']['input'];
};


export type MutationApproveAwardArgs = {
  challengeId: Scalars['ID']['input'];
  justification?: InputMaybe<Scalars['String']['input']>;
  submissionIds: Array<Scalars['ID']['input']>;
};


export type MutationAskQuestionArgs = {
  challengeId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};


export type MutationAttachChallengeDocumentArgs = {
  challengeId: Scalars['ID']['input'];
  documentId: Scalars['ID']['input'];
  visibility?: DocumentVisibility;
};


export type MutationCancelChallengeArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationChallengeAttestationArgs = {
  attestationId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationConfirmSubmissionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateBuyerOrganisationArgs = {
  input: CreateBuyerOrganisationInput;
};


export type MutationCreateChallengeArgs = {
  input: CreateChallengeInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationDecideNoAwardArgs = {
  challengeId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationDeclareConflictArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationDeleteSavedSearchArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteWebhookArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeliverMilestoneArgs = {
  documentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  evidence: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationDetachChallengeDocumentArgs = {
  challengeId: Scalars['ID']['input'];
  documentId: Scalars['ID']['input'];
};


export type MutationDisableUserArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationEnableUserArgs = {
  id: Scalars['ID']['input'];
};


export type MutationInviteEvaluatorsArgs = {
  challengeId: Scalars['ID']['input'];
  userIds: Array<Scalars['ID']['input']>;
};


export type MutationIssueFollowOnArgs = {
  input: FollowOnInput;
  parentId: Scalars['ID']['input'];
};


export type MutationIssuePasswordResetArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationLiftSuspensionArgs = {
  organisationId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationMarkNotificationsReadArgs = {
  all?: InputMaybe<Scalars['Boolean']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
};


export type MutationModerateSubmissionArgs = {
  rationale: Scalars['String']['input'];
  scores: Array<ScoreInput>;
  submissionId: Scalars['ID']['input'];
};


export type MutationPublishChallengeArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRecordMilestonePaymentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRegisterVendorArgs = {
  input: RegisterVendorInput;
};


export type MutationRegisterWebhookArgs = {
  events: Array<NotificationKind>;
  url: Scalars['String']['input'];
};


export type MutationRejectMilestoneArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationResetPasswordArgs = {
  newPassword: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationRevokeAttestationArgs = {
  attestationId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationSaveSearchArgs = {
  filter: ChallengeFilter;
  name: Scalars['String']['input'];
};


export type MutationSetMyLanguageArgs = {
  language: Scalars['String']['input'];
};


export type MutationSetNotificationPreferenceArgs = {
  email: EmailDelivery;
  kind: NotificationKind;
};


export type MutationSignContractArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSubmitAttestationArgs = {
  input: SubmitAttestationInput;
};


export type MutationSubmitProposalArgs = {
  input: SubmitProposalInput;
};


export type MutationSubmitScoresArgs = {
  assignmentId: Scalars['ID']['input'];
  scores: Array<ScoreInput>;
};


export type MutationTerminateContractArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationUpdateChallengeArgs = {
  id: Scalars['ID']['input'];
  input: UpdateChallengeInput;
};


export type MutationVerifyAttestationCriteriaArgs = {
  attestationId: Scalars['ID']['input'];
  codes: Array<Scalars['String']['input']>;
};


export type MutationWithdrawAssignmentArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationWithdrawSubmissionArgs = {
  id: Scalars['ID']['input'];
};

export type Notification = {
  __typename?: 'Notification';
  body: Scalars['String']['output'];
  challengeId?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: NotificationKind;
  /** Console path, e.g. /challenges/<id>. */
  link?: Maybe<Scalars['String']['output']>;
  readAt?: Maybe<Scalars['DateTime']['output']>;
  /** In the recipient's language. */
  title: Scalars['String']['output'];
};

export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  edges: Array<NotificationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
  unreadCount: Scalars['Int']['output'];
};

export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  cursor: Scalars['String']['output'];
  node: Notification;
};

export type NotificationKind =
  | 'ASSIGNMENT_RECEIVED'
  | 'ASSIGNMENT_REMINDER'
  | 'ATTESTATION_CHALLENGED'
  | 'ATTESTATION_EXPIRING'
  | 'ATTESTATION_REVOKED'
  | 'AWARD_DECIDED'
  | 'BID_RECEIVED'
  | 'CHALLENGE_AMENDED'
  | 'CHALLENGE_PUBLISHED'
  | 'CONTRACT_ISSUED'
  | 'DEADLINE_APPROACHING'
  | 'EVALUATION_BLOCKED'
  | 'MILESTONE_ACCEPTED'
  | 'MILESTONE_DELIVERED'
  | 'MILESTONE_REJECTED'
  | 'MODERATION_NEEDED'
  | 'PAYMENT_RECORDED'
  | 'QUESTION_ANSWERED'
  | 'QUESTION_ASKED'
  | 'RANKING_READY'
  | 'SCORING_DEADLINE_APPROACHING'
  | 'SCREENING_OUTCOME'
  | 'STANDSTILL_ENDED';

export type NotificationPreference = {
  __typename?: 'NotificationPreference';
  email: EmailDelivery;
  kind: NotificationKind;
};

export type Organisation = {
  __typename?: 'Organisation';
  /** ISO 3166-1 alpha-2 */
  country: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: OrganisationKind;
  name: Scalars['String']['output'];
  /** Vendors only: EU Recommendation 2003/361 class from headcount, turnover and balance sheet. */
  smeClass?: Maybe<SmeClass>;
  /** Vendors: set while bidding is suspended after a revocation, until an ADMIN lifts it. Seen by the vendor, officers, auditors, admins. */
  suspension?: Maybe<Suspension>;
};

export type OrganisationKind =
  | 'BUYER'
  | 'VENDOR';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type PasswordReset = {
  __typename?: 'PasswordReset';
  expiresAt: Scalars['DateTime']['output'];
  /** one-time, shown once */
  token: Scalars['String']['output'];
};

export type Pillar =
  | 'DATA'
  | 'OPERATIONAL'
  | 'TECHNOLOGICAL';

export type ProcurementMetrics = {
  __typename?: 'ProcurementMetrics';
  challengesAwarded: Scalars['Int']['output'];
  challengesPublished: Scalars['Int']['output'];
  /** share (0..1) of awards won by vendors with no earlier contract */
  firstTimeVendorShare?: Maybe<Scalars['Float']['output']>;
  medianDaysAwardToSignature?: Maybe<Scalars['Float']['output']>;
  medianDaysDeliveryToPayment?: Maybe<Scalars['Float']['output']>;
  /** median days, null when nothing to measure */
  medianDaysPublishToAward?: Maybe<Scalars['Float']['output']>;
  /** share (0..1) of awarded contract value going to SMEs; null when awards span several currencies */
  smeAwardValueShare?: Maybe<Scalars['Float']['output']>;
  /** SME share of awarded value per currency, never summed across currencies (smeAwardValueShare is null when awards span several currencies) */
  smeAwardValueShareByCurrency: Array<CurrencyShare>;
};

export type Query = {
  __typename?: 'Query';
  attestation?: Maybe<Attestation>;
  /** Every audit event of one entity, oldest first. */
  auditTrail: Array<AuditEvent>;
  /** null when the challenge does not exist or is not visible to the caller */
  challenge?: Maybe<Challenge>;
  challenges: ChallengeConnection;
  /** The vendor's own, the buyer officers' own, or any for auditors and admins; otherwise NOT_FOUND. */
  contract?: Maybe<MicroContract>;
  /** Every contract the caller may see, newest first. */
  contracts: Array<MicroContract>;
  /** A vendor's pre-check: could my organisation bid on this challenge now, and if not, why not. */
  eligibility: EligibilityResult;
  me: User;
  myAssignments: Array<EvaluationAssignment>;
  myAttestation?: Maybe<Attestation>;
  /** The caller's organisation's attestation versions, newest first. */
  myAttestationHistory: Array<Attestation>;
  mySubmissions: Array<Submission>;
  /** One per kind relevant to the caller's roles. */
  notificationPreferences: Array<NotificationPreference>;
  /** The caller's own notifications, newest first. */
  notifications: NotificationConnection;
  /** ADMIN: organisations by name, optionally of one kind (at most 500). */
  organisations: Array<Organisation>;
  /** Procurement-speed metrics over [from, to); an open end is unbounded. */
  procurementMetrics: ProcurementMetrics;
  savedSearches: Array<SavedSearch>;
  sovereigntyCriteria: Array<SovereigntyCriterion>;
  /** Sealed until close: NOT_FOUND for anyone but the vendor before then. */
  submission?: Maybe<Submission>;
  unreadNotificationCount: Scalars['Int']['output'];
  /** ADMIN: the users of one organisation by display name (at most 500). */
  users: Array<User>;
  verifyAuditChain: AuditChainVerification;
  /** Deliveries of one of your webhooks, newest first. */
  webhookDeliveries: Array<WebhookDelivery>;
  /** Your organisation's webhooks (deleted ones are not listed). */
  webhooks: Array<Webhook>;
};


export type QueryAttestationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAuditTrailArgs = {
  entityId: Scalars['String']['input'];
  entityType: Scalars['String']['input'];
};


export type QueryChallengeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryChallengesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ChallengeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryContractArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEligibilityArgs = {
  challengeId: Scalars['ID']['input'];
};


export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryOrganisationsArgs = {
  kind?: InputMaybe<OrganisationKind>;
};


export type QueryProcurementMetricsArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QuerySubmissionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUsersArgs = {
  organisationId: Scalars['ID']['input'];
};


export type QueryWebhookDeliveriesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  webhookId: Scalars['ID']['input'];
};

export type Question = {
  __typename?: 'Question';
  answer?: Maybe<Scalars['String']['output']>;
  answeredAt?: Maybe<Scalars['DateTime']['output']>;
  askedAt: Scalars['DateTime']['output'];
  /** Published with the answer, to everyone who sees the question. */
  documents: Array<Document>;
  id: Scalars['ID']['output'];
  text: Scalars['String']['output'];
};

export type RankedSubmission = {
  __typename?: 'RankedSubmission';
  rank: Scalars['Int']['output'];
  recommended: Scalars['Boolean']['output'];
  submission: Submission;
  totalScore: Scalars['Float']['output'];
};

export type RegisterVendorInput = {
  annualTurnoverEur: Scalars['SafeInt']['input'];
  balanceSheetEur: Scalars['SafeInt']['input'];
  country: Scalars['String']['input'];
  displayName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  headcount: Scalars['Int']['input'];
  organisationName: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type Role =
  | 'ADMIN'
  | 'AUDITOR'
  | 'EVALUATOR'
  | 'OFFICER'
  | 'VENDOR';

export type SavedSearch = {
  __typename?: 'SavedSearch';
  createdAt: Scalars['DateTime']['output'];
  filter: Scalars['JSON']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** score: 0..10 */
export type ScoreInput = {
  criterionId: Scalars['ID']['input'];
  justification: Scalars['String']['input'];
  score: Scalars['Int']['input'];
};

export type ScreeningResult = {
  __typename?: 'ScreeningResult';
  eligible: Scalars['Boolean']['output'];
  reasons: Array<Scalars['String']['output']>;
  screenedAt: Scalars['DateTime']['output'];
  tier?: Maybe<SovereigntyTier>;
};

export type SmeClass =
  | 'LARGE'
  | 'MEDIUM'
  | 'MICRO'
  | 'SMALL';

export type SovereigntyCriterion = {
  __typename?: 'SovereigntyCriterion';
  answerType: AnswerType;
  code: Scalars['String']['output'];
  /** Allowed values for ENUM and ENUM_SET answers, weakest first. */
  options?: Maybe<Array<Scalars['String']['output']>>;
  pillar: Pillar;
  question: Scalars['String']['output'];
};

export type SovereigntyTier =
  | 'T0'
  | 'T1'
  | 'T2'
  | 'T3'
  | 'T4';

export type Submission = {
  __typename?: 'Submission';
  /** That attestation version: for the vendor, and for the buyer's officers after close. */
  attestation?: Maybe<Attestation>;
  /** Hash of the attestation version frozen into this submission. */
  attestationHash: Scalars['String']['output'];
  challenge: Challenge;
  /** For the vendor after the award decision: scores and evaluators' justifications, evaluators unnamed. */
  debrief?: Maybe<Array<CriterionScore>>;
  /** Part of the sealed bid: their SHA-256 values are in its content hash. */
  documents: Array<Document>;
  durationDays: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  price: Money;
  result?: Maybe<SubmissionResult>;
  screening?: Maybe<ScreeningResult>;
  status: SubmissionStatus;
  submittedAt: Scalars['DateTime']['output'];
  summary: Scalars['String']['output'];
  technicalApproach: Scalars['String']['output'];
  /** Hidden (null) from evaluators when the challenge is blind. */
  vendor?: Maybe<Organisation>;
};

export type SubmissionResult = {
  __typename?: 'SubmissionResult';
  criteria: Array<CriterionResult>;
  needsModeration: Scalars['Boolean']['output'];
  rank?: Maybe<Scalars['Int']['output']>;
  /** 0..100, two decimals; ranking used the full-precision value */
  totalScore: Scalars['Float']['output'];
};

export type SubmissionStatus =
  | 'AWARDED'
  | 'ELIGIBLE'
  | 'EVALUATED'
  | 'NEEDS_CONFIRMATION'
  | 'NOT_AWARDED'
  | 'SCREENED_OUT'
  | 'SUBMITTED'
  | 'WITHDRAWN';

export type SubmitAttestationInput = {
  answers: Array<CriterionAnswerInput>;
  signatoryName: Scalars['String']['input'];
};

export type SubmitProposalInput = {
  challengeId: Scalars['ID']['input'];
  /** Uploaded documents that form part of the bid (POST /documents); a revision replaces the previous set. */
  documentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  durationDays: Scalars['Int']['input'];
  /** A retry with the same key and the same content returns the first result and changes nothing. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  milestones?: InputMaybe<Array<MilestonePlanInput>>;
  price: MoneyInput;
  summary: Scalars['String']['input'];
  technicalApproach: Scalars['String']['input'];
};

export type Suspension = {
  __typename?: 'Suspension';
  /** the revoked attestation that caused it */
  attestationId?: Maybe<Scalars['ID']['output']>;
  reason: Scalars['String']['output'];
  since: Scalars['DateTime']['output'];
};

export type TierAssessment = {
  __typename?: 'TierAssessment';
  /** What stands between this attestation and the next tier up. */
  gaps: Array<CriterionGap>;
  /** Highest tier whose every requirement holds; null when not even T0 holds. */
  tier?: Maybe<SovereigntyTier>;
  trusted: TrustedJurisdiction;
};

/** Which nations count as trusted for a challenge's sovereignty rules. */
export type TrustedJurisdiction =
  | 'EU_EEA'
  | 'NATO';

export type UpdateChallengeInput = {
  budget?: InputMaybe<MoneyInput>;
  criteria?: InputMaybe<Array<EvaluationCriterionInput>>;
  maxAwards?: InputMaybe<Scalars['Int']['input']>;
  maxContractValue?: InputMaybe<MoneyInput>;
  problemStatement?: InputMaybe<Scalars['String']['input']>;
  questionsDeadline?: InputMaybe<Scalars['DateTime']['input']>;
  submissionDeadline?: InputMaybe<Scalars['DateTime']['input']>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type User = {
  __typename?: 'User';
  disabledAt?: Maybe<Scalars['DateTime']['output']>;
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  organisation: Organisation;
  roles: Array<Role>;
};

/** An endpoint of your organisation that receives the events it subscribed to (docs/webhooks.md). */
export type Webhook = {
  __typename?: 'Webhook';
  createdAt: Scalars['DateTime']['output'];
  disabledAt?: Maybe<Scalars['DateTime']['output']>;
  /** False once disabled after repeated failures (or deleted). */
  enabled: Scalars['Boolean']['output'];
  events: Array<NotificationKind>;
  /** Failed attempts in a row; a success resets it. */
  failureCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  url: Scalars['String']['output'];
};

export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  /** Also sent as the X-Sprintgate-Delivery header. */
  id: Scalars['ID']['output'];
  kind: NotificationKind;
  lastError?: Maybe<Scalars['String']['output']>;
  lastStatusCode?: Maybe<Scalars['Int']['output']>;
  /** When the next attempt is due (status FAILED). */
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  status: WebhookDeliveryStatus;
};

/** PENDING: not sent yet; FAILED: last attempt failed, another is scheduled; GAVE_UP: no more attempts. */
export type WebhookDeliveryStatus =
  | 'DELIVERED'
  | 'FAILED'
  | 'GAVE_UP'
  | 'PENDING';

export type WebhookRegistration = {
  __typename?: 'WebhookRegistration';
  /** The signing secret, shown only in this answer: store it now. */
  secret: Scalars['String']['output'];
  webhook: Webhook;
};

export type SignInMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type SignInMutation = { __typename?: 'Mutation', login: { __typename?: 'AuthPayload', accessToken: string, user: { __typename?: 'User', displayName: string, email: string, roles: Array<Role>, organisation: { __typename?: 'Organisation', id: string, name: string, smeClass?: SmeClass | null } } } };

export type RegisterVendorMutationVariables = Exact<{
  input: RegisterVendorInput;
}>;


export type RegisterVendorMutation = { __typename?: 'Mutation', registerVendor: { __typename?: 'AuthPayload', accessToken: string, user: { __typename?: 'User', displayName: string, email: string, roles: Array<Role>, organisation: { __typename?: 'Organisation', id: string, name: string, smeClass?: SmeClass | null } } } };

export type DocumentFieldsFragment = { __typename?: 'Document', id: string, name: string, mediaType: string, sizeBytes: number, sha256: string, scanStatus: DocumentScanStatus, visibility?: DocumentVisibility | null, downloadPath: string };

export type MyContractsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyContractsQuery = { __typename?: 'Query', contracts: Array<{ __typename?: 'MicroContract', id: string, phase: number, title: string, status: ContractStatus, issuedAt: string, signedAt?: string | null, value: { __typename?: 'Money', amountMinor: number, currency: string }, challenge: { __typename?: 'Challenge', id: string, title: string } }> };

export type ContractMilestonesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ContractMilestonesQuery = { __typename?: 'Query', contract?: { __typename?: 'MicroContract', id: string, milestones: Array<{ __typename?: 'Milestone', id: string, title: string, status: MilestoneStatus, dueDate: string, rejectionReason?: string | null, deliveredAt?: string | null, acceptedAt?: string | null, paidAt?: string | null, amount: { __typename?: 'Money', amountMinor: number, currency: string }, documents: Array<{ __typename?: 'Document', id: string, name: string, mediaType: string, sizeBytes: number, sha256: string, scanStatus: DocumentScanStatus, visibility?: DocumentVisibility | null, downloadPath: string }> }> } | null };

export type SignContractMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SignContractMutation = { __typename?: 'Mutation', signContract: { __typename?: 'MicroContract', id: string, status: ContractStatus, signedAt?: string | null } };

export type DeliverMilestoneMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  evidence: Scalars['String']['input'];
  documentIds?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
}>;


export type DeliverMilestoneMutation = { __typename?: 'Mutation', deliverMilestone: { __typename?: 'Milestone', id: string, status: MilestoneStatus } };

export type PublicMetricsQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicMetricsQuery = { __typename?: 'Query', procurementMetrics: { __typename?: 'ProcurementMetrics', challengesPublished: number, challengesAwarded: number, medianDaysPublishToAward?: number | null, medianDaysAwardToSignature?: number | null, medianDaysDeliveryToPayment?: number | null, smeAwardValueShare?: number | null, firstTimeVendorShare?: number | null } };

export type MySubmissionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MySubmissionsQuery = { __typename?: 'Query', mySubmissions: Array<{ __typename?: 'Submission', id: string, status: SubmissionStatus, summary: string, submittedAt: string, durationDays: number, price: { __typename?: 'Money', amountMinor: number, currency: string }, challenge: { __typename?: 'Challenge', id: string, title: string, status: ChallengeStatus, submissionDeadline: string }, screening?: { __typename?: 'ScreeningResult', eligible: boolean, reasons: Array<string>, tier?: SovereigntyTier | null, screenedAt: string } | null, debrief?: Array<{ __typename?: 'CriterionScore', score: number, justification: string, criterion: { __typename?: 'EvaluationCriterion', name: string, weight: number } }> | null }> };

export type SubmissionDocumentsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SubmissionDocumentsQuery = { __typename?: 'Query', submission?: { __typename?: 'Submission', id: string, documents: Array<{ __typename?: 'Document', id: string, name: string, mediaType: string, sizeBytes: number, sha256: string, scanStatus: DocumentScanStatus, visibility?: DocumentVisibility | null, downloadPath: string }> } | null };

export type AdminOrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminOrganisationsQuery = { __typename?: 'Query', organisations: Array<{ __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind, country: string, suspension?: { __typename?: 'Suspension', since: string } | null }> };

export type AdminUsersQueryVariables = Exact<{
  organisationId: Scalars['ID']['input'];
}>;


export type AdminUsersQuery = { __typename?: 'Query', users: Array<{ __typename?: 'User', id: string, displayName: string, email: string, roles: Array<Role>, disabledAt?: string | null }> };

export type AdminCreateOrganisationMutationVariables = Exact<{
  input: CreateBuyerOrganisationInput;
}>;


export type AdminCreateOrganisationMutation = { __typename?: 'Mutation', createBuyerOrganisation: { __typename?: 'Organisation', id: string, name: string } };

export type AdminCreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type AdminCreateUserMutation = { __typename?: 'Mutation', createUser: { __typename?: 'User', id: string, displayName: string } };

export type SovereigntyCriteriaQueryVariables = Exact<{ [key: string]: never; }>;


export type SovereigntyCriteriaQuery = { __typename?: 'Query', sovereigntyCriteria: Array<{ __typename?: 'SovereigntyCriterion', code: string, pillar: Pillar, question: string, answerType: AnswerType, options?: Array<string> | null }> };

export type MyAttestationQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAttestationQuery = { __typename?: 'Query', myAttestation?: { __typename?: 'Attestation', id: string, version: number, status: AttestationStatus, signedAt: string, expiresAt: string, signatoryName: string, hash: string, answers: Array<{ __typename?: 'CriterionAnswer', code: string, value: unknown, documents: Array<{ __typename?: 'Document', id: string, name: string, mediaType: string, sizeBytes: number, sha256: string, scanStatus: DocumentScanStatus, visibility?: DocumentVisibility | null, downloadPath: string }> }>, nato: { __typename?: 'TierAssessment', tier?: SovereigntyTier | null, gaps: Array<{ __typename?: 'CriterionGap', code: string, tier: SovereigntyTier, reason: string }> }, euEea: { __typename?: 'TierAssessment', tier?: SovereigntyTier | null, gaps: Array<{ __typename?: 'CriterionGap', code: string, tier: SovereigntyTier, reason: string }> } } | null };

export type SubmitAttestationMutationVariables = Exact<{
  input: SubmitAttestationInput;
}>;


export type SubmitAttestationMutation = { __typename?: 'Mutation', submitAttestation: { __typename?: 'Attestation', id: string, version: number } };

export type AttestationHistoryQueryVariables = Exact<{ [key: string]: never; }>;


export type AttestationHistoryQuery = { __typename?: 'Query', myAttestationHistory: Array<{ __typename?: 'Attestation', id: string, version: number, status: AttestationStatus, signedAt: string, signatoryName: string, hash: string }> };

export type AuditTrailQueryVariables = Exact<{
  entityType: Scalars['String']['input'];
  entityId: Scalars['String']['input'];
}>;


export type AuditTrailQuery = { __typename?: 'Query', auditTrail: Array<{ __typename?: 'AuditEvent', seq: number, at: string, action: string, actorId?: string | null, entityType: string, entityId: string, data: unknown, hash: string, prevHash: string }> };

export type VerifyAuditChainQueryVariables = Exact<{ [key: string]: never; }>;


export type VerifyAuditChainQuery = { __typename?: 'Query', verifyAuditChain: { __typename?: 'AuditChainVerification', valid: boolean, checkedEvents: number, firstBrokenSeq?: number | null } };

export type BidContextQueryVariables = Exact<{
  challengeId: Scalars['ID']['input'];
}>;


export type BidContextQuery = { __typename?: 'Query', challenge?: { __typename?: 'Challenge', id: string, title: string, status: ChallengeStatus, submissionDeadline: string, budget: { __typename?: 'Money', amountMinor: number, currency: string }, maxContractValue: { __typename?: 'Money', amountMinor: number, currency: string } } | null, eligibility: { __typename?: 'EligibilityResult', eligible: boolean, reasons: Array<string>, tier?: SovereigntyTier | null }, mySubmissions: Array<{ __typename?: 'Submission', id: string, status: SubmissionStatus, summary: string, technicalApproach: string, durationDays: number, price: { __typename?: 'Money', amountMinor: number, currency: string }, challenge: { __typename?: 'Challenge', id: string }, documents: Array<{ __typename?: 'Document', id: string, name: string, mediaType: string, sizeBytes: number, sha256: string, scanStatus: DocumentScanStatus, visibility?: DocumentVisibility | null, downloadPath: string }> }> };

export type SubmitProposalMutationVariables = Exact<{
  input: SubmitProposalInput;
}>;


export type SubmitProposalMutation = { __typename?: 'Mutation', submitProposal: { __typename?: 'Submission', id: string, status: SubmissionStatus, submittedAt: string } };

export type WithdrawSubmissionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WithdrawSubmissionMutation = { __typename?: 'Mutation', withdrawSubmission: { __typename?: 'Submission', id: string, status: SubmissionStatus } };

export type ChallengeListQueryVariables = Exact<{
  filter?: InputMaybe<ChallengeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ChallengeListQuery = { __typename?: 'Query', challenges: { __typename?: 'ChallengeConnection', totalCount: number, edges: Array<{ __typename?: 'ChallengeEdge', node: { __typename?: 'Challenge', id: string, title: string, status: ChallengeStatus, tags: Array<string>, classification: Classification, requiredTier: SovereigntyTier, trustedJurisdiction: TrustedJurisdiction, smeOnly: boolean, submissionDeadline: string, budget: { __typename?: 'Money', amountMinor: number, currency: string } } }> } };

export type EligibilityQueryVariables = Exact<{
  challengeId: Scalars['ID']['input'];
}>;


export type EligibilityQuery = { __typename?: 'Query', eligibility: { __typename?: 'EligibilityResult', eligible: boolean, reasons: Array<string>, tier?: SovereigntyTier | null } };

export type ChallengeDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ChallengeDetailQuery = { __typename?: 'Query', challenge?: { __typename?: 'Challenge', id: string, title: string, status: ChallengeStatus, problemStatement: string, tags: Array<string>, classification: Classification, requiredTier: SovereigntyTier, trustedJurisdiction: TrustedJurisdiction, smeOnly: boolean, maxAwards: number, publishedAt?: string | null, questionsDeadline?: string | null, submissionDeadline: string, buyer: { __typename?: 'Organisation', name: string }, budget: { __typename?: 'Money', amountMinor: number, currency: string }, maxContractValue: { __typename?: 'Money', amountMinor: number, currency: string }, criteria: Array<{ __typename?: 'EvaluationCriterion', id: string, name: string, description: string, weight: number }>, amendments: Array<{ __typename?: 'Amendment', at: string, reason: string }>, documents: Array<{ __typename?: 'Document', id: string, name: string, mediaType: string, sizeBytes: number, sha256: string, scanStatus: DocumentScanStatus, visibility?: DocumentVisibility | null, downloadPath: string }>, questions: Array<{ __typename?: 'Question', id: string, text: string, askedAt: string, answer?: string | null, answeredAt?: string | null, documents: Array<{ __typename?: 'Document', id: string, name: string, mediaType: string, sizeBytes: number, sha256: string, scanStatus: DocumentScanStatus, visibility?: DocumentVisibility | null, downloadPath: string }> }> } | null };

export type AskQuestionMutationVariables = Exact<{
  challengeId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
}>;


export type AskQuestionMutation = { __typename?: 'Mutation', askQuestion: { __typename?: 'Question', id: string } };

export type EvaluatorAssignmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type EvaluatorAssignmentsQuery = { __typename?: 'Query', myAssignments: Array<{ __typename?: 'EvaluationAssignment', id: string, status: AssignmentStatus, submission: { __typename?: 'Submission', id: string, vendor?: { __typename?: 'Organisation', id: string, name: string } | null, challenge: { __typename?: 'Challenge', id: string, title: string, blindEvaluation: boolean, scoringDeadline?: string | null } } }> };

export type EvaluatorAssignmentScoresQueryVariables = Exact<{ [key: string]: never; }>;


export type EvaluatorAssignmentScoresQuery = { __typename?: 'Query', myAssignments: Array<{ __typename?: 'EvaluationAssignment', id: string, status: AssignmentStatus, scores: Array<{ __typename?: 'CriterionScore', score: number, justification: string, criterion: { __typename?: 'EvaluationCriterion', id: string } }>, submission: { __typename?: 'Submission', id: string } }> };

export type ScoredSubmissionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ScoredSubmissionQuery = { __typename?: 'Query', submission?: { __typename?: 'Submission', id: string, summary: string, technicalApproach: string, durationDays: number, price: { __typename?: 'Money', amountMinor: number, currency: string }, vendor?: { __typename?: 'Organisation', id: string, name: string } | null, challenge: { __typename?: 'Challenge', id: string, title: string, blindEvaluation: boolean, scoringDeadline?: string | null, criteria: Array<{ __typename?: 'EvaluationCriterion', id: string, name: string, description: string, weight: number }> } } | null };

export type EvaluatorAcceptAssignmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EvaluatorAcceptAssignmentMutation = { __typename?: 'Mutation', acceptAssignment: { __typename?: 'EvaluationAssignment', id: string, status: AssignmentStatus } };

export type EvaluatorDeclareConflictMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type EvaluatorDeclareConflictMutation = { __typename?: 'Mutation', declareConflict: { __typename?: 'EvaluationAssignment', id: string, status: AssignmentStatus } };

export type EvaluatorSubmitScoresMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  scores: Array<ScoreInput> | ScoreInput;
}>;


export type EvaluatorSubmitScoresMutation = { __typename?: 'Mutation', submitScores: { __typename?: 'EvaluationAssignment', id: string, status: AssignmentStatus } };

export type MyNotificationPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyNotificationPreferencesQuery = { __typename?: 'Query', notificationPreferences: Array<{ __typename?: 'NotificationPreference', kind: NotificationKind, email: EmailDelivery }> };

export type SetNotificationPreferenceMutationVariables = Exact<{
  kind: NotificationKind;
  email: EmailDelivery;
}>;


export type SetNotificationPreferenceMutation = { __typename?: 'Mutation', setNotificationPreference: { __typename?: 'NotificationPreference', kind: NotificationKind, email: EmailDelivery } };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { __typename?: 'Query', unreadNotificationCount: number };

export type MyNotificationsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type MyNotificationsQuery = { __typename?: 'Query', notifications: { __typename?: 'NotificationConnection', totalCount: number, unreadCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean }, edges: Array<{ __typename?: 'NotificationEdge', node: { __typename?: 'Notification', id: string, kind: NotificationKind, title: string, body: string, link?: string | null, createdAt: string, readAt?: string | null } }> } };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
  all?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type MarkNotificationsReadMutation = { __typename?: 'Mutation', markNotificationsRead: number };

export type RegisterWebhookMutationVariables = Exact<{
  url: Scalars['String']['input'];
  events: Array<NotificationKind> | NotificationKind;
}>;


export type RegisterWebhookMutation = { __typename?: 'Mutation', registerWebhook: { __typename?: 'WebhookRegistration', secret: string, webhook: { __typename?: 'Webhook', id: string, url: string } } };

export type SaveSearchMutationVariables = Exact<{
  name: Scalars['String']['input'];
  filter: ChallengeFilter;
}>;


export type SaveSearchMutation = { __typename?: 'Mutation', saveSearch: { __typename?: 'SavedSearch', id: string, name: string } };

export type MySavedSearchesQueryVariables = Exact<{ [key: string]: never; }>;


export type MySavedSearchesQuery = { __typename?: 'Query', savedSearches: Array<{ __typename?: 'SavedSearch', id: string, name: string, createdAt: string }> };

export type DeleteSavedSearchMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteSavedSearchMutation = { __typename?: 'Mutation', deleteSavedSearch: boolean };

export type WebhookDeliveriesQueryVariables = Exact<{
  webhookId: Scalars['ID']['input'];
}>;


export type WebhookDeliveriesQuery = { __typename?: 'Query', webhookDeliveries: Array<{ __typename?: 'WebhookDelivery', id: string, kind: NotificationKind, status: WebhookDeliveryStatus, attempts: number, lastStatusCode?: number | null, lastError?: string | null, createdAt: string }> };

export type MyWebhooksQueryVariables = Exact<{ [key: string]: never; }>;


export type MyWebhooksQuery = { __typename?: 'Query', webhooks: Array<{ __typename?: 'Webhook', id: string, url: string, events: Array<NotificationKind>, enabled: boolean, failureCount: number, createdAt: string, disabledAt?: string | null }> };

export type DeleteWebhookMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteWebhookMutation = { __typename?: 'Mutation', deleteWebhook: boolean };

export type BuyerContractsQueryVariables = Exact<{ [key: string]: never; }>;


export type BuyerContractsQuery = { __typename?: 'Query', contracts: Array<{ __typename?: 'MicroContract', id: string, phase: number, title: string, status: ContractStatus, issuedAt: string, signedAt?: string | null, value: { __typename?: 'Money', amountMinor: number, currency: string }, vendor: { __typename?: 'Organisation', id: string, name: string }, challenge: { __typename?: 'Challenge', id: string, title: string } }> };

export type BuyerContractDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BuyerContractDetailQuery = { __typename?: 'Query', contract?: { __typename?: 'MicroContract', id: string, parent?: { __typename?: 'MicroContract', id: string, title: string } | null, followOns: Array<{ __typename?: 'MicroContract', id: string, title: string, status: ContractStatus }>, milestones: Array<{ __typename?: 'Milestone', id: string, title: string, status: MilestoneStatus, dueDate: string, evidence?: string | null, rejectionReason?: string | null, deliveredAt?: string | null, acceptedAt?: string | null, paidAt?: string | null, amount: { __typename?: 'Money', amountMinor: number, currency: string } }>, submission?: { __typename?: 'Submission', id: string, attestation?: { __typename?: 'Attestation', id: string, version: number, status: AttestationStatus, signatoryName: string, signedAt: string, answers: Array<{ __typename?: 'CriterionAnswer', code: string, value: unknown, evidence?: string | null, verified: boolean }> } | null } | null } | null };

export type OfficerAcceptMilestoneMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OfficerAcceptMilestoneMutation = { __typename?: 'Mutation', acceptMilestone: { __typename?: 'Milestone', id: string, status: MilestoneStatus } };

export type OfficerRejectMilestoneMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type OfficerRejectMilestoneMutation = { __typename?: 'Mutation', rejectMilestone: { __typename?: 'Milestone', id: string, status: MilestoneStatus } };

export type OfficerRecordPaymentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OfficerRecordPaymentMutation = { __typename?: 'Mutation', recordMilestonePayment: { __typename?: 'Milestone', id: string, status: MilestoneStatus, paidAt?: string | null } };

export type OfficerTerminateContractMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type OfficerTerminateContractMutation = { __typename?: 'Mutation', terminateContract: { __typename?: 'MicroContract', id: string, status: ContractStatus } };

export type OfficerIssueFollowOnMutationVariables = Exact<{
  parentId: Scalars['ID']['input'];
  input: FollowOnInput;
}>;


export type OfficerIssueFollowOnMutation = { __typename?: 'Mutation', issueFollowOn: { __typename?: 'MicroContract', id: string, title: string, status: ContractStatus } };

export type OfficerVerifyCriteriaMutationVariables = Exact<{
  attestationId: Scalars['ID']['input'];
  codes: Array<Scalars['String']['input']> | Scalars['String']['input'];
}>;


export type OfficerVerifyCriteriaMutation = { __typename?: 'Mutation', verifyAttestationCriteria: { __typename?: 'Attestation', id: string, status: AttestationStatus } };

export type OfficerChallengeAttestationMutationVariables = Exact<{
  attestationId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type OfficerChallengeAttestationMutation = { __typename?: 'Mutation', challengeAttestation: { __typename?: 'Attestation', id: string, status: AttestationStatus } };

export type OfficerAttachChallengeDocumentMutationVariables = Exact<{
  challengeId: Scalars['ID']['input'];
  documentId: Scalars['ID']['input'];
  visibility: DocumentVisibility;
}>;


export type OfficerAttachChallengeDocumentMutation = { __typename?: 'Mutation', attachChallengeDocument: { __typename?: 'Challenge', id: string } };

export type OfficerDetachChallengeDocumentMutationVariables = Exact<{
  challengeId: Scalars['ID']['input'];
  documentId: Scalars['ID']['input'];
}>;


export type OfficerDetachChallengeDocumentMutation = { __typename?: 'Mutation', detachChallengeDocument: { __typename?: 'Challenge', id: string } };

export type OfficerChallengesQueryVariables = Exact<{
  buyerId: Scalars['ID']['input'];
}>;


export type OfficerChallengesQuery = { __typename?: 'Query', challenges: { __typename?: 'ChallengeConnection', totalCount: number, edges: Array<{ __typename?: 'ChallengeEdge', node: { __typename?: 'Challenge', id: string, title: string, status: ChallengeStatus, classification: Classification, submissionDeadline: string, publishedAt?: string | null } }> } };

export type OfficerChallengeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OfficerChallengeQuery = { __typename?: 'Query', challenge?: { __typename?: 'Challenge', id: string, title: string, status: ChallengeStatus, problemStatement: string, tags: Array<string>, classification: Classification, requiredTier: SovereigntyTier, trustedJurisdiction: TrustedJurisdiction, smeOnly: boolean, maxAwards: number, evaluatorsPerSubmission: number, blindEvaluation: boolean, standstillDays: number, submissionDeadline: string, questionsDeadline?: string | null, scoringDeadline?: string | null, publishedAt?: string | null, closedAt?: string | null, awardedAt?: string | null, noAwardReason?: string | null, budget: { __typename?: 'Money', amountMinor: number, currency: string }, maxContractValue: { __typename?: 'Money', amountMinor: number, currency: string }, criteria: Array<{ __typename?: 'EvaluationCriterion', id: string, name: string, description: string, weight: number }>, amendments: Array<{ __typename?: 'Amendment', at: string, reason: string }>, evaluators?: Array<{ __typename?: 'User', id: string, displayName: string }> | null, evaluatorCandidates?: Array<{ __typename?: 'User', id: string, displayName: string }> | null, documents: Array<{ __typename?: 'Document', id: string, name: string, mediaType: string, sizeBytes: number, sha256: string, scanStatus: DocumentScanStatus, visibility?: DocumentVisibility | null, downloadPath: string }> } | null };

export type OfficerCreateChallengeMutationVariables = Exact<{
  input: CreateChallengeInput;
}>;


export type OfficerCreateChallengeMutation = { __typename?: 'Mutation', createChallenge: { __typename?: 'Challenge', id: string, status: ChallengeStatus } };

export type OfficerUpdateChallengeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateChallengeInput;
}>;


export type OfficerUpdateChallengeMutation = { __typename?: 'Mutation', updateChallenge: { __typename?: 'Challenge', id: string, status: ChallengeStatus } };

export type OfficerPublishChallengeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OfficerPublishChallengeMutation = { __typename?: 'Mutation', publishChallenge: { __typename?: 'Challenge', id: string, status: ChallengeStatus } };

export type OfficerAmendChallengeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: AmendChallengeInput;
  reason: Scalars['String']['input'];
}>;


export type OfficerAmendChallengeMutation = { __typename?: 'Mutation', amendChallenge: { __typename?: 'Challenge', id: string, status: ChallengeStatus } };

export type OfficerCancelChallengeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type OfficerCancelChallengeMutation = { __typename?: 'Mutation', cancelChallenge: { __typename?: 'Challenge', id: string, status: ChallengeStatus } };

export type OfficerInviteEvaluatorsMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  userIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type OfficerInviteEvaluatorsMutation = { __typename?: 'Mutation', inviteEvaluators: { __typename?: 'Challenge', id: string } };

export type OfficerQuestionsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OfficerQuestionsQuery = { __typename?: 'Query', challenge?: { __typename?: 'Challenge', id: string, title: string, status: ChallengeStatus, questions: Array<{ __typename?: 'Question', id: string, text: string, askedAt: string, answer?: string | null, answeredAt?: string | null, documents: Array<{ __typename?: 'Document', id: string, name: string, mediaType: string, sizeBytes: number, sha256: string, scanStatus: DocumentScanStatus, visibility?: DocumentVisibility | null, downloadPath: string }> }> } | null };

export type OfficerAnswerQuestionMutationVariables = Exact<{
  questionId: Scalars['ID']['input'];
  answer: Scalars['String']['input'];
  documentIds?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
}>;


export type OfficerAnswerQuestionMutation = { __typename?: 'Mutation', answerQuestion: { __typename?: 'Question', id: string, answer?: string | null } };

export type OfficerEvaluationBoardQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OfficerEvaluationBoardQuery = { __typename?: 'Query', challenge?: { __typename?: 'Challenge', id: string, title: string, status: ChallengeStatus, publishedAt?: string | null, closedAt?: string | null, awardedAt?: string | null, submissionDeadline: string, evaluatorsPerSubmission: number, evaluators?: Array<{ __typename?: 'User', id: string, displayName: string }> | null, evaluationProgress?: { __typename?: 'EvaluationProgress', submissions: number, screened: number, eligible: number, screenedOut: number, assignments: number, scoredAssignments: number, awaitingModeration: number, evaluated: number, missingEvaluators: number, overdueAssignments: number, screenedAt?: string | null, assignedAt?: string | null, scoredAt?: string | null, rankedAt?: string | null, evaluators: Array<{ __typename?: 'EvaluatorProgress', evaluatorId: string, pending: number, accepted: number, scored: number, conflictDeclared: number, withdrawn: number, overdue: boolean }> } | null, submissions: Array<{ __typename?: 'Submission', id: string, status: SubmissionStatus, submittedAt: string, vendor?: { __typename?: 'Organisation', id: string, name: string } | null, screening?: { __typename?: 'ScreeningResult', eligible: boolean, reasons: Array<string>, tier?: SovereigntyTier | null } | null }> } | null };

export type OfficerModerationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OfficerModerationQuery = { __typename?: 'Query', challenge?: { __typename?: 'Challenge', id: string, title: string, status: ChallengeStatus, criteria: Array<{ __typename?: 'EvaluationCriterion', id: string, name: string, weight: number }>, submissions: Array<{ __typename?: 'Submission', id: string, status: SubmissionStatus, vendor?: { __typename?: 'Organisation', id: string, name: string } | null, result?: { __typename?: 'SubmissionResult', needsModeration: boolean, totalScore: number, criteria: Array<{ __typename?: 'CriterionResult', mean: number, spread: number, consensus?: number | null, criterion: { __typename?: 'EvaluationCriterion', id: string, name: string } }> } | null }> } | null };

export type OfficerModerateSubmissionMutationVariables = Exact<{
  submissionId: Scalars['ID']['input'];
  scores: Array<ScoreInput> | ScoreInput;
  rationale: Scalars['String']['input'];
}>;


export type OfficerModerateSubmissionMutation = { __typename?: 'Mutation', moderateSubmission: { __typename?: 'Submission', id: string, status: SubmissionStatus } };

export type OfficerRankingQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OfficerRankingQuery = { __typename?: 'Query', challenge?: { __typename?: 'Challenge', id: string, title: string, status: ChallengeStatus, requiredTier: SovereigntyTier, maxAwards: number, awardedAt?: string | null, noAwardReason?: string | null, budget: { __typename?: 'Money', amountMinor: number, currency: string }, ranking?: Array<{ __typename?: 'RankedSubmission', rank: number, totalScore: number, recommended: boolean, submission: { __typename?: 'Submission', id: string, status: SubmissionStatus, price: { __typename?: 'Money', amountMinor: number, currency: string }, vendor?: { __typename?: 'Organisation', id: string, name: string } | null } }> | null } | null };

export type OfficerApproveAwardMutationVariables = Exact<{
  challengeId: Scalars['ID']['input'];
  submissionIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  justification?: InputMaybe<Scalars['String']['input']>;
}>;


export type OfficerApproveAwardMutation = { __typename?: 'Mutation', approveAward: { __typename?: 'Challenge', id: string, status: ChallengeStatus } };

export type OfficerRankedAttestationsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OfficerRankedAttestationsQuery = { __typename?: 'Query', challenge?: { __typename?: 'Challenge', id: string, ranking?: Array<{ __typename?: 'RankedSubmission', submission: { __typename?: 'Submission', id: string, vendor?: { __typename?: 'Organisation', id: string, name: string } | null, attestation?: { __typename?: 'Attestation', id: string, version: number, status: AttestationStatus, signatoryName: string, signedAt: string, answers: Array<{ __typename?: 'CriterionAnswer', code: string, value: unknown, evidence?: string | null, verified: boolean }> } | null } }> | null } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const DocumentFieldsFragmentDoc = new TypedDocumentString(`
    fragment DocumentFields on Document {
  id
  name
  mediaType
  sizeBytes
  sha256
  scanStatus
  visibility
  downloadPath
}
    `, {"fragmentName":"DocumentFields"}) as unknown as TypedDocumentString<DocumentFieldsFragment, unknown>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    accessToken
    user {
      displayName
      email
      roles
      organisation {
        id
        name
        smeClass
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const RegisterVendorDocument = new TypedDocumentString(`
    mutation RegisterVendor($input: RegisterVendorInput!) {
  registerVendor(input: $input) {
    accessToken
    user {
      displayName
      email
      roles
      organisation {
        id
        name
        smeClass
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterVendorMutation, RegisterVendorMutationVariables>;
export const MyContractsDocument = new TypedDocumentString(`
    query MyContracts {
  contracts {
    id
    phase
    title
    status
    issuedAt
    signedAt
    value {
      amountMinor
      currency
    }
    challenge {
      id
      title
    }
  }
}
    `) as unknown as TypedDocumentString<MyContractsQuery, MyContractsQueryVariables>;
export const ContractMilestonesDocument = new TypedDocumentString(`
    query ContractMilestones($id: ID!) {
  contract(id: $id) {
    id
    milestones {
      id
      title
      status
      dueDate
      rejectionReason
      deliveredAt
      acceptedAt
      paidAt
      amount {
        amountMinor
        currency
      }
      documents {
        ...DocumentFields
      }
    }
  }
}
    fragment DocumentFields on Document {
  id
  name
  mediaType
  sizeBytes
  sha256
  scanStatus
  visibility
  downloadPath
}`) as unknown as TypedDocumentString<ContractMilestonesQuery, ContractMilestonesQueryVariables>;
export const SignContractDocument = new TypedDocumentString(`
    mutation SignContract($id: ID!) {
  signContract(id: $id) {
    id
    status
    signedAt
  }
}
    `) as unknown as TypedDocumentString<SignContractMutation, SignContractMutationVariables>;
export const DeliverMilestoneDocument = new TypedDocumentString(`
    mutation DeliverMilestone($id: ID!, $evidence: String!, $documentIds: [ID!]) {
  deliverMilestone(id: $id, evidence: $evidence, documentIds: $documentIds) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<DeliverMilestoneMutation, DeliverMilestoneMutationVariables>;
export const PublicMetricsDocument = new TypedDocumentString(`
    query PublicMetrics {
  procurementMetrics {
    challengesPublished
    challengesAwarded
    medianDaysPublishToAward
    medianDaysAwardToSignature
    medianDaysDeliveryToPayment
    smeAwardValueShare
    firstTimeVendorShare
  }
}
    `) as unknown as TypedDocumentString<PublicMetricsQuery, PublicMetricsQueryVariables>;
export const MySubmissionsDocument = new TypedDocumentString(`
    query MySubmissions {
  mySubmissions {
    id
    status
    summary
    submittedAt
    durationDays
    price {
      amountMinor
      currency
    }
    challenge {
      id
      title
      status
      submissionDeadline
    }
    screening {
      eligible
      reasons
      tier
      screenedAt
    }
    debrief {
      score
      justification
      criterion {
        name
        weight
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MySubmissionsQuery, MySubmissionsQueryVariables>;
export const SubmissionDocumentsDocument = new TypedDocumentString(`
    query SubmissionDocuments($id: ID!) {
  submission(id: $id) {
    id
    documents {
      ...DocumentFields
    }
  }
}
    fragment DocumentFields on Document {
  id
  name
  mediaType
  sizeBytes
  sha256
  scanStatus
  visibility
  downloadPath
}`) as unknown as TypedDocumentString<SubmissionDocumentsQuery, SubmissionDocumentsQueryVariables>;
export const AdminOrganisationsDocument = new TypedDocumentString(`
    query AdminOrganisations {
  organisations {
    id
    name
    kind
    country
    suspension {
      since
    }
  }
}
    `) as unknown as TypedDocumentString<AdminOrganisationsQuery, AdminOrganisationsQueryVariables>;
export const AdminUsersDocument = new TypedDocumentString(`
    query AdminUsers($organisationId: ID!) {
  users(organisationId: $organisationId) {
    id
    displayName
    email
    roles
    disabledAt
  }
}
    `) as unknown as TypedDocumentString<AdminUsersQuery, AdminUsersQueryVariables>;
export const AdminCreateOrganisationDocument = new TypedDocumentString(`
    mutation AdminCreateOrganisation($input: CreateBuyerOrganisationInput!) {
  createBuyerOrganisation(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<AdminCreateOrganisationMutation, AdminCreateOrganisationMutationVariables>;
export const AdminCreateUserDocument = new TypedDocumentString(`
    mutation AdminCreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    id
    displayName
  }
}
    `) as unknown as TypedDocumentString<AdminCreateUserMutation, AdminCreateUserMutationVariables>;
export const SovereigntyCriteriaDocument = new TypedDocumentString(`
    query SovereigntyCriteria {
  sovereigntyCriteria {
    code
    pillar
    question
    answerType
    options
  }
}
    `) as unknown as TypedDocumentString<SovereigntyCriteriaQuery, SovereigntyCriteriaQueryVariables>;
export const MyAttestationDocument = new TypedDocumentString(`
    query MyAttestation {
  myAttestation {
    id
    version
    status
    signedAt
    expiresAt
    signatoryName
    hash
    answers {
      code
      value
      documents {
        ...DocumentFields
      }
    }
    nato: assessment(trusted: NATO) {
      tier
      gaps {
        code
        tier
        reason
      }
    }
    euEea: assessment(trusted: EU_EEA) {
      tier
      gaps {
        code
        tier
        reason
      }
    }
  }
}
    fragment DocumentFields on Document {
  id
  name
  mediaType
  sizeBytes
  sha256
  scanStatus
  visibility
  downloadPath
}`) as unknown as TypedDocumentString<MyAttestationQuery, MyAttestationQueryVariables>;
export const SubmitAttestationDocument = new TypedDocumentString(`
    mutation SubmitAttestation($input: SubmitAttestationInput!) {
  submitAttestation(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<SubmitAttestationMutation, SubmitAttestationMutationVariables>;
export const AttestationHistoryDocument = new TypedDocumentString(`
    query AttestationHistory {
  myAttestationHistory {
    id
    version
    status
    signedAt
    signatoryName
    hash
  }
}
    `) as unknown as TypedDocumentString<AttestationHistoryQuery, AttestationHistoryQueryVariables>;
export const AuditTrailDocument = new TypedDocumentString(`
    query AuditTrail($entityType: String!, $entityId: String!) {
  auditTrail(entityType: $entityType, entityId: $entityId) {
    seq
    at
    action
    actorId
    entityType
    entityId
    data
    hash
    prevHash
  }
}
    `) as unknown as TypedDocumentString<AuditTrailQuery, AuditTrailQueryVariables>;
export const VerifyAuditChainDocument = new TypedDocumentString(`
    query VerifyAuditChain {
  verifyAuditChain {
    valid
    checkedEvents
    firstBrokenSeq
  }
}
    `) as unknown as TypedDocumentString<VerifyAuditChainQuery, VerifyAuditChainQueryVariables>;
export const BidContextDocument = new TypedDocumentString(`
    query BidContext($challengeId: ID!) {
  challenge(id: $challengeId) {
    id
    title
    status
    submissionDeadline
    budget {
      amountMinor
      currency
    }
    maxContractValue {
      amountMinor
      currency
    }
  }
  eligibility(challengeId: $challengeId) {
    eligible
    reasons
    tier
  }
  mySubmissions {
    id
    status
    summary
    technicalApproach
    durationDays
    price {
      amountMinor
      currency
    }
    challenge {
      id
    }
    documents {
      ...DocumentFields
    }
  }
}
    fragment DocumentFields on Document {
  id
  name
  mediaType
  sizeBytes
  sha256
  scanStatus
  visibility
  downloadPath
}`) as unknown as TypedDocumentString<BidContextQuery, BidContextQueryVariables>;
export const SubmitProposalDocument = new TypedDocumentString(`
    mutation SubmitProposal($input: SubmitProposalInput!) {
  submitProposal(input: $input) {
    id
    status
    submittedAt
  }
}
    `) as unknown as TypedDocumentString<SubmitProposalMutation, SubmitProposalMutationVariables>;
export const WithdrawSubmissionDocument = new TypedDocumentString(`
    mutation WithdrawSubmission($id: ID!) {
  withdrawSubmission(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<WithdrawSubmissionMutation, WithdrawSubmissionMutationVariables>;
export const ChallengeListDocument = new TypedDocumentString(`
    query ChallengeList($filter: ChallengeFilter, $first: Int) {
  challenges(filter: $filter, first: $first) {
    totalCount
    edges {
      node {
        id
        title
        status
        tags
        classification
        requiredTier
        trustedJurisdiction
        smeOnly
        submissionDeadline
        budget {
          amountMinor
          currency
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ChallengeListQuery, ChallengeListQueryVariables>;
export const EligibilityDocument = new TypedDocumentString(`
    query Eligibility($challengeId: ID!) {
  eligibility(challengeId: $challengeId) {
    eligible
    reasons
    tier
  }
}
    `) as unknown as TypedDocumentString<EligibilityQuery, EligibilityQueryVariables>;
export const ChallengeDetailDocument = new TypedDocumentString(`
    query ChallengeDetail($id: ID!) {
  challenge(id: $id) {
    id
    title
    status
    problemStatement
    tags
    classification
    requiredTier
    trustedJurisdiction
    smeOnly
    maxAwards
    publishedAt
    questionsDeadline
    submissionDeadline
    buyer {
      name
    }
    budget {
      amountMinor
      currency
    }
    maxContractValue {
      amountMinor
      currency
    }
    criteria {
      id
      name
      description
      weight
    }
    amendments {
      at
      reason
    }
    documents {
      ...DocumentFields
    }
    questions {
      id
      text
      askedAt
      answer
      answeredAt
      documents {
        ...DocumentFields
      }
    }
  }
}
    fragment DocumentFields on Document {
  id
  name
  mediaType
  sizeBytes
  sha256
  scanStatus
  visibility
  downloadPath
}`) as unknown as TypedDocumentString<ChallengeDetailQuery, ChallengeDetailQueryVariables>;
export const AskQuestionDocument = new TypedDocumentString(`
    mutation AskQuestion($challengeId: ID!, $text: String!) {
  askQuestion(challengeId: $challengeId, text: $text) {
    id
  }
}
    `) as unknown as TypedDocumentString<AskQuestionMutation, AskQuestionMutationVariables>;
export const EvaluatorAssignmentsDocument = new TypedDocumentString(`
    query EvaluatorAssignments {
  myAssignments {
    id
    status
    submission {
      id
      vendor {
        id
        name
      }
      challenge {
        id
        title
        blindEvaluation
        scoringDeadline
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EvaluatorAssignmentsQuery, EvaluatorAssignmentsQueryVariables>;
export const EvaluatorAssignmentScoresDocument = new TypedDocumentString(`
    query EvaluatorAssignmentScores {
  myAssignments {
    id
    status
    scores {
      criterion {
        id
      }
      score
      justification
    }
    submission {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<EvaluatorAssignmentScoresQuery, EvaluatorAssignmentScoresQueryVariables>;
export const ScoredSubmissionDocument = new TypedDocumentString(`
    query ScoredSubmission($id: ID!) {
  submission(id: $id) {
    id
    summary
    technicalApproach
    durationDays
    price {
      amountMinor
      currency
    }
    vendor {
      id
      name
    }
    challenge {
      id
      title
      blindEvaluation
      scoringDeadline
      criteria {
        id
        name
        description
        weight
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ScoredSubmissionQuery, ScoredSubmissionQueryVariables>;
export const EvaluatorAcceptAssignmentDocument = new TypedDocumentString(`
    mutation EvaluatorAcceptAssignment($id: ID!) {
  acceptAssignment(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<EvaluatorAcceptAssignmentMutation, EvaluatorAcceptAssignmentMutationVariables>;
export const EvaluatorDeclareConflictDocument = new TypedDocumentString(`
    mutation EvaluatorDeclareConflict($id: ID!, $reason: String!) {
  declareConflict(id: $id, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<EvaluatorDeclareConflictMutation, EvaluatorDeclareConflictMutationVariables>;
export const EvaluatorSubmitScoresDocument = new TypedDocumentString(`
    mutation EvaluatorSubmitScores($id: ID!, $scores: [ScoreInput!]!) {
  submitScores(assignmentId: $id, scores: $scores) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<EvaluatorSubmitScoresMutation, EvaluatorSubmitScoresMutationVariables>;
export const MyNotificationPreferencesDocument = new TypedDocumentString(`
    query MyNotificationPreferences {
  notificationPreferences {
    kind
    email
  }
}
    `) as unknown as TypedDocumentString<MyNotificationPreferencesQuery, MyNotificationPreferencesQueryVariables>;
export const SetNotificationPreferenceDocument = new TypedDocumentString(`
    mutation SetNotificationPreference($kind: NotificationKind!, $email: EmailDelivery!) {
  setNotificationPreference(kind: $kind, email: $email) {
    kind
    email
  }
}
    `) as unknown as TypedDocumentString<SetNotificationPreferenceMutation, SetNotificationPreferenceMutationVariables>;
export const UnreadNotificationCountDocument = new TypedDocumentString(`
    query UnreadNotificationCount {
  unreadNotificationCount
}
    `) as unknown as TypedDocumentString<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const MyNotificationsDocument = new TypedDocumentString(`
    query MyNotifications($first: Int, $unreadOnly: Boolean) {
  notifications(first: $first, unreadOnly: $unreadOnly) {
    totalCount
    unreadCount
    pageInfo {
      hasNextPage
    }
    edges {
      node {
        id
        kind
        title
        body
        link
        createdAt
        readAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyNotificationsQuery, MyNotificationsQueryVariables>;
export const MarkNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {
  markNotificationsRead(ids: $ids, all: $all)
}
    `) as unknown as TypedDocumentString<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const RegisterWebhookDocument = new TypedDocumentString(`
    mutation RegisterWebhook($url: String!, $events: [NotificationKind!]!) {
  registerWebhook(url: $url, events: $events) {
    secret
    webhook {
      id
      url
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterWebhookMutation, RegisterWebhookMutationVariables>;
export const SaveSearchDocument = new TypedDocumentString(`
    mutation SaveSearch($name: String!, $filter: ChallengeFilter!) {
  saveSearch(name: $name, filter: $filter) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<SaveSearchMutation, SaveSearchMutationVariables>;
export const MySavedSearchesDocument = new TypedDocumentString(`
    query MySavedSearches {
  savedSearches {
    id
    name
    createdAt
  }
}
    `) as unknown as TypedDocumentString<MySavedSearchesQuery, MySavedSearchesQueryVariables>;
export const DeleteSavedSearchDocument = new TypedDocumentString(`
    mutation DeleteSavedSearch($id: ID!) {
  deleteSavedSearch(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteSavedSearchMutation, DeleteSavedSearchMutationVariables>;
export const WebhookDeliveriesDocument = new TypedDocumentString(`
    query WebhookDeliveries($webhookId: ID!) {
  webhookDeliveries(webhookId: $webhookId, first: 20) {
    id
    kind
    status
    attempts
    lastStatusCode
    lastError
    createdAt
  }
}
    `) as unknown as TypedDocumentString<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;
export const MyWebhooksDocument = new TypedDocumentString(`
    query MyWebhooks {
  webhooks {
    id
    url
    events
    enabled
    failureCount
    createdAt
    disabledAt
  }
}
    `) as unknown as TypedDocumentString<MyWebhooksQuery, MyWebhooksQueryVariables>;
export const DeleteWebhookDocument = new TypedDocumentString(`
    mutation DeleteWebhook($id: ID!) {
  deleteWebhook(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteWebhookMutation, DeleteWebhookMutationVariables>;
export const BuyerContractsDocument = new TypedDocumentString(`
    query BuyerContracts {
  contracts {
    id
    phase
    title
    status
    issuedAt
    signedAt
    value {
      amountMinor
      currency
    }
    vendor {
      id
      name
    }
    challenge {
      id
      title
    }
  }
}
    `) as unknown as TypedDocumentString<BuyerContractsQuery, BuyerContractsQueryVariables>;
export const BuyerContractDetailDocument = new TypedDocumentString(`
    query BuyerContractDetail($id: ID!) {
  contract(id: $id) {
    id
    parent {
      id
      title
    }
    followOns {
      id
      title
      status
    }
    milestones {
      id
      title
      status
      dueDate
      evidence
      rejectionReason
      deliveredAt
      acceptedAt
      paidAt
      amount {
        amountMinor
        currency
      }
    }
    submission {
      id
      attestation {
        id
        version
        status
        signatoryName
        signedAt
        answers {
          code
          value
          evidence
          verified
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BuyerContractDetailQuery, BuyerContractDetailQueryVariables>;
export const OfficerAcceptMilestoneDocument = new TypedDocumentString(`
    mutation OfficerAcceptMilestone($id: ID!) {
  acceptMilestone(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<OfficerAcceptMilestoneMutation, OfficerAcceptMilestoneMutationVariables>;
export const OfficerRejectMilestoneDocument = new TypedDocumentString(`
    mutation OfficerRejectMilestone($id: ID!, $reason: String!) {
  rejectMilestone(id: $id, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<OfficerRejectMilestoneMutation, OfficerRejectMilestoneMutationVariables>;
export const OfficerRecordPaymentDocument = new TypedDocumentString(`
    mutation OfficerRecordPayment($id: ID!) {
  recordMilestonePayment(id: $id) {
    id
    status
    paidAt
  }
}
    `) as unknown as TypedDocumentString<OfficerRecordPaymentMutation, OfficerRecordPaymentMutationVariables>;
export const OfficerTerminateContractDocument = new TypedDocumentString(`
    mutation OfficerTerminateContract($id: ID!, $reason: String!) {
  terminateContract(id: $id, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<OfficerTerminateContractMutation, OfficerTerminateContractMutationVariables>;
export const OfficerIssueFollowOnDocument = new TypedDocumentString(`
    mutation OfficerIssueFollowOn($parentId: ID!, $input: FollowOnInput!) {
  issueFollowOn(parentId: $parentId, input: $input) {
    id
    title
    status
  }
}
    `) as unknown as TypedDocumentString<OfficerIssueFollowOnMutation, OfficerIssueFollowOnMutationVariables>;
export const OfficerVerifyCriteriaDocument = new TypedDocumentString(`
    mutation OfficerVerifyCriteria($attestationId: ID!, $codes: [String!]!) {
  verifyAttestationCriteria(attestationId: $attestationId, codes: $codes) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<OfficerVerifyCriteriaMutation, OfficerVerifyCriteriaMutationVariables>;
export const OfficerChallengeAttestationDocument = new TypedDocumentString(`
    mutation OfficerChallengeAttestation($attestationId: ID!, $reason: String!) {
  challengeAttestation(attestationId: $attestationId, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<OfficerChallengeAttestationMutation, OfficerChallengeAttestationMutationVariables>;
export const OfficerAttachChallengeDocumentDocument = new TypedDocumentString(`
    mutation OfficerAttachChallengeDocument($challengeId: ID!, $documentId: ID!, $visibility: DocumentVisibility!) {
  attachChallengeDocument(
    challengeId: $challengeId
    documentId: $documentId
    visibility: $visibility
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<OfficerAttachChallengeDocumentMutation, OfficerAttachChallengeDocumentMutationVariables>;
export const OfficerDetachChallengeDocumentDocument = new TypedDocumentString(`
    mutation OfficerDetachChallengeDocument($challengeId: ID!, $documentId: ID!) {
  detachChallengeDocument(challengeId: $challengeId, documentId: $documentId) {
    id
  }
}
    `) as unknown as TypedDocumentString<OfficerDetachChallengeDocumentMutation, OfficerDetachChallengeDocumentMutationVariables>;
export const OfficerChallengesDocument = new TypedDocumentString(`
    query OfficerChallenges($buyerId: ID!) {
  challenges(first: 100, filter: {buyerId: $buyerId}) {
    totalCount
    edges {
      node {
        id
        title
        status
        classification
        submissionDeadline
        publishedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OfficerChallengesQuery, OfficerChallengesQueryVariables>;
export const OfficerChallengeDocument = new TypedDocumentString(`
    query OfficerChallenge($id: ID!) {
  challenge(id: $id) {
    id
    title
    status
    problemStatement
    tags
    classification
    requiredTier
    trustedJurisdiction
    smeOnly
    budget {
      amountMinor
      currency
    }
    maxContractValue {
      amountMinor
      currency
    }
    maxAwards
    evaluatorsPerSubmission
    blindEvaluation
    standstillDays
    submissionDeadline
    questionsDeadline
    scoringDeadline
    publishedAt
    closedAt
    awardedAt
    noAwardReason
    criteria {
      id
      name
      description
      weight
    }
    amendments {
      at
      reason
    }
    evaluators {
      id
      displayName
    }
    evaluatorCandidates {
      id
      displayName
    }
    documents {
      ...DocumentFields
    }
  }
}
    fragment DocumentFields on Document {
  id
  name
  mediaType
  sizeBytes
  sha256
  scanStatus
  visibility
  downloadPath
}`) as unknown as TypedDocumentString<OfficerChallengeQuery, OfficerChallengeQueryVariables>;
export const OfficerCreateChallengeDocument = new TypedDocumentString(`
    mutation OfficerCreateChallenge($input: CreateChallengeInput!) {
  createChallenge(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<OfficerCreateChallengeMutation, OfficerCreateChallengeMutationVariables>;
export const OfficerUpdateChallengeDocument = new TypedDocumentString(`
    mutation OfficerUpdateChallenge($id: ID!, $input: UpdateChallengeInput!) {
  updateChallenge(id: $id, input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<OfficerUpdateChallengeMutation, OfficerUpdateChallengeMutationVariables>;
export const OfficerPublishChallengeDocument = new TypedDocumentString(`
    mutation OfficerPublishChallenge($id: ID!) {
  publishChallenge(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<OfficerPublishChallengeMutation, OfficerPublishChallengeMutationVariables>;
export const OfficerAmendChallengeDocument = new TypedDocumentString(`
    mutation OfficerAmendChallenge($id: ID!, $input: AmendChallengeInput!, $reason: String!) {
  amendChallenge(id: $id, input: $input, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<OfficerAmendChallengeMutation, OfficerAmendChallengeMutationVariables>;
export const OfficerCancelChallengeDocument = new TypedDocumentString(`
    mutation OfficerCancelChallenge($id: ID!, $reason: String!) {
  cancelChallenge(id: $id, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<OfficerCancelChallengeMutation, OfficerCancelChallengeMutationVariables>;
export const OfficerInviteEvaluatorsDocument = new TypedDocumentString(`
    mutation OfficerInviteEvaluators($id: ID!, $userIds: [ID!]!) {
  inviteEvaluators(challengeId: $id, userIds: $userIds) {
    id
  }
}
    `) as unknown as TypedDocumentString<OfficerInviteEvaluatorsMutation, OfficerInviteEvaluatorsMutationVariables>;
export const OfficerQuestionsDocument = new TypedDocumentString(`
    query OfficerQuestions($id: ID!) {
  challenge(id: $id) {
    id
    title
    status
    questions {
      id
      text
      askedAt
      answer
      answeredAt
      documents {
        ...DocumentFields
      }
    }
  }
}
    fragment DocumentFields on Document {
  id
  name
  mediaType
  sizeBytes
  sha256
  scanStatus
  visibility
  downloadPath
}`) as unknown as TypedDocumentString<OfficerQuestionsQuery, OfficerQuestionsQueryVariables>;
export const OfficerAnswerQuestionDocument = new TypedDocumentString(`
    mutation OfficerAnswerQuestion($questionId: ID!, $answer: String!, $documentIds: [ID!]) {
  answerQuestion(
    questionId: $questionId
    answer: $answer
    documentIds: $documentIds
  ) {
    id
    answer
  }
}
    `) as unknown as TypedDocumentString<OfficerAnswerQuestionMutation, OfficerAnswerQuestionMutationVariables>;
export const OfficerEvaluationBoardDocument = new TypedDocumentString(`
    query OfficerEvaluationBoard($id: ID!) {
  challenge(id: $id) {
    id
    title
    status
    publishedAt
    closedAt
    awardedAt
    submissionDeadline
    evaluatorsPerSubmission
    evaluators {
      id
      displayName
    }
    evaluationProgress {
      submissions
      screened
      eligible
      screenedOut
      assignments
      scoredAssignments
      awaitingModeration
      evaluated
      missingEvaluators
      overdueAssignments
      screenedAt
      assignedAt
      scoredAt
      rankedAt
      evaluators {
        evaluatorId
        pending
        accepted
        scored
        conflictDeclared
        withdrawn
        overdue
      }
    }
    submissions {
      id
      status
      submittedAt
      vendor {
        id
        name
      }
      screening {
        eligible
        reasons
        tier
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OfficerEvaluationBoardQuery, OfficerEvaluationBoardQueryVariables>;
export const OfficerModerationDocument = new TypedDocumentString(`
    query OfficerModeration($id: ID!) {
  challenge(id: $id) {
    id
    title
    status
    criteria {
      id
      name
      weight
    }
    submissions {
      id
      status
      vendor {
        id
        name
      }
      result {
        needsModeration
        totalScore
        criteria {
          criterion {
            id
            name
          }
          mean
          spread
          consensus
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OfficerModerationQuery, OfficerModerationQueryVariables>;
export const OfficerModerateSubmissionDocument = new TypedDocumentString(`
    mutation OfficerModerateSubmission($submissionId: ID!, $scores: [ScoreInput!]!, $rationale: String!) {
  moderateSubmission(
    submissionId: $submissionId
    scores: $scores
    rationale: $rationale
  ) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<OfficerModerateSubmissionMutation, OfficerModerateSubmissionMutationVariables>;
export const OfficerRankingDocument = new TypedDocumentString(`
    query OfficerRanking($id: ID!) {
  challenge(id: $id) {
    id
    title
    status
    requiredTier
    maxAwards
    awardedAt
    noAwardReason
    budget {
      amountMinor
      currency
    }
    ranking {
      rank
      totalScore
      recommended
      submission {
        id
        status
        price {
          amountMinor
          currency
        }
        vendor {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OfficerRankingQuery, OfficerRankingQueryVariables>;
export const OfficerApproveAwardDocument = new TypedDocumentString(`
    mutation OfficerApproveAward($challengeId: ID!, $submissionIds: [ID!]!, $justification: String) {
  approveAward(
    challengeId: $challengeId
    submissionIds: $submissionIds
    justification: $justification
  ) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<OfficerApproveAwardMutation, OfficerApproveAwardMutationVariables>;
export const OfficerRankedAttestationsDocument = new TypedDocumentString(`
    query OfficerRankedAttestations($id: ID!) {
  challenge(id: $id) {
    id
    ranking {
      submission {
        id
        vendor {
          id
          name
        }
        attestation {
          id
          version
          status
          signatoryName
          signedAt
          answers {
            code
            value
            evidence
            verified
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OfficerRankedAttestationsQuery, OfficerRankedAttestationsQueryVariables>;