import { ContractQueryService, ContractsPolicy } from '@app/contracts';
import { Actor, hasRole, isUuid } from '@app/core';
import { AppError } from '@app/core';
import { type ChallengeEntity, ChallengeQueryService, SolicitationsPolicy } from '@app/solicitations';
import { AttestationService, SovereigntyPolicy, VENDOR_RELATIONSHIP, type VendorRelationship } from '@app/sovereignty';
import { SubmissionQueryService, SubmissionsPolicy } from '@app/submissions';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';

import { DocumentEntity } from '../entities/document.entity';
import { DocumentAttachmentEntity } from '../entities/document-attachment.entity';
import { blindName } from './document-names';

export interface ReadableDocument {
  document: DocumentEntity;
  /** The name this reader is offered (neutral for a blind evaluator). */
  name: string;
}

type ChallengeFacts = Pick<ChallengeEntity, 'id' | 'buyerOrganisationId' | 'closedAt' | 'blindEvaluation'>;

/**
 * Who may read a document: exactly who may read the object it belongs to (docs/product.md
 * "Documents"), decided here for downloads and GraphQL alike. Anyone else gets null, which every
 * caller turns into NOT_FOUND: a foreign document looks exactly like a missing one.
 * - Not attached yet: the uploading organisation only.
 * - Challenge annexes: PUBLIC ones for whoever sees the challenge; RESTRICTED ones for the buyer's
 *   officers, vendors eligible to bid and the challenge's invited evaluators.
 * - Bid documents: the submission's own read rules (sealed until close, then the buyer's officers
 *   and evaluators who accepted), which also audit every refused look.
 * - Attestation evidence: whoever may read that attestation's answers (the vendor's users, auditors
 *   and admins, an officer whose buyer has a closed challenge the vendor bid on), as for every version.
 * - Milestone delivery evidence: whoever sees the contract (its vendor, the buyer's officers,
 *   auditors and admins), earlier deliveries' included.
 * - Question-answer documents: whoever sees the challenge, since they come only with an answer.
 */
