import { Actor, badInput, ClockService, forbidden, isUuid, notFound, plainQuery, throwIfProblems, TransactionRunner, Tx } from '@app/core';
import { DocumentAttachmentService } from '@app/documents';
import { Injectable } from '@nestjs/common';
import { DataSource, In, Not } from 'typeorm';

import { CatalogueService } from './catalogue.service';
import { readCurrentAttestation } from './current-attestation';
import { SubmitAttestationInput } from './dto/sovereignty.inputs';
import { type AnswerMap, toAnswerMap, validateAnswers } from './engine/answer-validation';
import { attestationHash, type SignedDocument } from './engine/attestation-hash';
import { AttestationStatus, effectiveStatus, expiryOf, IN_FORCE_STATUSES } from './engine/attestation-status';
import { type CriterionDefinition } from './engine/catalogue';
import { AttestationEntity, StoredAnswer } from './entities/attestation.entity';
import { SovereigntyPolicy } from './sovereignty.policy';

/** What other domains (eligibility, screening) read about a vendor's attestation. */
export interface CurrentAttestation {
  id: string;
  hash: string;
  /** Effective: an attestation past its expiry reads EXPIRED even before the expiry job ran. */
  status: AttestationStatus;
  answers: AnswerMap;
  expiresAt: Date;
}

/** Attestations whose answers are remembered (answersOf); the oldest entry leaves first beyond it. */
const REMEMBERED_ANSWERS = 1_000;
const answersByHash = new Map<string, AnswerMap>();

