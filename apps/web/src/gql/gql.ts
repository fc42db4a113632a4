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
    "\n  query MyContracts {\n    contracts {\n      id\n      phase\n      title\n      status\n      issuedAt\n      signedAt\n      value {\n        amountMinor\n        currency\n      }\n      challenge {\n        id\n        title\n      }\n    }\n  }\n": typeof types.MyContractsDocument,
    "\n  query ContractMilestones($id: ID!) {\n    contract(id: $id) {\n      id\n      milestones {\n        id\n        title\n        status\n        dueDate\n        rejectionReason\n        deliveredAt\n        acceptedAt\n        paidAt\n        amount {\n          amountMinor\n          currency\n        }\n      }\n    }\n  }\n": typeof types.ContractMilestonesDocument,
    "\n  mutation SignContract($id: ID!) {\n    signContract(id: $id) {\n      id\n      status\n      signedAt\n    }\n  }\n": typeof types.SignContractDocument,
    "\n  mutation DeliverMilestone($id: ID!, $evidence: String!) {\n    deliverMilestone(id: $id, evidence: $evidence) {\n      id\n      status\n    }\n  }\n": typeof types.DeliverMilestoneDocument,
    "\n  query PublicMetrics {\n    procurementMetrics {\n      challengesPublished\n      challengesAwarded\n      medianDaysPublishToAward\n      medianDaysAwardToSignature\n      medianDaysDeliveryToPayment\n      smeAwardValueShare\n      firstTimeVendorShare\n    }\n  }\n": typeof types.PublicMetricsDocument,
    "\n  query MySubmissions {\n    mySubmissions {\n      id\n      status\n      summary\n      submittedAt\n      durationDays\n      price {\n        amountMinor\n        currency\n      }\n      challenge {\n        id\n        title\n        status\n        submissionDeadline\n      }\n      screening {\n        eligible\n        reasons\n        tier\n        screenedAt\n      }\n      debrief {\n        score\n        justification\n        criterion {\n          name\n          weight\n        }\n      }\n    }\n  }\n": typeof types.MySubmissionsDocument,
    "\n  query SovereigntyCriteria {\n    sovereigntyCriteria {\n      code\n      pillar\n      question\n      answerType\n      options\n    }\n  }\n": typeof types.SovereigntyCriteriaDocument,
    "\n  query MyAttestation {\n    myAttestation {\n      id\n      version\n      status\n      signedAt\n      expiresAt\n      signatoryName\n      hash\n      answers {\n        code\n        value\n      }\n      nato: assessment(trusted: NATO) {\n        tier\n        gaps {\n          code\n          tier\n          reason\n        }\n      }\n      euEea: assessment(trusted: EU_EEA) {\n        tier\n        gaps {\n          code\n          tier\n          reason\n        }\n      }\n    }\n  }\n": typeof types.MyAttestationDocument,
    "\n  mutation SubmitAttestation($input: SubmitAttestationInput!) {\n    submitAttestation(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.SubmitAttestationDocument,
    "\n  query AttestationHistory {\n    myAttestationHistory {\n      id\n      version\n      status\n      signedAt\n      signatoryName\n      hash\n    }\n  }\n": typeof types.AttestationHistoryDocument,
    "\n  query BidContext($challengeId: ID!) {\n    challenge(id: $challengeId) {\n      id\n      title\n      status\n      submissionDeadline\n      budget {\n        amountMinor\n        currency\n      }\n      maxContractValue {\n        amountMinor\n        currency\n      }\n    }\n    eligibility(challengeId: $challengeId) {\n      eligible\n      reasons\n      tier\n    }\n    mySubmissions {\n      id\n      status\n      summary\n      technicalApproach\n      durationDays\n      price {\n        amountMinor\n        currency\n      }\n      challenge {\n        id\n      }\n    }\n  }\n": typeof types.BidContextDocument,
    "\n  mutation SubmitProposal($input: SubmitProposalInput!) {\n    submitProposal(input: $input) {\n      id\n      status\n      submittedAt\n    }\n  }\n": typeof types.SubmitProposalDocument,
    "\n  mutation WithdrawSubmission($id: ID!) {\n    withdrawSubmission(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.WithdrawSubmissionDocument,
    "\n  query ChallengeList($filter: ChallengeFilter, $first: Int) {\n    challenges(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          tags\n          classification\n          requiredTier\n          trustedJurisdiction\n          smeOnly\n          submissionDeadline\n          budget {\n            amountMinor\n            currency\n          }\n        }\n      }\n    }\n  }\n": typeof types.ChallengeListDocument,
    "\n  query Eligibility($challengeId: ID!) {\n    eligibility(challengeId: $challengeId) {\n      eligible\n      reasons\n      tier\n    }\n  }\n": typeof types.EligibilityDocument,
    "\n  query ChallengeDetail($id: ID!) {\n    challenge(id: $id) {\n      id\n      title\n      status\n      problemStatement\n      tags\n      classification\n      requiredTier\n      trustedJurisdiction\n      smeOnly\n      maxAwards\n      publishedAt\n      questionsDeadline\n      submissionDeadline\n      buyer {\n        name\n      }\n      budget {\n        amountMinor\n        currency\n      }\n      maxContractValue {\n        amountMinor\n        currency\n      }\n      criteria {\n        id\n        name\n        description\n        weight\n      }\n      amendments {\n        at\n        reason\n      }\n      questions {\n        id\n        text\n        askedAt\n        answer\n        answeredAt\n      }\n    }\n  }\n": typeof types.ChallengeDetailDocument,
    "\n  mutation AskQuestion($challengeId: ID!, $text: String!) {\n    askQuestion(challengeId: $challengeId, text: $text) {\n      id\n    }\n  }\n": typeof types.AskQuestionDocument,
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
};
const documents: Documents = {
    "\n  mutation SignIn($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      user {\n        displayName\n        email\n        roles\n        organisation {\n          id\n          name\n          smeClass\n        }\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation RegisterVendor($input: RegisterVendorInput!) {\n    registerVendor(input: $input) {\n      accessToken\n      user {\n        displayName\n        email\n        roles\n        organisation {\n          id\n          name\n          smeClass\n        }\n      }\n    }\n  }\n": types.RegisterVendorDocument,
    "\n  query MyContracts {\n    contracts {\n      id\n      phase\n      title\n      status\n      issuedAt\n      signedAt\n      value {\n        amountMinor\n        currency\n      }\n      challenge {\n        id\n        title\n      }\n    }\n  }\n": types.MyContractsDocument,
    "\n  query ContractMilestones($id: ID!) {\n    contract(id: $id) {\n      id\n      milestones {\n        id\n        title\n        status\n        dueDate\n        rejectionReason\n        deliveredAt\n        acceptedAt\n        paidAt\n        amount {\n          amountMinor\n          currency\n        }\n      }\n    }\n  }\n": types.ContractMilestonesDocument,
    "\n  mutation SignContract($id: ID!) {\n    signContract(id: $id) {\n      id\n      status\n      signedAt\n    }\n  }\n": types.SignContractDocument,
    "\n  mutation DeliverMilestone($id: ID!, $evidence: String!) {\n    deliverMilestone(id: $id, evidence: $evidence) {\n      id\n      status\n    }\n  }\n": types.DeliverMilestoneDocument,
    "\n  query PublicMetrics {\n    procurementMetrics {\n      challengesPublished\n      challengesAwarded\n      medianDaysPublishToAward\n      medianDaysAwardToSignature\n      medianDaysDeliveryToPayment\n      smeAwardValueShare\n      firstTimeVendorShare\n    }\n  }\n": types.PublicMetricsDocument,
    "\n  query MySubmissions {\n    mySubmissions {\n      id\n      status\n      summary\n      submittedAt\n      durationDays\n      price {\n        amountMinor\n        currency\n      }\n      challenge {\n        id\n        title\n        status\n        submissionDeadline\n      }\n      screening {\n        eligible\n        reasons\n        tier\n        screenedAt\n      }\n      debrief {\n        score\n        justification\n        criterion {\n          name\n          weight\n        }\n      }\n    }\n  }\n": types.MySubmissionsDocument,
    "\n  query SovereigntyCriteria {\n    sovereigntyCriteria {\n      code\n      pillar\n      question\n      answerType\n      options\n    }\n  }\n": types.SovereigntyCriteriaDocument,
    "\n  query MyAttestation {\n    myAttestation {\n      id\n      version\n      status\n      signedAt\n      expiresAt\n      signatoryName\n      hash\n      answers {\n        code\n        value\n      }\n      nato: assessment(trusted: NATO) {\n        tier\n        gaps {\n          code\n          tier\n          reason\n        }\n      }\n      euEea: assessment(trusted: EU_EEA) {\n        tier\n        gaps {\n          code\n          tier\n          reason\n        }\n      }\n    }\n  }\n": types.MyAttestationDocument,
    "\n  mutation SubmitAttestation($input: SubmitAttestationInput!) {\n    submitAttestation(input: $input) {\n      id\n      version\n    }\n  }\n": types.SubmitAttestationDocument,
    "\n  query AttestationHistory {\n    myAttestationHistory {\n      id\n      version\n      status\n      signedAt\n      signatoryName\n      hash\n    }\n  }\n": types.AttestationHistoryDocument,
    "\n  query BidContext($challengeId: ID!) {\n    challenge(id: $challengeId) {\n      id\n      title\n      status\n      submissionDeadline\n      budget {\n        amountMinor\n        currency\n      }\n      maxContractValue {\n        amountMinor\n        currency\n      }\n    }\n    eligibility(challengeId: $challengeId) {\n      eligible\n      reasons\n      tier\n    }\n    mySubmissions {\n      id\n      status\n      summary\n      technicalApproach\n      durationDays\n      price {\n        amountMinor\n        currency\n      }\n      challenge {\n        id\n      }\n    }\n  }\n": types.BidContextDocument,
    "\n  mutation SubmitProposal($input: SubmitProposalInput!) {\n    submitProposal(input: $input) {\n      id\n      status\n      submittedAt\n    }\n  }\n": types.SubmitProposalDocument,
    "\n  mutation WithdrawSubmission($id: ID!) {\n    withdrawSubmission(id: $id) {\n      id\n      status\n    }\n  }\n": types.WithdrawSubmissionDocument,
    "\n  query ChallengeList($filter: ChallengeFilter, $first: Int) {\n    challenges(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          status\n          tags\n          classification\n          requiredTier\n          trustedJurisdiction\n          smeOnly\n          submissionDeadline\n          budget {\n            amountMinor\n            currency\n          }\n        }\n      }\n    }\n  }\n": types.ChallengeListDocument,
    "\n  query Eligibility($challengeId: ID!) {\n    eligibility(challengeId: $challengeId) {\n      eligible\n      reasons\n      tier\n    }\n  }\n": types.EligibilityDocument,
    "\n  query ChallengeDetail($id: ID!) {\n    challenge(id: $id) {\n      id\n      title\n      status\n      problemStatement\n      tags\n      classification\n      requiredTier\n      trustedJurisdiction\n      smeOnly\n      maxAwards\n      publishedAt\n      questionsDeadline\n      submissionDeadline\n      buyer {\n        name\n      }\n      budget {\n        amountMinor\n        currency\n      }\n      maxContractValue {\n        amountMinor\n        currency\n      }\n      criteria {\n        id\n        name\n        description\n        weight\n      }\n      amendments {\n        at\n        reason\n      }\n      questions {\n        id\n        text\n        askedAt\n        answer\n        answeredAt\n      }\n    }\n  }\n": types.ChallengeDetailDocument,
    "\n  mutation AskQuestion($challengeId: ID!, $text: String!) {\n    askQuestion(challengeId: $challengeId, text: $text) {\n      id\n    }\n  }\n": types.AskQuestionDocument,
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
export function graphql(source: "\n  query MyContracts {\n    contracts {\n      id\n      phase\n      title\n      status\n      issuedAt\n      signedAt\n      value {\n        amountMinor\n        currency\n      }\n      challenge {\n        id\n        title\n      }\n    }\n  }\n"): typeof import('./graphql').MyContractsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractMilestones($id: ID!) {\n    contract(id: $id) {\n      id\n      milestones {\n        id\n        title\n        status\n        dueDate\n        rejectionReason\n        deliveredAt\n        acceptedAt\n        paidAt\n        amount {\n          amountMinor\n          currency\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ContractMilestonesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignContract($id: ID!) {\n    signContract(id: $id) {\n      id\n      status\n      signedAt\n    }\n  }\n"): typeof import('./graphql').SignContractDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeliverMilestone($id: ID!, $evidence: String!) {\n    deliverMilestone(id: $id, evidence: $evidence) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').DeliverMilestoneDocument;
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
export function graphql(source: "\n  query SovereigntyCriteria {\n    sovereigntyCriteria {\n      code\n      pillar\n      question\n      answerType\n      options\n    }\n  }\n"): typeof import('./graphql').SovereigntyCriteriaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAttestation {\n    myAttestation {\n      id\n      version\n      status\n      signedAt\n      expiresAt\n      signatoryName\n      hash\n      answers {\n        code\n        value\n      }\n      nato: assessment(trusted: NATO) {\n        tier\n        gaps {\n          code\n          tier\n          reason\n        }\n      }\n      euEea: assessment(trusted: EU_EEA) {\n        tier\n        gaps {\n          code\n          tier\n          reason\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyAttestationDocument;
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
export function graphql(source: "\n  query BidContext($challengeId: ID!) {\n    challenge(id: $challengeId) {\n      id\n      title\n      status\n      submissionDeadline\n      budget {\n        amountMinor\n        currency\n      }\n      maxContractValue {\n        amountMinor\n        currency\n      }\n    }\n    eligibility(challengeId: $challengeId) {\n      eligible\n      reasons\n      tier\n    }\n    mySubmissions {\n      id\n      status\n      summary\n      technicalApproach\n      durationDays\n      price {\n        amountMinor\n        currency\n      }\n      challenge {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').BidContextDocument;
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
export function graphql(source: "\n  query ChallengeDetail($id: ID!) {\n    challenge(id: $id) {\n      id\n      title\n      status\n      problemStatement\n      tags\n      classification\n      requiredTier\n      trustedJurisdiction\n      smeOnly\n      maxAwards\n      publishedAt\n      questionsDeadline\n      submissionDeadline\n      buyer {\n        name\n      }\n      budget {\n        amountMinor\n        currency\n      }\n      maxContractValue {\n        amountMinor\n        currency\n      }\n      criteria {\n        id\n        name\n        description\n        weight\n      }\n      amendments {\n        at\n        reason\n      }\n      questions {\n        id\n        text\n        askedAt\n        answer\n        answeredAt\n      }\n    }\n  }\n"): typeof import('./graphql').ChallengeDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AskQuestion($challengeId: ID!, $text: String!) {\n    askQuestion(challengeId: $challengeId, text: $text) {\n      id\n    }\n  }\n"): typeof import('./graphql').AskQuestionDocument;
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


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