@Injectable()
export class DocumentAccessService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly challenges: ChallengeQueryService,
    private readonly submissions: SubmissionQueryService,
    private readonly attestations: AttestationService,
    private readonly contracts: ContractQueryService,
    @Optional() @Inject(VENDOR_RELATIONSHIP) private readonly relationship?: VendorRelationship,
  ) {}

  async readable(actor: Actor | null, documentId: string): Promise<ReadableDocument | null> {
    const document = isUuid(documentId) ? await this.dataSource.getRepository(DocumentEntity).findOneBy({ id: documentId }) : null;
    if (!document || document.state !== 'READY') return null;
    switch (document.ownerType) {
      case null:
        return actor?.organisationId === document.organisationId ? { document, name: document.name } : null;
      case 'CHALLENGE':
        return (await this.mayReadChallengeDocument(actor, document)) ? { document, name: document.name } : null;
      case 'SUBMISSION':
        return this.submissionDocument(actor, document);
      case 'ATTESTATION':
        return (await this.mayReadAttestationEvidence(actor, document.ownerId!)) ? { document, name: document.name } : null;
      case 'MILESTONE':
        return (await this.mayReadMilestoneEvidence(actor, document.ownerId!)) ? { document, name: document.name } : null;
      case 'QUESTION':
        return (await this.mayReadAnswerDocument(actor, document.ownerId!)) ? { document, name: document.name } : null;
      default:
        return null;
    }
  }

  /** The attestation answers' need-to-know (SovereigntyPolicy.canReadAnswers), the same for every version of one vendor. */
  private async mayReadAttestationEvidence(actor: Actor | null, attestationId: string): Promise<boolean> {
    if (!actor) return false;
    const [attestation] = await this.attestations.findByIds([attestationId]);
    if (!attestation || !SovereigntyPolicy.canRead(actor, attestation)) return false;
    const vendorId = attestation.vendorOrganisationId;
    const officerOnly = hasRole(actor, 'OFFICER') && !hasRole(actor, 'AUDITOR', 'ADMIN') && actor.organisationId !== vendorId;
    const related =
      officerOnly && !!this.relationship && (await this.relationship.vendorsWithClosedBids(actor.organisationId, [vendorId])).has(vendorId);
    return SovereigntyPolicy.canReadAnswers(actor, attestation, related);
  }

  private async mayReadMilestoneEvidence(actor: Actor | null, milestoneId: string): Promise<boolean> {
    const contract = await this.contracts.contractOfMilestone(milestoneId);
    return !!contract && ContractsPolicy.canView(actor, contract);
  }

  private async mayReadAnswerDocument(actor: Actor | null, questionId: string): Promise<boolean> {
    const [question] = await this.challenges.questionsByIds([questionId]);
    return !!question && question.answer !== null && (await this.canSee(actor, question.challengeId));
  }

  /** Whether the reader sees the challenge at all: the need-to-know rule of the solicitations domain. */
  private async canSee(actor: Actor | null, challengeId: string): Promise<boolean> {
    try {
      await this.challenges.findVisible(actor, challengeId);
      return true;
    } catch (error) {
      if (error instanceof AppError && error.code === 'NOT_FOUND') return false;
      throw error;
    }
  }

  /** Filters a challenge's live annexes to what this reader may see. */
  async visibleChallengeLinks(
    actor: Actor | null,
    challenge: ChallengeFacts,
    links: DocumentAttachmentEntity[],
  ): Promise<DocumentAttachmentEntity[]> {
    if (!(await this.canSee(actor, challenge.id))) return [];
    if (SolicitationsPolicy.isBuyerOfficer(actor, challenge)) return links;
    const restrictedOk = links.some((l) => l.visibility === 'RESTRICTED') && (await this.mayReadRestricted(actor, challenge.id));
    return links.filter((l) => l.visibility === 'PUBLIC' || restrictedOk);
  }

  /** For GraphQL: whether this reader of a visible submission is denied the bidder's identity. */
  async vendorHidden(actor: Actor | null, submission: { challengeId: string; vendorOrganisationId: string }): Promise<boolean> {
    const [challenge] = await this.challenges.findByIds([submission.challengeId]);
    return !challenge || SubmissionsPolicy.vendorHidden(actor, submission, challenge);
  }

  private async mayReadChallengeDocument(actor: Actor | null, document: DocumentEntity): Promise<boolean> {
    const [challenge] = await this.challenges.findByIds([document.ownerId!]);
    if (!challenge) return false;
    const link = await this.dataSource
      .getRepository(DocumentAttachmentEntity)
      .findOne({ where: { documentId: document.id, ownerType: 'CHALLENGE', ownerId: challenge.id, detachedAt: IsNull() } });
    if (SolicitationsPolicy.isBuyerOfficer(actor, challenge)) return true;
    if (!link) return false;
    return (await this.visibleChallengeLinks(actor, challenge, [link])).length === 1;
  }

  private async mayReadRestricted(actor: Actor | null, challengeId: string): Promise<boolean> {
    if (!actor) return false;
    if (actor.roles.includes('VENDOR')) {
      const outcome = await this.submissions.eligibility(actor, challengeId).catch(() => null);
      if (outcome?.eligible) return true;
    }
    if (actor.roles.includes('EVALUATOR')) {
      return (await this.challenges.evaluatorPool(challengeId)).some((e) => e.userId === actor.userId);
    }
    return false;
  }

  private async submissionDocument(actor: Actor | null, document: DocumentEntity): Promise<ReadableDocument | null> {
    if (!actor) return null;
    const submission = await this.submissions.findVisible(actor, document.ownerId!).catch(() => null);
    if (!submission) return null;
    const ownVendor = SubmissionsPolicy.isOwnVendor(actor, submission);
    const link = await this.dataSource.getRepository(DocumentAttachmentEntity).findOne({
      where: { documentId: document.id, ownerType: 'SUBMISSION', ownerId: submission.id, detachedAt: IsNull() },
    });
    // Others read what the bid holds now; the vendor also keeps access to what earlier revisions held.
    if (!link && !ownVendor) return null;
    if (link && (await this.vendorHidden(actor, submission))) {
      return { document, name: blindName(submission.id, link.position, document.mediaType) };
    }
    return { document, name: document.name };
  }
}