@Injectable()
export class AttestationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly catalogue: CatalogueService,
    private readonly clock: ClockService,
    private readonly documents: DocumentAttachmentService,
  ) {}

  /**
   * Signs a new version of the vendor's attestation. Every answer is checked against the current
   * catalogue first and all problems are refused together; the version in force (if any) is
   * superseded in the same transaction, under a per-vendor lock so two submissions cannot both
   * become version N.
   */
  async submit(actor: Actor, input: SubmitAttestationInput): Promise<AttestationEntity> {
    if (!SovereigntyPolicy.canAttest(actor)) throw forbidden('Only vendor users can attest for their organisation');
    const signatoryName = input.signatoryName.trim();
    if (!signatoryName) throw badInput('signatoryName must name the person signing');
    const criteria = await this.catalogue.current();
    const problems = validateAnswers(criteria, input.answers);
    throwIfProblems(
      problems,
      `The attestation was not stored: ${problems.length} problem${problems.length === 1 ? '' : 's'}: ${problems.join('; ')}`,
    );
    // Evidence documents are signed with the answers (name and SHA-256 in the hash); checked here and
    // again under lock when they are attached below, so a refused document leaves nothing written.
    const evidence = await this.evidenceDocuments(actor, input);
    const answers = storedAnswers(criteria, input, evidence);
    const vendorId = actor.organisationId;

    const stored = await this.transactions.run(actor, async (tx) => {
      // Two-key form: its own lock space, apart from the single-key locks other code takes.
      await tx.manager.query(`SELECT pg_advisory_xact_lock(hashtext('attestation'), hashtext($1))`, [vendorId]);
      const previous = await this.retirePrevious(tx, vendorId);
      const [{ version }] = await tx.manager.query(
        `SELECT coalesce(max(version), 0) + 1 AS version FROM attestation WHERE vendor_organisation_id = $1`,
        [vendorId],
      );
      const signedAt = tx.now;
      const catalogueVersion = this.catalogue.currentVersion;
      const attestation = await tx.manager.save(
        tx.manager.create(AttestationEntity, {
          vendorOrganisationId: vendorId,
          version: Number(version),
          catalogueVersion,
          status: 'ACTIVE',
          answers,
          signatoryName,
          signedByUserId: actor.userId,
          signedAt,
          expiresAt: expiryOf(signedAt),
          hash: attestationHash({ vendorId, catalogueVersion, answers, signedAt }),
          statusReason: null,
        }),
      );
      // This version's own set: earlier versions keep theirs, and a document of an earlier version may be listed again.
      for (const answer of answers) {
        if (!answer.documents?.length) continue;
        const ids = answer.documents.map((d) => d.id);
        await this.documents.attach(tx, actor, { type: 'ATTESTATION', id: attestation.id }, ids, {
          criterionCode: answer.code,
          reuseWithinOwnerType: true,
        });
      }
      for (const old of previous) {
        tx.audit({
          action: `attestation.${old.status === 'EXPIRED' ? 'expired' : 'superseded'}`,
          entityType: 'Attestation',
          entityId: old.id,
          data: { version: old.version, supersededBy: attestation.id },
        });
      }
      tx.audit({
        action: 'attestation.submitted',
        entityType: 'Attestation',
        entityId: attestation.id,
        data: {
          vendorOrganisationId: vendorId,
          version: attestation.version,
          catalogueVersion,
          hash: attestation.hash,
          signatoryName,
          expiresAt: attestation.expiresAt.toISOString(),
        },
      });
      // No year-long delayed job: the periodic 'attestation.expire-sweep' stores EXPIRED when due,
      // and eligibility reads expiresAt itself (docs/sovereignty.md), so the minute's lag is harmless.
      return attestation;
    });
    // The actor's standing was read with the request (ActorResolver) and is now out of date: what
    // the rest of this request does (another mutation in the same document) reads it afresh.
    delete actor.vendor;
    return stored;
  }

  /** Each answer's evidence documents (the organisation's own, stored and scanned), by criterion code. */
  private async evidenceDocuments(actor: Actor, input: SubmitAttestationInput): Promise<Map<string, SignedDocument[]>> {
    const byCode = new Map<string, SignedDocument[]>();
    for (const answer of input.answers) {
      const ids = answer.documentIds ?? [];
      if (!ids.length) continue;
      const fingerprints = await this.documents.fingerprints(actor, ids);
      byCode.set(
        answer.code,
        fingerprints.map((f, i) => ({ id: ids[i], name: f.name, sha256: f.sha256 })),
      );
    }
    return byCode;
  }

  /** One attestation as the actor may see it; another vendor's reads as missing. */
  async findForActor(actor: Actor, id: string): Promise<AttestationEntity> {
    const attestation = isUuid(id) ? await this.dataSource.getRepository(AttestationEntity).findOne({ where: { id } }) : null;
    if (!attestation || !SovereigntyPolicy.canRead(actor, attestation)) throw notFound('Attestation');
    return attestation;
  }

  /** The organisation's newest version that was not superseded (it may be revoked or expired), or null. */
  latestForOrganisation(organisationId: string): Promise<AttestationEntity | null> {
    return this.dataSource.getRepository(AttestationEntity).findOne({
      where: { vendorOrganisationId: organisationId, status: Not('SUPERSEDED') },
      order: { version: 'DESC' },
    });
  }

  /** Every version the organisation signed, newest first (superseded ones included): its history. */
  historyForOrganisation(organisationId: string): Promise<AttestationEntity[]> {
    return this.dataSource.getRepository(AttestationEntity).find({
      where: { vendorOrganisationId: organisationId },
      order: { version: 'DESC' },
    });
  }

  /** For eligibility and screening: the latest non-superseded version with its effective status. */
  async currentForOrganisation(organisationId: string): Promise<CurrentAttestation | null> {
    const attestation = await this.latestForOrganisation(organisationId);
    if (!attestation) return null;
    const now = await this.clock.now();
    return {
      id: attestation.id,
      hash: attestation.hash,
      status: effectiveStatus(attestation, now),
      answers: toAnswerMap(attestation.answers),
      expiresAt: attestation.expiresAt,
    };
  }

  /**
   * The same answer as currentForOrganisation in one statement (readCurrentAttestation). Need-to-know
   * visibility reads it on every vendor's challenge read (ChallengeViewerService), where the second
   * round trip for the clock and the query builder cost more than the lookup itself.
   */
  currentInOneStatement(organisationId: string): Promise<CurrentAttestation | null> {
    return readCurrentAttestation(this.dataSource, organisationId);
  }

  /**
   * One attestation's answers (the tier engine's input), or null if there is no such attestation.
   * Remembered by hash: the hash covers every answer value (attestation-hash.ts), so the same hash
   * always has the same answers, and a vendor's reads and bids need not read them again.
   */
  async answersOf(attestation: { id: string; hash: string }): Promise<AnswerMap | null> {
    const remembered = answersByHash.get(attestation.hash);
    if (remembered) return remembered;
    if (!isUuid(attestation.id)) return null;
    const [row] = await plainQuery<{ hash: string; answers: StoredAnswer[] }>(
      this.dataSource,
      `SELECT hash, answers FROM attestation WHERE id = $1`,
      [attestation.id],
    );
    if (!row) return null;
    const answers = Object.freeze(toAnswerMap(row.answers));
    if (row.hash === attestation.hash) {
      if (answersByHash.size >= REMEMBERED_ANSWERS) answersByHash.delete(answersByHash.keys().next().value as string);
      answersByHash.set(row.hash, answers);
    }
    return answers;
  }

  /** Rows by id in no particular order (batch loaders order them); access is the caller's rule. */
  findByIds(ids: readonly string[]): Promise<AttestationEntity[]> {
    const valid = ids.filter((id) => isUuid(id));
    if (!valid.length) return Promise.resolve([]);
    return this.dataSource.getRepository(AttestationEntity).find({ where: { id: In(valid) } });
  }

  /** Versions still in force become SUPERSEDED, or EXPIRED when their year had already run out. */
  private async retirePrevious(tx: Tx, vendorId: string): Promise<AttestationEntity[]> {
    const inForce = await tx.manager.find(AttestationEntity, {
      where: { vendorOrganisationId: vendorId, status: In([...IN_FORCE_STATUSES]) },
    });
    for (const old of inForce) {
      old.status = effectiveStatus(old, tx.now) === 'EXPIRED' ? 'EXPIRED' : 'SUPERSEDED';
      await tx.manager.save(old);
    }
    return inForce;
  }
}

/**
 * Answers in catalogue order, with blank evidence stored as null so the hash sees one form; an answer
 * carries `documents` only when it has some, so one without hashes as before documents existed.
 */
function storedAnswers(
  criteria: readonly CriterionDefinition[],
  input: SubmitAttestationInput,
  evidence: ReadonlyMap<string, SignedDocument[]>,
): StoredAnswer[] {
  const byCode = new Map(input.answers.map((answer) => [answer.code, answer]));
  return criteria.map((criterion) => {
    const answer = byCode.get(criterion.code)!; // validateAnswers proved every criterion is answered once
    const documents = evidence.get(criterion.code);
    return {
      code: criterion.code,
      value: answer.value,
      evidence: answer.evidence?.trim() || null,
      ...(documents ? { documents } : {}),
      verified: false,
    };
  });
}
