/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      user {\n        displayName\n        email\n        roles\n        organisation {\n          id\n          name\n          smeClass\n        }\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation RegisterVendor($input: RegisterVendorInput!) {\n    registerVendor(input: $input) {\n      accessToken\n      user {\n        displayName\n        email\n        roles\n        organisation {\n          id\n          name\n          smeClass\n        }\n      }\n    }\n  }\n": typeof types.RegisterVendorDocument,
    "\n  fragment DocumentFields on Document {\n    id\n    name\n    mediaType\n    sizeBytes\n    sha256\n    scanStatus\n    visibility\n    downloadPath\n  }\n": typeof types.DocumentFieldsFragmentDoc,
    "\n  query MyContracts {\n    contracts {\n      id\n      phase\n      title\n      status\n      issuedAt\n      signedAt\n      value {\n        amountMinor\n        currency\n      }\n      challenge {\n        id\n        title\n      }\n    }\n  }\n": typeof types.MyContractsDocument,
    "\n  query ContractMilestones($id: ID!) {\n    contract(id: $id) {\n      id\n      milestones {\n        id\n        title\n        status\n        dueDate\n        rejectionReason\n        deliveredAt\n        acceptedAt\n        paidAt\n        amount {\n          amountMinor\n          currency\n        }\n        documents {\n          ...DocumentFields\n        }\n      }\n    }\n  }\n": typeof types.ContractMilestonesDocument,
    "\n  mutation SignContract($id: ID!) {\n    signContract(id: $id) {\n      id\n      status\n      signedAt\n    }\n  }\n": typeof types.SignContractDocument,
    "\n  mutation DeliverMilestone($id: ID!, $evidence: String!, $documentIds: [ID!]) {\n    deliverMilestone(id: $id, evidence: $evidence, documentIds: $documentIds) {\n      id\n      status\n    }\n  }\n": typeof types.DeliverMilestoneDocument,
    "\n  query PublicMetrics {\n    procurementMetrics {\n      challengesPublished\n      challengesAwarded\n      medianDaysPublishToAward\n      medianDaysAwardToSignature\n      medianDaysDeliveryToPayment\n      smeAwardValueShare\n      firstTimeVendorShare\n    }\n  }\n": typeof types.PublicMetricsDocument,
    "\n  query MySubmissions {\n    mySubmissions {\n      id\n      status\n      summary\n      submittedAt\n      durationDays\n      price {\n        amountMinor\n        currency\n      }\n      challenge {\n        id\n        title\n        status\n        submissionDeadline\n      }\n      screening {\n        eligible\n        reasons\n        tier\n        screenedAt\n      }\n      debrief {\n        score\n        justification\n        criterion {\n          name\n          weight\n        }\n      }\n    }\n  }\n": typeof types.MySubmissionsDocument,
    "\n  query SubmissionDocuments($id: ID!) {\n    submission(id: $id) {\n      id\n      documents {\n        ...DocumentFields\n      }\n    }\n  }\n": typeof types.SubmissionDocumentsDocument,
    "\n  query AdminOrganisations {\n    organisations {\n      id\n      name\n      kind\n      country\n      suspension {\n        since\n      }\n    }\n  }\n": typeof types.AdminOrganisationsDocument,
    "\n  query AdminUsers($organisationId: ID!) {\n    users(organisationId: $organisationId) {\n      id\n      displayName\n      email\n      roles\n      disabledAt\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  mutation AdminCreateOrganisation($input: CreateBuyerOrganisationInput!) {\n    createBuyerOrganisation(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.AdminCreateOrganisationDocument,
    "\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      displayName\n    }\n  }\n": typeof types.AdminCreateUserDocument,
    "\n  query SovereigntyCriteria {\n    sovereigntyCriteria {\n      code\n      pillar\n      question\n      answerType\n      options\n    }\n  }\n": typeof types.SovereigntyCriteriaDocument,
    "\n  query MyAttestation {\n    myAttestation {\n      id\n      version\n      status\n      signedAt\n      expiresAt\n      signatoryName\n      hash\n      answers {\n        code\n        value\n        documents {\n          ...DocumentFields\n        }\n      }\n      nato: assessment(trusted: NATO) {\n        tier\n        gaps {\n          code\n          tier\n          reason\n        }\n      }\n      euEea: assessment(trusted: EU_EEA) {\n        tier\n        gaps {\n          code\n          tier\n          reason\n        }\n      }\n    }\n  }\n": typeof types.MyAttestationDocument,
    "\n  mutation SubmitAttestation($input: SubmitAttestationInput!) {\n    submitAttestation(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.SubmitAttestationDocument,
    "\n  query AttestationHistory {\n    myAttestationHistory {\n      id\n      version\n      status\n      signedAt\n      signatoryName\n      hash\n    }\n  }\n": typeof types.AttestationHistoryDocument,
    "\n  query AuditTrail($entityType: String!, $entityId: String!) {\n    auditTrail(entityType: $entityType, entityId: $entityId) {\n      seq\n      at\n      action\n      actorId\n      entityType\n      entityId\n      data\n      hash\n      prevHash\n    }\n  }\n": typeof types.AuditTrailDocument,
    "\n  query VerifyAuditChain {\n    verifyAuditChain {\n      valid\n      checkedEvents\n      firstBrokenSeq\n    }\n  }\n": typeof types.VerifyAuditChainDocument,
    "\n  query BidContext($challengeId: ID!) {\n    challenge(id: $challengeId) {\n      id\n      title\n      status\n      submissionDeadline\n      budget {\n        amountMinor\n        currency\n      }\n      maxContractValue {\n        amountMinor\n        currency\n      }\n    }\n    eligibility(challengeId: $challengeId) {\n      eligible\n      reasons\n      tier\n    }\n    mySubmissions {\n      id\n      status\n      summary\n      technicalApproach\n      durationDays\n      price {\n        amountMinor\n        currency\n      }\n      challenge {\n        id\n      }\n      documents {\n        ...DocumentFields\n      }\n    }\n  }\n": typeof types.BidContextDocument,
    "\n  mutation SubmitProposal($input: SubmitProposalInput!) {\n    submitProposal(input: $input) {\n      id\n      status\n      submittedAt\n    }\n  }\n": typeof types.SubmitProposalDocument,
    "\n  mutation WithdrawSubmission($id: ID!) {\n    withdrawSubmission(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.WithdrawSubmissionDocument,
    "\n  query ChallengeList($filter: ChallengeFilter, $first: Int) {\n    challenges(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          tags\n          classification\n          requiredTier\n          trustedJurisdiction\n          smeOnly\n          submissionDeadline\n          budget {\n            amountMinor\n            currency\n          }\n        }\n      }\n    }\n  }\n": typeof types.ChallengeListDocument,
    "\n  query Eligibility($challengeId: ID!) {\n    eligibility(challengeId: $challengeId) {\n      eligible\n      reasons\n      tier\n    }\n  }\n": typeof types.EligibilityDocument,
    "\n  query ChallengeDetail($id: ID!) {\n    challenge(id: $id) {\n      id\n      title\n      status\n      problemStatement\n      tags\n      classification\n      requiredTier\n      trustedJurisdiction\n      smeOnly\n      maxAwards\n      publishedAt\n      questionsDeadline\n      submissionDeadline\n      buyer {\n        name\n      }\n      budget {\n        amountMinor\n        currency\n      }\n      maxContractValue {\n        amountMinor\n        currency\n      }\n      criteria {\n        id\n        name\n        description\n        weight\n      }\n      amendments {\n        at\n        reason\n      }\n      documents {\n        ...DocumentFields\n      }\n      questions {\n        id\n        text\n        askedAt\n        answer\n        answeredAt\n        documents {\n          ...DocumentFields\n        }\n      }\n    }\n  }\n": typeof types.ChallengeDetailDocument,
    "\n  mutation AskQuestion($challengeId: ID!, $text: String!) {\n    askQuestion(challengeId: $challengeId, text: $text) {\n      id\n    }\n  }\n": typeof types.AskQuestionDocument,
    "\n  query EvaluatorAssignments {\n    myAssignments {\n      id\n      status\n      submission {\n        id\n        vendor {\n          id\n          name\n        }\n        challenge {\n          id\n          title\n          blindEvaluation\n          scoringDeadline\n        }\n      }\n    }\n  }\n": typeof types.EvaluatorAssignmentsDocument,
    "\n  query EvaluatorAssignmentScores {\n    myAssignments {\n      id\n      status\n      scores {\n        criterion {\n          id\n        }\n        score\n        justification\n      }\n      submission {\n        id\n      }\n    }\n  }\n": typeof types.EvaluatorAssignmentScoresDocument,
    "\n  query ScoredSubmission($id: ID!) {\n    submission(id: $id) {\n      id\n      summary\n      technicalApproach\n      durationDays\n      price {\n        amountMinor\n        currency\n      }\n      vendor {\n        id\n        name\n      }\n      challenge {\n        id\n        title\n        blindEvaluation\n        scoringDeadline\n        criteria {\n          id\n          name\n          description\n          weight\n        }\n      }\n    }\n  }\n": typeof types.ScoredSubmissionDocument,
    "\n  mutation EvaluatorAcceptAssignment($id: ID!) {\n    acceptAssignment(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.EvaluatorAcceptAssignmentDocument,
    "\n  mutation EvaluatorDeclareConflict($id: ID!, $reason: String!) {\n    declareConflict(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.EvaluatorDeclareConflictDocument,
    "\n  mutation EvaluatorSubmitScores($id: ID!, $scores: [ScoreInput!]!) {\n    submitScores(assignmentId: $id, scores: $scores) {\n      id\n      status\n    }\n  }\n": typeof types.EvaluatorSubmitScoresDocument,
    "\n  query MyNotificationPreferences {\n    notificationPreferences {\n      kind\n      email\n    }\n  }\n": typeof types.MyNotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($kind: NotificationKind!, $email: EmailDelivery!) {\n    setNotificationPreference(kind: $kind, email: $email) {\n      kind\n      email\n    }\n  }\n": typeof types.SetNotificationPreferenceDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query MyNotifications($first: Int, $unreadOnly: Boolean) {\n    notifications(first: $first, unreadOnly: $unreadOnly) {\n      totalCount\n      unreadCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          link\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n": typeof types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {\n    markNotificationsRead(ids: $ids, all: $all)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  mutation RegisterWebhook($url: String!, $events: [NotificationKind!]!) {\n    registerWebhook(url: $url, events: $events) {\n      secret\n      webhook {\n        id\n        url\n      }\n    }\n  }\n": typeof types.RegisterWebhookDocument,
    "\n  mutation SaveSearch($name: String!, $filter: ChallengeFilter!) {\n    saveSearch(name: $name, filter: $filter) {\n      id\n      name\n    }\n  }\n": typeof types.SaveSearchDocument,
    "\n  query MySavedSearches {\n    savedSearches {\n      id\n      name\n      createdAt\n    }\n  }\n": typeof types.MySavedSearchesDocument,
    "\n  mutation DeleteSavedSearch($id: ID!) {\n    deleteSavedSearch(id: $id)\n  }\n": typeof types.DeleteSavedSearchDocument,
    "\n  query WebhookDeliveries($webhookId: ID!) {\n    webhookDeliveries(webhookId: $webhookId, first: 20) {\n      id\n      kind\n      status\n      attempts\n      lastStatusCode\n      lastError\n      createdAt\n    }\n  }\n": typeof types.WebhookDeliveriesDocument,
    "\n  query MyWebhooks {\n    webhooks {\n      id\n      url\n      events\n      enabled\n      failureCount\n      createdAt\n      disabledAt\n    }\n  }\n": typeof types.MyWebhooksDocument,
    "\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n": typeof types.DeleteWebhookDocument,
    "\n  query BuyerContracts {\n    contracts {\n      id\n      phase\n      title\n      status\n      issuedAt\n      signedAt\n      value {\n        amountMinor\n        currency\n      }\n      vendor {\n        id\n        name\n      }\n      challenge {\n        id\n        title\n      }\n    }\n  }\n": typeof types.BuyerContractsDocument,
    "\n  query BuyerContractDetail($id: ID!) {\n    contract(id: $id) {\n      id\n      parent {\n        id\n        title\n      }\n      followOns {\n        id\n        title\n        status\n      }\n      milestones {\n        id\n        title\n        status\n        dueDate\n        evidence\n        rejectionReason\n        deliveredAt\n        acceptedAt\n        paidAt\n        amount {\n          amountMinor\n          currency\n        }\n      }\n      submission {\n        id\n        attestation {\n          id\n          version\n          status\n          signatoryName\n          signedAt\n          answers {\n            code\n            value\n            evidence\n            verified\n          }\n        }\n      }\n    }\n  }\n": typeof types.BuyerContractDetailDocument,
    "\n  mutation OfficerAcceptMilestone($id: ID!) {\n    acceptMilestone(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.OfficerAcceptMilestoneDocument,
    "\n  mutation OfficerRejectMilestone($id: ID!, $reason: String!) {\n    rejectMilestone(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.OfficerRejectMilestoneDocument,
    "\n  mutation OfficerRecordPayment($id: ID!) {\n    recordMilestonePayment(id: $id) {\n      id\n      status\n      paidAt\n    }\n  }\n": typeof types.OfficerRecordPaymentDocument,
    "\n  mutation OfficerTerminateContract($id: ID!, $reason: String!) {\n    terminateContract(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.OfficerTerminateContractDocument,
    "\n  mutation OfficerIssueFollowOn($parentId: ID!, $input: FollowOnInput!) {\n    issueFollowOn(parentId: $parentId, input: $input) {\n      id\n      title\n      status\n    }\n  }\n": typeof types.OfficerIssueFollowOnDocument,
    "\n  mutation OfficerVerifyCriteria($attestationId: ID!, $codes: [String!]!) {\n    verifyAttestationCriteria(attestationId: $attestationId, codes: $codes) {\n      id\n      status\n    }\n  }\n": typeof types.OfficerVerifyCriteriaDocument,
    "\n  mutation OfficerChallengeAttestation($attestationId: ID!, $reason: String!) {\n    challengeAttestation(attestationId: $attestationId, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.OfficerChallengeAttestationDocument,
    "\n  mutation OfficerAttachChallengeDocument($challengeId: ID!, $documentId: ID!, $visibility: DocumentVisibility!) {\n    attachChallengeDocument(challengeId: $challengeId, documentId: $documentId, visibility: $visibility) {\n      id\n    }\n  }\n": typeof types.OfficerAttachChallengeDocumentDocument,
    "\n  mutation OfficerDetachChallengeDocument($challengeId: ID!, $documentId: ID!) {\n    detachChallengeDocument(challengeId: $challengeId, documentId: $documentId) {\n      id\n    }\n  }\n": typeof types.OfficerDetachChallengeDocumentDocument,
    "\n  query OfficerChallenges($buyerId: ID!) {\n    challenges(first: 100, filter: { buyerId: $buyerId }) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          classification\n          submissionDeadline\n          publishedAt\n        }\n      }\n    }\n  }\n": typeof types.OfficerChallengesDocument,
    "\n  query OfficerChallenge($id: ID!) {\n    challenge(id: $id) {\n      id\n      title\n      status\n      problemStatement\n      tags\n      classification\n      requiredTier\n      trustedJurisdiction\n      smeOnly\n      budget {\n        amountMinor\n        currency\n      }\n      maxContractValue {\n        amountMinor\n        currency\n      }\n      maxAwards\n      evaluatorsPerSubmission\n      blindEvaluation\n      standstillDays\n      submissionDeadline\n      questionsDeadline\n      scoringDeadline\n      publishedAt\n      closedAt\n      awardedAt\n      noAwardReason\n      criteria {\n        id\n        name\n        description\n        weight\n      }\n      amendments {\n        at\n        reason\n      }\n      evaluators {\n        id\n        displayName\n      }\n      evaluatorCandidates {\n        id\n        displayName\n      }\n      documents {\n        ...DocumentFields\n      }\n    }\n  }\n": typeof types.OfficerChallengeDocument,
    "\n  mutation OfficerCreateChallenge($input: CreateChallengeInput!) {\n    createChallenge(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.OfficerCreateChallengeDocument,
    "\n  mutation OfficerUpdateChallenge($id: ID!, $input: UpdateChallengeInput!) {\n    updateChallenge(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.OfficerUpdateChallengeDocument,
    "\n  mutation OfficerPublishChallenge($id: ID!) {\n    publishChallenge(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.OfficerPublishChallengeDocument,
    "\n  mutation OfficerAmendChallenge($id: ID!, $input: AmendChallengeInput!, $reason: String!) {\n    amendChallenge(id: $id, input: $input, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.OfficerAmendChallengeDocument,
    "\n  mutation OfficerCancelChallenge($id: ID!, $reason: String!) {\n    cancelChallenge(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.OfficerCancelChallengeDocument,
    "\n  mutation OfficerInviteEvaluators($id: ID!, $userIds: [ID!]!) {\n    inviteEvaluators(challengeId: $id, userIds: $userIds) {\n      id\n    }\n  }\n": typeof types.OfficerInviteEvaluatorsDocument,
    "\n  query OfficerQuestions($id: ID!) {\n    challenge(id: $id) {\n      id\n      title\n      status\n      questions {\n        id\n        text\n        askedAt\n        answer\n        answeredAt\n        documents {\n          ...DocumentFields\n        }\n      }\n    }\n  }\n": typeof types.OfficerQuestionsDocument,
    "\n  mutation OfficerAnswerQuestion($questionId: ID!, $answer: String!, $documentIds: [ID!]) {\n    answerQuestion(questionId: $questionId, answer: $answer, documentIds: $documentIds) {\n      id\n      answer\n    }\n  }\n": typeof types.OfficerAnswerQuestionDocument,
    "\n  query OfficerEvaluationBoard($id: ID!) {\n    challenge(id: $id) {\n      id\n      title\n      status\n      publishedAt\n      closedAt\n      awardedAt\n      submissionDeadline\n      evaluatorsPerSubmission\n      evaluators {\n        id\n        displayName\n      }\n      evaluationProgress {\n        submissions\n        screened\n        eligible\n        screenedOut\n        assignments\n        scoredAssignments\n        awaitingModeration\n        evaluated\n        missingEvaluators\n        overdueAssignments\n        screenedAt\n        assignedAt\n        scoredAt\n        rankedAt\n        evaluators {\n          evaluatorId\n          pending\n          accepted\n          scored\n          conflictDeclared\n          withdrawn\n          overdue\n        }\n      }\n      submissions {\n        id\n        status\n        submittedAt\n        vendor {\n          id\n          name\n        }\n        screening {\n          eligible\n          reasons\n          tier\n        }\n      }\n    }\n  }\n": typeof types.OfficerEvaluationBoardDocument,
    "\n  query OfficerModeration($id: ID!) {\n    challenge(id: $id) {\n      id\n      title\n      status\n      criteria {\n        id\n        name\n        weight\n      }\n      submissions {\n        id\n        status\n        vendor {\n          id\n          name\n        }\n        result {\n          needsModeration\n          totalScore\n          criteria {\n            criterion {\n              id\n              name\n            }\n            mean\n            spread\n            consensus\n          }\n        }\n      }\n    }\n  }\n": typeof types.OfficerModerationDocument,
    "\n  mutation OfficerModerateSubmission($submissionId: ID!, $scores: [ScoreInput!]!, $rationale: String!) {\n    moderateSubmission(submissionId: $submissionId, scores: $scores, rationale: $rationale) {\n      id\n      status\n    }\n  }\n": typeof types.OfficerModerateSubmissionDocument,
    "\n  query OfficerRanking($id: ID!) {\n    challenge(id: $id) {\n      id\n      title\n      status\n      requiredTier\n      maxAwards\n      awardedAt\n      noAwardReason\n      budget {\n        amountMinor\n        currency\n      }\n      ranking {\n        rank\n        totalScore\n        recommended\n        submission {\n          id\n          status\n          price {\n            amountMinor\n            currency\n          }\n          vendor {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.OfficerRankingDocument,
    "\n  mutation OfficerApproveAward($challengeId: ID!, $submissionIds: [ID!]!, $justification: String) {\n    approveAward(challengeId: $challengeId, submissionIds: $submissionIds, justification: $justification) {\n      id\n      status\n    }\n  }\n": typeof types.OfficerApproveAwardDocument,
    "\n  query OfficerRankedAttestations($id: ID!) {\n    challenge(id: $id) {\n      id\n      ranking {\n        submission {\n          id\n          vendor {\n            id\n            name\n          }\n          attestation {\n            id\n            version\n            status\n            signatoryName\n            signedAt\n            answers {\n              code\n              value\n              evidence\n              verified\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.OfficerRankedAttestationsDocument,
};
const documents: Documents = {
    "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      user {\n        displayName\n        email\n        roles\n        organisation {\n          id\n          name\n          smeClass\n        }\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation RegisterVendor($input: RegisterVendorInput!) {\n    registerVendor(input: $input) {\n      accessToken\n      user {\n        displayName\n        email\n        roles\n        organisation {\n          id\n          name\n          smeClass\n        }\n      }\n    }\n  }\n": types.RegisterVendorDocument,
    "\n  fragment DocumentFields on Document {\n    id\n    name\n    mediaType\n    sizeBytes\n    sha256\n    scanStatus\n    visibility\n    downloadPath\n  }\n": types.DocumentFieldsFragmentDoc,
    "\n  query MyContracts {\n    contracts {\n      id\n      phase\n      title\n      status\n      issuedAt\n      signedAt\n      value {\n        amountMinor\n        currency\n      }\n      challenge {\n        id\n        title\n      }\n    }\n  }\n": types.MyContractsDocument,
    "\n  query ContractMilestones($id: ID!) {\n    contract(id: $id) {\n      id\n      milestones {\n        id\n        title\n        status\n        dueDate\n        rejectionReason\n        deliveredAt\n        acceptedAt\n        paidAt\n        amount {\n          amountMinor\n          currency\n        }\n        documents {\n          ...DocumentFields\n        }\n      }\n    }\n  }\n": types.ContractMilestonesDocument,
    "\n  mutation SignContract($id: ID!) {\n    signContract(id: $id) {\n      id\n      status\n      signedAt\n    }\n  }\n": types.SignContractDocument,
    "\n  mutation DeliverMilestone($id: ID!, $evidence: String!, $documentIds: [ID!]) {\n    deliverMilestone(id: $id, evidence: $evidence, documentIds: $documentIds) {\n      id\n      status\n    }\n  }\n": types.DeliverMilestoneDocument,
    "\n  query PublicMetrics {\n    procurementMetrics {\n      challengesPublished\n      challengesAwarded\n      medianDaysPublishToAward\n      medianDaysAwardToSignature\n      medianDaysDeliveryToPayment\n      smeAwardValueShare\n      firstTimeVendorShare\n    }\n  }\n": types.PublicMetricsDocument,
    "\n  query MySubmissions {\n    mySubmissions {\n      id\n      status\n      summary\n      submittedAt\n      durationDays\n      price {\n        amountMinor\n        currency\n      }\n      challenge {\n        id\n        title\n        status\n        submissionDeadline\n      }\n      screening {\n        eligible\n        reasons\n        tier\n        screenedAt\n      }\n      debrief {\n        score\n        justification\n        criterion {\n          name\n          weight\n        }\n      }\n    }\n  }\n": types.MySubmissionsDocument,
    "\n  query SubmissionDocuments($id: ID!) {\n    submission(id: $id) {\n      id\n      documents {\n        ...DocumentFields\n      }\n    }\n  }\n": types.SubmissionDocumentsDocument,
    "\n  query AdminOrganisations {\n    organisations {\n      id\n      name\n      kind\n      country\n      suspension {\n        since\n      }\n    }\n  }\n": types.AdminOrganisationsDocument,
    "\n  query AdminUsers($organisationId: ID!) {\n    users(organisationId: $organisationId) {\n      id\n      displayName\n      email\n      roles\n      disabledAt\n    }\n  }\n": types.AdminUsersDocument,
    "\n  mutation AdminCreateOrganisation($input: CreateBuyerOrganisationInput!) {\n    createBuyerOrganisation(input: $input) {\n      id\n      name\n    }\n  }\n": types.AdminCreateOrganisationDocument,
    "\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      displayName\n    }\n  }\n": types.AdminCreateUserDocument,
    "\n  query SovereigntyCriteria {\n    sovereigntyCriteria {\n      code\n      pillar\n      question\n      answerType\n      options\n    }\n  }\n": types.SovereigntyCriteriaDocument,
    "\n  query MyAttestation {\n    myAttestation {\n      id\n      version\n      status\n      signedAt\n      expiresAt\n      signatoryName\n      hash\n      answers {\n        code\n        value\n        documents {\n          ...DocumentFields\n        }\n      }\n      nato: assessment(trusted: NATO) {\n        tier\n        gaps {\n          code\n          tier\n          reason\n        }\n      }\n      euEea: assessment(trusted: EU_EEA) {\n        tier\n        gaps {\n          code\n          tier\n          reason\n        }\n      }\n    }\n  }\n": types.MyAttestationDocument,
    "\n  mutation SubmitAttestation($input: SubmitAttestationInput!) {\n    submitAttestation(input: $input) {\n      id\n      version\n    }\n  }\n": types.SubmitAttestationDocument,
    "\n  query AttestationHistory {\n    myAttestationHistory {\n      id\n      version\n      status\n      signedAt\n      signatoryName\n      hash\n    }\n  }\n": types.AttestationHistoryDocument,
    "\n  query AuditTrail($entityType: String!, $entityId: String!) {\n    auditTrail(entityType: $entityType, entityId: $entityId) {\n      seq\n      at\n      action\n      actorId\n      entityType\n      entityId\n      data\n      hash\n      prevHash\n    }\n  }\n": types.AuditTrailDocument,
    "\n  query VerifyAuditChain {\n    verifyAuditChain {\n      valid\n      checkedEvents\n      firstBrokenSeq\n    }\n  }\n": types.VerifyAuditChainDocument,
    "\n  query BidContext($challengeId: ID!) {\n    challenge(id: $challengeId) {\n      id\n      title\n      status\n      submissionDeadline\n      budget {\n        amountMinor\n        currency\n      }\n      maxContractValue {\n        amountMinor\n        currency\n      }\n    }\n    eligibility(challengeId: $challengeId) {\n      eligible\n      reasons\n      tier\n    }\n    mySubmissions {\n      id\n      status\n      summary\n      technicalApproach\n      durationDays\n      price {\n        amountMinor\n        currency\n      }\n      challenge {\n        id\n      }\n      documents {\n        ...DocumentFields\n      }\n    }\n  }\n": types.BidContextDocument,
    "\n  mutation SubmitProposal($input: SubmitProposalInput!) {\n    submitProposal(input: $input) {\n      id\n      status\n      submittedAt\n    }\n  }\n": types.SubmitProposalDocument,
    "\n  mutation WithdrawSubmission($id: ID!) {\n    withdrawSubmission(id: $id) {\n      id\n      status\n    }\n  }\n": types.WithdrawSubmissionDocument,
    "\n  query ChallengeList($filter: ChallengeFilter, $first: Int) {\n    challenges(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          tags\n          classification\n          requiredTier\n          trustedJurisdiction\n          smeOnly\n          submissionDeadline\n          budget {\n            amountMinor\n            currency\n          }\n        }\n      }\n    }\n  }\n": types.ChallengeListDocument,
    "\n  query Eligibility($challengeId: ID!) {\n    eligibility(challengeId: $challengeId) {\n      eligible\n      reasons\n      tier\n    }\n  }\n": types.EligibilityDocument,
    "\n  query ChallengeDetail($id: ID!) {\n    challenge(id: $id) {\n      id\n      title\n      status\n      problemStatement\n      tags\n      classification\n      requiredTier\n      trustedJurisdiction\n      smeOnly\n      maxAwards\n      publishedAt\n      questionsDeadline\n      submissionDeadline\n      buyer {\n        name\n      }\n      budget {\n        amountMinor\n        currency\n      }\n      maxContractValue {\n        amountMinor\n        currency\n      }\n      criteria {\n        id\n        name\n        description\n        weight\n      }\n      amendments {\n        at\n        reason\n      }\n      documents {\n        ...DocumentFields\n      }\n      questions {\n        id\n        text\n        askedAt\n        answer\n        answeredAt\n        documents {\n          ...DocumentFields\n        }\n      }\n    }\n  }\n": types.ChallengeDetailDocument,
    "\n  mutation AskQuestion($challengeId: ID!, $text: String!) {\n    askQuestion(challengeId: $challengeId, text: $text) {\n      id\n    }\n  }\n": types.AskQuestionDocument,
    "\n  query EvaluatorAssignments {\n    myAssignments {\n      id\n      status\n      submission {\n        id\n        vendor {\n          id\n          name\n        }\n        challenge {\n          id\n          title\n          blindEvaluation\n          scoringDeadline\n        }\n      }\n    }\n  }\n": types.EvaluatorAssignmentsDocument,
    "\n  query EvaluatorAssignmentScores {\n    myAssignments {\n      id\n      status\n      scores {\n        criterion {\n          id\n        }\n        score\n        justification\n      }\n      submission {\n        id\n      }\n    }\n  }\n": types.EvaluatorAssignmentScoresDocument,
    "\n  query ScoredSubmission($id: ID!) {\n    submission(id: $id) {\n      id\n      summary\n      technicalApproach\n      durationDays\n      price {\n        amountMinor\n        currency\n      }\n      vendor {\n        id\n        name\n      }\n      challenge {\n        id\n        title\n        blindEvaluation\n        scoringDeadline\n        criteria {\n          id\n          name\n          description\n          weight\n        }\n      }\n    }\n  }\n": types.ScoredSubmissionDocument,
    "\n  mutation EvaluatorAcceptAssignment($id: ID!) {\n    acceptAssignment(id: $id) {\n      id\n      status\n    }\n  }\n": types.EvaluatorAcceptAssignmentDocument,
    "\n  mutation EvaluatorDeclareConflict($id: ID!, $reason: String!) {\n    declareConflict(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.EvaluatorDeclareConflictDocument,
    "\n  mutation EvaluatorSubmitScores($id: ID!, $scores: [ScoreInput!]!) {\n    submitScores(assignmentId: $id, scores: $scores) {\n      id\n      status\n    }\n  }\n": types.EvaluatorSubmitScoresDocument,
    "\n  query MyNotificationPreferences {\n    notificationPreferences {\n      kind\n      email\n    }\n  }\n": types.MyNotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($kind: NotificationKind!, $email: EmailDelivery!) {\n    setNotificationPreference(kind: $kind, email: $email) {\n      kind\n      email\n    }\n  }\n": types.SetNotificationPreferenceDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  query MyNotifications($first: Int, $unreadOnly: Boolean) {\n    notifications(first: $first, unreadOnly: $unreadOnly) {\n      totalCount\n      unreadCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          link\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n": types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {\n    markNotificationsRead(ids: $ids, all: $all)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  mutation RegisterWebhook($url: String!, $events: [NotificationKind!]!) {\n    registerWebhook(url: $url, events: $events) {\n      secret\n      webhook {\n        id\n        url\n      }\n    }\n  }\n": types.RegisterWebhookDocument,
    "\n  mutation SaveSearch($name: String!, $filter: ChallengeFilter!) {\n    saveSearch(name: $name, filter: $filter) {\n      id\n      name\n    }\n  }\n": types.SaveSearchDocument,
    "\n  query MySavedSearches {\n    savedSearches {\n      id\n      name\n      createdAt\n    }\n  }\n": types.MySavedSearchesDocument,
    "\n  mutation DeleteSavedSearch($id: ID!) {\n    deleteSavedSearch(id: $id)\n  }\n": types.DeleteSavedSearchDocument,
    "\n  query WebhookDeliveries($webhookId: ID!) {\n    webhookDeliveries(webhookId: $webhookId, first: 20) {\n      id\n      kind\n      status\n      attempts\n      lastStatusCode\n      lastError\n      createdAt\n    }\n  }\n": types.WebhookDeliveriesDocument,
    "\n  query MyWebhooks {\n    webhooks {\n      id\n      url\n      events\n      enabled\n      failureCount\n      createdAt\n      disabledAt\n    }\n  }\n": types.MyWebhooksDocument,
    "\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n": types.DeleteWebhookDocument,
    "\n  query BuyerContracts {\n    contracts {\n      id\n      phase\n      title\n      status\n      issuedAt\n      signedAt\n      value {\n        amountMinor\n        currency\n      }\n      vendor {\n        id\n        name\n      }\n      challenge {\n        id\n        title\n      }\n    }\n  }\n": types.BuyerContractsDocument,
    "\n  query BuyerContractDetail($id: ID!) {\n    contract(id: $id) {\n      id\n      parent {\n        id\n        title\n      }\n      followOns {\n        id\n        title\n        status\n      }\n      milestones {\n        id\n        title\n        status\n        dueDate\n        evidence\n        rejectionReason\n        deliveredAt\n        acceptedAt\n        paidAt\n        amount {\n          amountMinor\n          currency\n        }\n      }\n      submission {\n        id\n        attestation {\n          id\n          version\n          status\n          signatoryName\n          signedAt\n          answers {\n            code\n            value\n            evidence\n            verified\n          }\n        }\n      }\n    }\n  }\n": types.BuyerContractDetailDocument,
    "\n  mutation OfficerAcceptMilestone($id: ID!) {\n    acceptMilestone(id: $id) {\n      id\n      status\n    }\n  }\n": types.OfficerAcceptMilestoneDocument,
    "\n  mutation OfficerRejectMilestone($id: ID!, $reason: String!) {\n    rejectMilestone(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.OfficerRejectMilestoneDocument,
    "\n  mutation OfficerRecordPayment($id: ID!) {\n    recordMilestonePayment(id: $id) {\n      id\n      status\n      paidAt\n    }\n  }\n": types.OfficerRecordPaymentDocument,
    "\n  mutation OfficerTerminateContract($id: ID!, $reason: String!) {\n    terminateContract(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.OfficerTerminateContractDocument,
    "\n  mutation OfficerIssueFollowOn($parentId: ID!, $input: FollowOnInput!) {\n    issueFollowOn(parentId: $parentId, input: $input) {\n      id\n      title\n      status\n    }\n  }\n": types.OfficerIssueFollowOnDocument,
    "\n  mutation OfficerVerifyCriteria($attestationId: ID!, $codes: [String!]!) {\n    verifyAttestationCriteria(attestationId: $attestationId, codes: $codes) {\n      id\n      status\n    }\n  }\n": types.OfficerVerifyCriteriaDocument,
    "\n  mutation OfficerChallengeAttestation($attestationId: ID!, $reason: String!) {\n    challengeAttestation(attestationId: $attestationId, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.OfficerChallengeAttestationDocument,
    "\n  mutation OfficerAttachChallengeDocument($challengeId: ID!, $documentId: ID!, $visibility: DocumentVisibility!) {\n    attachChallengeDocument(challengeId: $challengeId, documentId: $documentId, visibility: $visibility) {\n      id\n    }\n  }\n": types.OfficerAttachChallengeDocumentDocument,
    "\n  mutation OfficerDetachChallengeDocument($challengeId: ID!, $documentId: ID!) {\n    detachChallengeDocument(challengeId: $challengeId, documentId: $documentId) {\n      id\n    }\n  }\n": types.OfficerDetachChallengeDocumentDocument,
    "\n  query OfficerChallenges($buyerId: ID!) {\n    challenges(first: 100, filter: { buyerId: $buyerId }) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          classification\n          submissionDeadline\n          publishedAt\n        }\n      }\n    }\n  }\n": types.OfficerChallengesDocument,
    "\n  query OfficerChallenge($id: ID!) {\n    challenge(id: $id) {\n      id\n      title\n      status\n      problemStatement\n      tags\n      classification\n      requiredTier\n      trustedJurisdiction\n      smeOnly\n      budget {\n        amountMinor\n        currency\n      }\n      maxContractValue {\n        amountMinor\n        currency\n      }\n      maxAwards\n      evaluatorsPerSubmission\n      blindEvaluation\n      standstillDays\n      submissionDeadline\n      questionsDeadline\n      scoringDeadline\n      publishedAt\n      closedAt\n      awardedAt\n      noAwardReason\n      criteria {\n        id\n        name\n        description\n        weight\n      }\n      amendments {\n        at\n        reason\n      }\n      evaluators {\n        id\n        displayName\n      }\n      evaluatorCandidates {\n        id\n        displayName\n      }\n      documents {\n        ...DocumentFields\n      }\n    }\n  }\n": types.OfficerChallengeDocument,
    "\n  mutation OfficerCreateChallenge($input: CreateChallengeInput!) {\n    createChallenge(input: $input) {\n      id\n      status\n    }\n  }\n": types.OfficerCreateChallengeDocument,
    "\n  mutation OfficerUpdateChallenge($id: ID!, $input: UpdateChallengeInput!) {\n    updateChallenge(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": types.OfficerUpdateChallengeDocument,
    "\n  mutation OfficerPublishChallenge($id: ID!) {\n    publishChallenge(id: $id) {\n      id\n      status\n    }\n  }\n": types.OfficerPublishChallengeDocument,
    "\n  mutation OfficerAmendChallenge($id: ID!, $input: AmendChallengeInput!, $reason: String!) {\n    amendChallenge(id: $id, input: $input, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.OfficerAmendChallengeDocument,
    "\n  mutation OfficerCancelChallenge($id: ID!, $reason: String!) {\n    cancelChallenge(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.OfficerCancelChallengeDocument,
    "\n  mutation OfficerInviteEvaluators($id: ID!, $userIds: [ID!]!) {\n    inviteEvaluators(challengeId: $id, userIds: $userIds) {\n      id\n    }\n  }\n": types.OfficerInviteEvaluatorsDocument,
    "\n  query OfficerQuestions($id: ID!) {\n    challenge(id: $id) {\n      id\n      title\n      status\n      questions {\n        id\n        text\n        askedAt\n        answer\n        answeredAt\n        documents {\n          ...DocumentFields\n        }\n      }\n    }\n  }\n": types.OfficerQuestionsDocument,
    "\n  mutation OfficerAnswerQuestion($questionId: ID!, $answer: String!, $documentIds: [ID!]) {\n    answerQuestion(questionId: $questionId, answer: $answer, documentIds: $documentIds) {\n      id\n      answer\n    }\n  }\n": types.OfficerAnswerQuestionDocument,
    "\n  query OfficerEvaluationBoard($id: ID!) {\n    challenge(id: $id) {\n      id\n      title\n      status\n      publishedAt\n      closedAt\n      awardedAt\n      submissionDeadline\n      evaluatorsPerSubmission\n      evaluators {\n        id\n        displayName\n      }\n      evaluationProgress {\n        submissions\n        screened\n        eligible\n        screenedOut\n        assignments\n        scoredAssignments\n        awaitingModeration\n        evaluated\n        missingEvaluators\n        overdueAssignments\n        screenedAt\n        assignedAt\n        scoredAt\n        rankedAt\n        evaluators {\n          evaluatorId\n          pending\n          accepted\n          scored\n          conflictDeclared\n          withdrawn\n          overdue\n        }\n      }\n      submissions {\n        id\n        status\n        submittedAt\n        vendor {\n          id\n          name\n        }\n        screening {\n          eligible\n          reasons\n          tier\n        }\n      }\n    }\n  }\n": types.OfficerEvaluationBoardDocument,
    "\n  query OfficerModeration($id: ID!) {\n    challenge(id: $id) {\n      id\n      title\n      status\n      criteria {\n        id\n        name\n        weight\n      }\n      submissions {\n        id\n        status\n        vendor {\n          id\n          name\n        }\n        result {\n          needsModeration\n          totalScore\n          criteria {\n            criterion {\n              id\n              name\n            }\n            mean\n            spread\n            consensus\n          }\n        }\n      }\n    }\n  }\n": types.OfficerModerationDocument,
    "\n  mutation OfficerModerateSubmission($submissionId: ID!, $scores: [ScoreInput!]!, $rationale: String!) {\n    moderateSubmission(submissionId: $submissionId, scores: $scores, rationale: $rationale) {\n      id\n      status\n    }\n  }\n": types.OfficerModerateSubmissionDocument,
    "\n  query OfficerRanking($id: ID!) {\n    challenge(id: $id) {\n      id\n      title\n      status\n      requiredTier\n      maxAwards\n      awardedAt\n      noAwardReason\n      budget {\n        amountMinor\n        currency\n      }\n      ranking {\n        rank\n        totalScore\n        recommended\n        submission {\n          id\n          status\n          price {\n            amountMinor\n            currency\n          }\n          vendor {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.OfficerRankingDocument,
    "\n  mutation OfficerApproveAward($challengeId: ID!, $submissionIds: [ID!]!, $justification: String) {\n    approveAward(challengeId: $challengeId, submissionIds: $submissionIds, justification: $justification) {\n      id\n      status\n    }\n  }\n": types.OfficerApproveAwardDocument,
    "\n  query OfficerRankedAttestations($id: ID!) {\n    challenge(id: $id) {\n      id\n      ranking {\n        submission {\n          id\n          vendor {\n            id\n            name\n          }\n          attestation {\n            id\n            version\n            status\n            signatoryName\n            signedAt\n            answers {\n              code\n              value\n              evidence\n              verified\n            }\n          }\n        }\n      }\n    }\n  }\n": types.OfficerRankedAttestationsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      user {\n        displayName\n        email\n        roles\n        organisation {\n          id\n          name\n          smeClass\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterVendor($input: RegisterVendorInput!) {\n    registerVendor(input: $input) {\n      accessToken\n      user {\n        displayName\n        email\n        roles\n        organisation {\n          id\n          name\n          smeClass\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RegisterVendorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DocumentFields on Document {\n    id\n    name\n    mediaType\n    sizeBytes\n    sha256\n    scanStatus\n    visibility\n    downloadPath\n  }\n"): typeof import('./graphql').DocumentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyContracts {\n    contracts {\n      id\n      phase\n      title\n      status\n      issuedAt\n      signedAt\n      value {\n        amountMinor\n        currency\n      }\n      challenge {\n        id\n        title\n      }\n    }\n  }\n"): typeof import('./graphql').MyContractsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractMilestones($id: ID!) {\n    contract(id: $id) {\n      id\n      milestones {\n        id\n        title\n        status\n        dueDate\n        rejectionReason\n        deliveredAt\n        acceptedAt\n        paidAt\n        amount {\n          amountMinor\n          currency\n        }\n        documents {\n          ...DocumentFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ContractMilestonesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignContract($id: ID!) {\n    signContract(id: $id) {\n      id\n      status\n      signedAt\n    }\n  }\n"): typeof import('./graphql').SignContractDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeliverMilestone($id: ID!, $evidence: String!, $documentIds: [ID!]) {\n    deliverMilestone(id: $id, evidence: $evidence, documentIds: $documentIds) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').DeliverMilestoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicMetrics {\n    procurementMetrics {\n      challengesPublished\n      challengesAwarded\n      medianDaysPublishToAward\n      medianDaysAwardToSignature\n      medianDaysDeliveryToPayment\n      smeAwardValueShare\n      firstTimeVendorShare\n    }\n  }\n"): typeof import('./graphql').PublicMetricsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySubmissions {\n    mySubmissions {\n      id\n      status\n      summary\n      submittedAt\n      durationDays\n      price {\n        amountMinor\n        currency\n      }\n      challenge {\n        id\n        title\n        status\n        submissionDeadline\n      }\n      screening {\n        eligible\n        reasons\n        tier\n        screenedAt\n      }\n      debrief {\n        score\n        justification\n        criterion {\n          name\n          weight\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MySubmissionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubmissionDocuments($id: ID!) {\n    submission(id: $id) {\n      id\n      documents {\n        ...DocumentFields\n      }\n    }\n  }\n"): typeof import('./graphql').SubmissionDocumentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrganisations {\n    organisations {\n      id\n      name\n      kind\n      country\n      suspension {\n        since\n      }\n    }\n  }\n"): typeof import('./graphql').AdminOrganisationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers($organisationId: ID!) {\n    users(organisationId: $organisationId) {\n      id\n      displayName\n      email\n      roles\n      disabledAt\n    }\n  }\n"): typeof import('./graphql').AdminUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateOrganisation($input: CreateBuyerOrganisationInput!) {\n    createBuyerOrganisation(input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').AdminCreateOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      displayName\n    }\n  }\n"): typeof import('./graphql').AdminCreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SovereigntyCriteria {\n    sovereigntyCriteria {\n      code\n      pillar\n      question\n      answerType\n      options\n    }\n  }\n"): typeof import('./graphql').SovereigntyCriteriaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAttestation {\n    myAttestation {\n      id\n      version\n      status\n      signedAt\n      expiresAt\n      signatoryName\n      hash\n      answers {\n        code\n        value\n        documents {\n          ...DocumentFields\n        }\n      }\n      nato: assessment(trusted: NATO) {\n        tier\n        gaps {\n          code\n          tier\n          reason\n        }\n      }\n      euEea: assessment(trusted: EU_EEA) {\n        tier\n        gaps {\n          code\n          tier\n          reason\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyAttestationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitAttestation($input: SubmitAttestationInput!) {\n    submitAttestation(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').SubmitAttestationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttestationHistory {\n    myAttestationHistory {\n      id\n      version\n      status\n      signedAt\n      signatoryName\n      hash\n    }\n  }\n"): typeof import('./graphql').AttestationHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditTrail($entityType: String!, $entityId: String!) {\n    auditTrail(entityType: $entityType, entityId: $entityId) {\n      seq\n      at\n      action\n      actorId\n      entityType\n      entityId\n      data\n      hash\n      prevHash\n    }\n  }\n"): typeof import('./graphql').AuditTrailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyAuditChain {\n    verifyAuditChain {\n      valid\n      checkedEvents\n      firstBrokenSeq\n    }\n  }\n"): typeof import('./graphql').VerifyAuditChainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BidContext($challengeId: ID!) {\n    challenge(id: $challengeId) {\n      id\n      title\n      status\n      submissionDeadline\n      budget {\n        amountMinor\n        currency\n      }\n      maxContractValue {\n        amountMinor\n        currency\n      }\n    }\n    eligibility(challengeId: $challengeId) {\n      eligible\n      reasons\n      tier\n    }\n    mySubmissions {\n      id\n      status\n      summary\n      technicalApproach\n      durationDays\n      price {\n        amountMinor\n        currency\n      }\n      challenge {\n        id\n      }\n      documents {\n        ...DocumentFields\n      }\n    }\n  }\n"): typeof import('./graphql').BidContextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitProposal($input: SubmitProposalInput!) {\n    submitProposal(input: $input) {\n      id\n      status\n      submittedAt\n    }\n  }\n"): typeof import('./graphql').SubmitProposalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawSubmission($id: ID!) {\n    withdrawSubmission(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').WithdrawSubmissionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChallengeList($filter: ChallengeFilter, $first: Int) {\n    challenges(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          tags\n          classification\n          requiredTier\n          trustedJurisdiction\n          smeOnly\n          submissionDeadline\n          budget {\n            amountMinor\n            currency\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ChallengeListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Eligibility($challengeId: ID!) {\n    eligibility(challengeId: $challengeId) {\n      eligible\n      reasons\n      tier\n    }\n  }\n"): typeof import('./graphql').EligibilityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChallengeDetail($id: ID!) {\n    challenge(id: $id) {\n      id\n      title\n      status\n      problemStatement\n      tags\n      classification\n      requiredTier\n      trustedJurisdiction\n      smeOnly\n      maxAwards\n      publishedAt\n      questionsDeadline\n      submissionDeadline\n      buyer {\n        name\n      }\n      budget {\n        amountMinor\n        currency\n      }\n      maxContractValue {\n        amountMinor\n        currency\n      }\n      criteria {\n        id\n        name\n        description\n        weight\n      }\n      amendments {\n        at\n        reason\n      }\n      documents {\n        ...DocumentFields\n      }\n      questions {\n        id\n        text\n        askedAt\n        answer\n        answeredAt\n        documents {\n          ...DocumentFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ChallengeDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AskQuestion($challengeId: ID!, $text: String!) {\n    askQuestion(challengeId: $challengeId, text: $text) {\n      id\n    }\n  }\n"): typeof import('./graphql').AskQuestionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvaluatorAssignments {\n    myAssignments {\n      id\n      status\n      submission {\n        id\n        vendor {\n          id\n          name\n        }\n        challenge {\n          id\n          title\n          blindEvaluation\n          scoringDeadline\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EvaluatorAssignmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvaluatorAssignmentScores {\n    myAssignments {\n      id\n      status\n      scores {\n        criterion {\n          id\n        }\n        score\n        justification\n      }\n      submission {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').EvaluatorAssignmentScoresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScoredSubmission($id: ID!) {\n    submission(id: $id) {\n      id\n      summary\n      technicalApproach\n      durationDays\n      price {\n        amountMinor\n        currency\n      }\n      vendor {\n        id\n        name\n      }\n      challenge {\n        id\n        title\n        blindEvaluation\n        scoringDeadline\n        criteria {\n          id\n          name\n          description\n          weight\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ScoredSubmissionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvaluatorAcceptAssignment($id: ID!) {\n    acceptAssignment(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').EvaluatorAcceptAssignmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvaluatorDeclareConflict($id: ID!, $reason: String!) {\n    declareConflict(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').EvaluatorDeclareConflictDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvaluatorSubmitScores($id: ID!, $scores: [ScoreInput!]!) {\n    submitScores(assignmentId: $id, scores: $scores) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').EvaluatorSubmitScoresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotificationPreferences {\n    notificationPreferences {\n      kind\n      email\n    }\n  }\n"): typeof import('./graphql').MyNotificationPreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationPreference($kind: NotificationKind!, $email: EmailDelivery!) {\n    setNotificationPreference(kind: $kind, email: $email) {\n      kind\n      email\n    }\n  }\n"): typeof import('./graphql').SetNotificationPreferenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): typeof import('./graphql').UnreadNotificationCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotifications($first: Int, $unreadOnly: Boolean) {\n    notifications(first: $first, unreadOnly: $unreadOnly) {\n      totalCount\n      unreadCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          link\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyNotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) {\n    markNotificationsRead(ids: $ids, all: $all)\n  }\n"): typeof import('./graphql').MarkNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterWebhook($url: String!, $events: [NotificationKind!]!) {\n    registerWebhook(url: $url, events: $events) {\n      secret\n      webhook {\n        id\n        url\n      }\n    }\n  }\n"): typeof import('./graphql').RegisterWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveSearch($name: String!, $filter: ChallengeFilter!) {\n    saveSearch(name: $name, filter: $filter) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').SaveSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySavedSearches {\n    savedSearches {\n      id\n      name\n      createdAt\n    }\n  }\n"): typeof import('./graphql').MySavedSearchesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSavedSearch($id: ID!) {\n    deleteSavedSearch(id: $id)\n  }\n"): typeof import('./graphql').DeleteSavedSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookDeliveries($webhookId: ID!) {\n    webhookDeliveries(webhookId: $webhookId, first: 20) {\n      id\n      kind\n      status\n      attempts\n      lastStatusCode\n      lastError\n      createdAt\n    }\n  }\n"): typeof import('./graphql').WebhookDeliveriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyWebhooks {\n    webhooks {\n      id\n      url\n      events\n      enabled\n      failureCount\n      createdAt\n      disabledAt\n    }\n  }\n"): typeof import('./graphql').MyWebhooksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n"): typeof import('./graphql').DeleteWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BuyerContracts {\n    contracts {\n      id\n      phase\n      title\n      status\n      issuedAt\n      signedAt\n      value {\n        amountMinor\n        currency\n      }\n      vendor {\n        id\n        name\n      }\n      challenge {\n        id\n        title\n      }\n    }\n  }\n"): typeof import('./graphql').BuyerContractsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BuyerContractDetail($id: ID!) {\n    contract(id: $id) {\n      id\n      parent {\n        id\n        title\n      }\n      followOns {\n        id\n        title\n        status\n      }\n      milestones {\n        id\n        title\n        status\n        dueDate\n        evidence\n        rejectionReason\n        deliveredAt\n        acceptedAt\n        paidAt\n        amount {\n          amountMinor\n          currency\n        }\n      }\n      submission {\n        id\n        attestation {\n          id\n          version\n          status\n          signatoryName\n          signedAt\n          answers {\n            code\n            value\n            evidence\n            verified\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').BuyerContractDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfficerAcceptMilestone($id: ID!) {\n    acceptMilestone(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').OfficerAcceptMilestoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfficerRejectMilestone($id: ID!, $reason: String!) {\n    rejectMilestone(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').OfficerRejectMilestoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfficerRecordPayment($id: ID!) {\n    recordMilestonePayment(id: $id) {\n      id\n      status\n      paidAt\n    }\n  }\n"): typeof import('./graphql').OfficerRecordPaymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfficerTerminateContract($id: ID!, $reason: String!) {\n    terminateContract(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').OfficerTerminateContractDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfficerIssueFollowOn($parentId: ID!, $input: FollowOnInput!) {\n    issueFollowOn(parentId: $parentId, input: $input) {\n      id\n      title\n      status\n    }\n  }\n"): typeof import('./graphql').OfficerIssueFollowOnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfficerVerifyCriteria($attestationId: ID!, $codes: [String!]!) {\n    verifyAttestationCriteria(attestationId: $attestationId, codes: $codes) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').OfficerVerifyCriteriaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfficerChallengeAttestation($attestationId: ID!, $reason: String!) {\n    challengeAttestation(attestationId: $attestationId, reason: $reason) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').OfficerChallengeAttestationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfficerAttachChallengeDocument($challengeId: ID!, $documentId: ID!, $visibility: DocumentVisibility!) {\n    attachChallengeDocument(challengeId: $challengeId, documentId: $documentId, visibility: $visibility) {\n      id\n    }\n  }\n"): typeof import('./graphql').OfficerAttachChallengeDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfficerDetachChallengeDocument($challengeId: ID!, $documentId: ID!) {\n    detachChallengeDocument(challengeId: $challengeId, documentId: $documentId) {\n      id\n    }\n  }\n"): typeof import('./graphql').OfficerDetachChallengeDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficerChallenges($buyerId: ID!) {\n    challenges(first: 100, filter: { buyerId: $buyerId }) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          classification\n          submissionDeadline\n          publishedAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OfficerChallengesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficerChallenge($id: ID!) {\n    challenge(id: $id) {\n      id\n      title\n      status\n      problemStatement\n      tags\n      classification\n      requiredTier\n      trustedJurisdiction\n      smeOnly\n      budget {\n        amountMinor\n        currency\n      }\n      maxContractValue {\n        amountMinor\n        currency\n      }\n      maxAwards\n      evaluatorsPerSubmission\n      blindEvaluation\n      standstillDays\n      submissionDeadline\n      questionsDeadline\n      scoringDeadline\n      publishedAt\n      closedAt\n      awardedAt\n      noAwardReason\n      criteria {\n        id\n        name\n        description\n        weight\n      }\n      amendments {\n        at\n        reason\n      }\n      evaluators {\n        id\n        displayName\n      }\n      evaluatorCandidates {\n        id\n        displayName\n      }\n      documents {\n        ...DocumentFields\n      }\n    }\n  }\n"): typeof import('./graphql').OfficerChallengeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfficerCreateChallenge($input: CreateChallengeInput!) {\n    createChallenge(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').OfficerCreateChallengeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfficerUpdateChallenge($id: ID!, $input: UpdateChallengeInput!) {\n    updateChallenge(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').OfficerUpdateChallengeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfficerPublishChallenge($id: ID!) {\n    publishChallenge(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').OfficerPublishChallengeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfficerAmendChallenge($id: ID!, $input: AmendChallengeInput!, $reason: String!) {\n    amendChallenge(id: $id, input: $input, reason: $reason) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').OfficerAmendChallengeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfficerCancelChallenge($id: ID!, $reason: String!) {\n    cancelChallenge(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').OfficerCancelChallengeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfficerInviteEvaluators($id: ID!, $userIds: [ID!]!) {\n    inviteEvaluators(challengeId: $id, userIds: $userIds) {\n      id\n    }\n  }\n"): typeof import('./graphql').OfficerInviteEvaluatorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficerQuestions($id: ID!) {\n    challenge(id: $id) {\n      id\n      title\n      status\n      questions {\n        id\n        text\n        askedAt\n        answer\n        answeredAt\n        documents {\n          ...DocumentFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OfficerQuestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfficerAnswerQuestion($questionId: ID!, $answer: String!, $documentIds: [ID!]) {\n    answerQuestion(questionId: $questionId, answer: $answer, documentIds: $documentIds) {\n      id\n      answer\n    }\n  }\n"): typeof import('./graphql').OfficerAnswerQuestionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficerEvaluationBoard($id: ID!) {\n    challenge(id: $id) {\n      id\n      title\n      status\n      publishedAt\n      closedAt\n      awardedAt\n      submissionDeadline\n      evaluatorsPerSubmission\n      evaluators {\n        id\n        displayName\n      }\n      evaluationProgress {\n        submissions\n        screened\n        eligible\n        screenedOut\n        assignments\n        scoredAssignments\n        awaitingModeration\n        evaluated\n        missingEvaluators\n        overdueAssignments\n        screenedAt\n        assignedAt\n        scoredAt\n        rankedAt\n        evaluators {\n          evaluatorId\n          pending\n          accepted\n          scored\n          conflictDeclared\n          withdrawn\n          overdue\n        }\n      }\n      submissions {\n        id\n        status\n        submittedAt\n        vendor {\n          id\n          name\n        }\n        screening {\n          eligible\n          reasons\n          tier\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OfficerEvaluationBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficerModeration($id: ID!) {\n    challenge(id: $id) {\n      id\n      title\n      status\n      criteria {\n        id\n        name\n        weight\n      }\n      submissions {\n        id\n        status\n        vendor {\n          id\n          name\n        }\n        result {\n          needsModeration\n          totalScore\n          criteria {\n            criterion {\n              id\n              name\n            }\n            mean\n            spread\n            consensus\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OfficerModerationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfficerModerateSubmission($submissionId: ID!, $scores: [ScoreInput!]!, $rationale: String!) {\n    moderateSubmission(submissionId: $submissionId, scores: $scores, rationale: $rationale) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').OfficerModerateSubmissionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficerRanking($id: ID!) {\n    challenge(id: $id) {\n      id\n      title\n      status\n      requiredTier\n      maxAwards\n      awardedAt\n      noAwardReason\n      budget {\n        amountMinor\n        currency\n      }\n      ranking {\n        rank\n        totalScore\n        recommended\n        submission {\n          id\n          status\n          price {\n            amountMinor\n            currency\n          }\n          vendor {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OfficerRankingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfficerApproveAward($challengeId: ID!, $submissionIds: [ID!]!, $justification: String) {\n    approveAward(challengeId: $challengeId, submissionIds: $submissionIds, justification: $justification) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').OfficerApproveAwardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficerRankedAttestations($id: ID!) {\n    challenge(id: $id) {\n      id\n      ranking {\n        submission {\n          id\n          vendor {\n            id\n            name\n          }\n          attestation {\n            id\n            version\n            status\n            signatoryName\n            signedAt\n            answers {\n              code\n              value\n              evidence\n              verified\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OfficerRankedAttestationsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
