import { Actor, APP_CONFIG, AppConfig, badInput, decodeCursor, encodeCursor, EntityRows } from '@app/core';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';

import { visibleChallenge } from './challenge-access';
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
  ) {}

  /**
   * Newest first by (created_at, id): a keyset cursor, so rows inserted while a client pages
   * land before its cursor and never shift or repeat what it has not read yet.
   */
  async list(actor: Actor | null, filter: ChallengeFilter = {}, first = DEFAULT_PAGE, after?: string): Promise<ChallengePage> {
    const limit = Math.min(first, this.config.maxPageSize);
    const visibility = SolicitationsPolicy.visibilitySql(actor, 'c');
    const qb = this.dataSource.getRepository(ChallengeEntity).createQueryBuilder('c').where(visibility.sql, visibility.params);
    if (filter.status?.length) qb.andWhere('c.status IN (:...statuses)', { statuses: filter.status });
    if (filter.tag) qb.andWhere(':tag = ANY(c.tags)', { tag: filter.tag.trim().toLowerCase() });
    if (filter.buyerId) qb.andWhere('c.buyer_organisation_id = :buyerId', { buyerId: filter.buyerId });
    if (filter.search?.trim()) qb.andWhere(`c.search_vector @@ websearch_to_tsquery('english', :search)`, { search: filter.search.trim() });
    const totalCount = await qb.clone().getCount();

    if (after) {
      const [createdAt, id] = decodeCursor(after) ?? [];
      if (typeof createdAt !== 'string' || typeof id !== 'string' || Number.isNaN(Date.parse(createdAt)))
        throw badInput('after is not a cursor from this list');
      qb.andWhere('(c.created_at, c.id) < (:afterAt, :afterId)', { afterAt: createdAt, afterId: id });
    }
    const rows = await qb
      .orderBy('c.created_at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .take(limit + 1)
      .getMany();
    const page = rows.slice(0, limit);
    return {
      rows: page.map((challenge) => ({ challenge, cursor: encodeCursor([challenge.createdAt.toISOString(), challenge.id]) })),
      hasNextPage: rows.length > limit,
      totalCount,
    };
  }

  /** A challenge the actor may see, or NOT_FOUND. */
  findVisible(actor: Actor | null, id: string): Promise<ChallengeEntity> {
    return visibleChallenge(this.dataSource.manager, actor, id);
  }

  /**
   * For the submissions domain: the challenge locked FOR UPDATE inside the caller's transaction,
   * so its status and deadline cannot move while a bid is written, or NOT_FOUND if not visible.
   */
  lockVisible(manager: EntityManager, actor: Actor | null, id: string): Promise<ChallengeEntity> {
    return visibleChallenge(manager, actor, id, 'pessimistic_write');
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
