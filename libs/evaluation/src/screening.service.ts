import { TransactionRunner, Tx } from '@app/core';
import { type ChallengeEntity, ChallengeLifecycleService } from '@app/solicitations';
import { screenBid, SubmissionEvaluationStateService } from '@app/submissions';
import { Injectable } from '@nestjs/common';

import { type BidToScreen, screeningPage } from './screening-page.query';

export type ScreenOutcome = 'EVALUATING' | 'NO_AWARD' | 'SKIPPED';

/** Bids judged per round trip: bounds the worker's memory whatever the number of bids. */
export const SCREENING_PAGE_SIZE = 2000;

/**
 * Screening at close (docs/product.md step 1): every live submission is judged again with the same pure
 * function as on submit, against the vendor's standing now (current attestation, the frozen version's
 * status, suspension) and, for a bid left unconfirmed after an amendment, screened out with that
 * reason. Runs once per challenge: only a
 * CLOSED challenge is screened, and screening moves it on (EVALUATING, or NO_AWARD when nothing
 * is eligible) in the same transaction.
 *
 * Set-based (issue 16): the bids are read a page at a time (keyset on id) with their standing in
 * one statement, judged in memory, and each page is written with one INSERT … unnest for the
 * screening rows, one UPDATE … unnest for the status moves and one INSERT for their audit events,
 * so the statements grow with the number of pages, never with the number of bids.
 */
@Injectable()
export class ScreeningService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly lifecycle: ChallengeLifecycleService,
    private readonly submissions: SubmissionEvaluationStateService,
  ) {}

  screenChallenge(challengeId: string): Promise<ScreenOutcome> {
    return this.transactions.run(null, async (tx) => {
      const challenge = await this.lifecycle.lock(tx, challengeId);
      if (!challenge || challenge.status !== 'CLOSED') return 'SKIPPED';
      let screened = 0;
      let eligible = 0;
      let afterId: string | null = null;
      for (;;) {
        const page = await screeningPage(tx, challengeId, afterId, SCREENING_PAGE_SIZE);
        if (!page.length) break;
        eligible += await this.screenPage(tx, challenge, page);
        screened += page.length;
        if (page.length < SCREENING_PAGE_SIZE) break;
        afterId = page[page.length - 1].id;
      }
      return this.moveOn(tx, challenge, screened, eligible);
    });
  }

  /** Judges and records one page; returns how many of its bids passed. */
  private async screenPage(tx: Tx, challenge: ChallengeEntity, page: BidToScreen[]): Promise<number> {
    const outcomes = page.map((bid) => ({ bid, outcome: screenBid(bid.standing, challenge, bid, tx.now) }));
    await tx.manager.query(
      `INSERT INTO submission_screening (submission_id, challenge_id, eligible, tier, reasons, attestation_id, screened_at)
       SELECT u.id, $1, u.eligible, u.tier, ARRAY(SELECT jsonb_array_elements_text(u.reasons)), u.attestation_id, $2
         FROM unnest($3::uuid[], $4::boolean[], $5::text[], $6::jsonb[], $7::uuid[]) AS u(id, eligible, tier, reasons, attestation_id)
       ON CONFLICT DO NOTHING`,
      [
        challenge.id,
        tx.now,
        outcomes.map((o) => o.bid.id),
        outcomes.map((o) => o.outcome.eligible),
        outcomes.map((o) => o.outcome.tier),
        outcomes.map((o) => JSON.stringify(o.outcome.reasons)),
        outcomes.map((o) => o.bid.standing.attestation?.id ?? null),
      ],
    );
    await this.submissions.markScreenedMany(
      tx,
      outcomes.map((o) => ({ ...o.bid, eligible: o.outcome.eligible, reasons: o.outcome.reasons })),
    );
    return outcomes.filter((o) => o.outcome.eligible).length;
  }

  private async moveOn(tx: Tx, challenge: ChallengeEntity, screened: number, eligible: number): Promise<ScreenOutcome> {
    if (eligible === 0) {
      await this.lifecycle.markNoAward(tx, challenge, {
        reason: screened ? 'no submission passed screening at close' : 'no submissions',
        screened,
      });
      return 'NO_AWARD';
    }
    await this.lifecycle.startEvaluation(tx, challenge, { screened, eligible });
    tx.emit('evaluation.assign', { challengeId: challenge.id });
    return 'EVALUATING';
  }
}
