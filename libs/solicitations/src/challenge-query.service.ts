import { Actor, APP_CONFIG, AppConfig, decodeTimeIdCursor, encodeCursor, EntityRows, isUuid, plainQuery } from '@app/core';
import type { CurrentAttestation } from '@app/sovereignty';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';

import { visibleChallenge } from './challenge-access';
import { ChallengeViewerService } from './challenge-viewer';
import { ChallengeFilter } from './dto/challenge.inputs';
import { ChallengeEntity } from './entities/challenge.entity';
import { ChallengeAmendmentEntity } from './entities/challenge-amendment.entity';
import { ChallengeEvaluatorEntity } from './entities/challenge-evaluator.entity';
import { EvaluationCriterionEntity } from './entities/evaluation-criterion.entity';
import { QuestionEntity } from './entities/question.entity';
import { SolicitationsPolicy } from './solicitations.policy';

export interface ChallengePage {
  rows: { cursor: string; challenge: ChallengeEntity }[];
  hasNextPage: boolean;
  totalCount: number;
}

const DEFAULT_PAGE = 20;

/**
 * Reads of challenges: discovery with keyset paging, single reads with the same visibility, and
 * the batch reads behind the per-request DataLoaders. Also the read side other domains use.
 */
@Injectable()
export class ChallengeQueryService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly viewers: ChallengeViewerService,
  ) {}

  /**
   * Newest first by (created_at, id): a keyset cursor, so rows inserted while a client pages
   * land before its cursor and never shift or repeat what it has not read yet.
   */
  async list(actor: Actor | null, filter: ChallengeFilter = {}, first = DEFAULT_PAGE, after?: string): Promise<ChallengePage> {
    const limit = Math.min(first, this.config.maxPageSize);
    // Plain SQL with positional parameters (the page is read on every discovery request; the
    // query builder cost more CPU than the statement): same conditions, same order.
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const visibility = SolicitationsPolicy.visibilitySql(await this.viewers.of(actor), 'c');
    // The policy writes TypeORM-style named parameters (`:name`, `IN (:...list)`); here they become positional.
    const positional = visibility.sql
      .replace(/IN \(:\.\.\.(\w+)\)/g, (_, name: string) => `= ANY(${param(visibility.params[name])})`)
      .replace(/(?<!:):(\w+)/g, (_, name: string) => param(visibility.params[name]));
    const conditions = [positional];
    if (filter.status?.length) conditions.push(`c.status = ANY(${param(filter.status)})`);
    if (filter.tag) conditions.push(`${param(filter.tag.trim().toLowerCase())} = ANY(c.tags)`);
    if (filter.buyerId) conditions.push(`c.buyer_organisation_id = ${param(filter.buyerId)}`);
    if (filter.search?.trim()) conditions.push(`c.search_vector @@ websearch_to_tsquery('english', ${param(filter.search.trim())})`);
    const filtered = conditions.join(' AND ');
    const countSql = `SELECT count(*)::int AS count FROM challenge c WHERE ${filtered}`;
    const countParams = [...params];

    let page = filtered;
    if (after) {
      const { at, id } = decodeTimeIdCursor(after);
      page += ` AND (c.created_at, c.id) < (${param(new Date(at).toISOString())}::timestamptz, ${param(id)}::uuid)`;
    }
    this.challengeRows ??= new EntityRows(this.dataSource, ChallengeEntity, 'c');
    // The count rides along with the page as an uncorrelated subquery (evaluated once, on the
    // filter alone, not the cursor): one round trip instead of two. Only an empty page, which has
    // no row to carry it, asks for the count on its own (none without a cursor: nothing matched).
    const raw = await plainQuery<Record<string, unknown>>(
      this.dataSource,
      `SELECT ${this.challengeRows.columnList}, (${countSql}) AS total_count FROM challenge c WHERE ${page}
        ORDER BY c.created_at DESC, c.id DESC LIMIT ${param(limit + 1)}`,
      params,
    );
    const rows = this.challengeRows.map(raw);
    let totalCount = raw.length ? (raw[0].total_count as number) : 0;
    if (!raw.length && after) [{ count: totalCount }] = await this.dataSource.query(countSql, countParams);
    return {
      rows: rows
        .slice(0, limit)
        .map((challenge) => ({ challenge, cursor: encodeCursor([challenge.createdAt.toISOString(), challenge.id]) })),
      hasNextPage: rows.length > limit,
      totalCount,
    };
  }
  private challengeRows?: EntityRows<ChallengeEntity>;

  /** A challenge the actor may see, or NOT_FOUND. */
  async findVisible(actor: Actor | null, id: string): Promise<ChallengeEntity> {
    return visibleChallenge(this.dataSource.manager, await this.viewers.of(actor), id);
  }

  /**
   * For the submissions domain: the challenge locked FOR UPDATE inside the caller's transaction,
   * so its status and deadline cannot move while a bid is written, or NOT_FOUND if not visible.
   */
  async lockVisible(
    manager: EntityManager,
    actor: Actor | null,
    id: string,
    /** The actor's attestation as currentForOrganisation just gave it, if the caller has read it (a bid has). */
    attestation?: CurrentAttestation | null,
  ): Promise<ChallengeEntity> {
    const viewer =
      actor && attestation !== undefined ? ChallengeViewerService.withAttestation(actor, attestation) : await this.viewers.of(actor);
    return visibleChallenge(manager, viewer, id, 'pessimistic_write');
  }

  /** Need-to-know visibility as a SQL predicate for reads outside this domain (metrics). */
  async visibilityFor(actor: Actor | null, alias: string): Promise<{ sql: string; params: Record<string, unknown> }> {
    return SolicitationsPolicy.visibilitySql(await this.viewers.of(actor), alias);
  }

  findByIds(ids: readonly string[]): Promise<ChallengeEntity[]> {
    return this.dataSource.getRepository(ChallengeEntity).find({ where: { id: In([...ids]) } });
  }

  /** Behind every page's `criteria` (one statement per request): plain SQL, no query builder. */
  criteriaOf(challengeIds: readonly string[]): Promise<EvaluationCriterionEntity[]> {
    this.criterionRows ??= new EntityRows(this.dataSource, EvaluationCriterionEntity);
    return this.criterionRows.whereIn('challenge_id', challengeIds, 'position ASC');
  }
  private criterionRows?: EntityRows<EvaluationCriterionEntity>;

  /** Questions by id, any challenge (for their documents' read rule); visibility is the caller's. */
  questionsByIds(ids: readonly string[]): Promise<QuestionEntity[]> {
    const valid = ids.filter(isUuid);
    return valid.length ? this.dataSource.getRepository(QuestionEntity).find({ where: { id: In(valid) } }) : Promise.resolve([]);
  }

  questionsOf(challengeIds: readonly string[]): Promise<QuestionEntity[]> {
    return this.dataSource
      .getRepository(QuestionEntity)
      .find({ where: { challengeId: In([...challengeIds]) }, order: { askedAt: 'ASC', id: 'ASC' } });
  }

  amendmentsOf(challengeIds: readonly string[]): Promise<ChallengeAmendmentEntity[]> {
    return this.dataSource
      .getRepository(ChallengeAmendmentEntity)
      .find({ where: { challengeId: In([...challengeIds]) }, order: { at: 'ASC', id: 'ASC' } });
  }

  /** The invited pool, for the evaluation workflow's assignment step. */
  evaluatorPool(challengeId: string): Promise<ChallengeEvaluatorEntity[]> {
    return this.dataSource
      .getRepository(ChallengeEvaluatorEntity)
      .find({ where: { challengeId }, order: { invitedAt: 'ASC', userId: 'ASC' } });
  }
}
