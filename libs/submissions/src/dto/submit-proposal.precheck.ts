import { isIso4217Currency } from '@app/core';
import { arrayMaxSize, isArray, isInt, isNotEmpty, isString, isUUID, max, maxLength, min } from 'class-validator';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const absent = (value: unknown) => value === null || value === undefined;

/**
 * SubmitProposalInput's class-validator decorators (and MoneyInput's, MilestonePlanInput's) as one
 * straight function over the same class-validator checks, for the write path, where building the
 * class instances and walking the decorator metadata cost more API CPU than the bid's statements.
 * It only ever says "valid": true means class-validator accepts the value too (each property gets
 * exactly its decorators' checks, @IsOptional skipping null and undefined); false means "not sure",
 * and class-validator then runs as always, so a refused input gets the same errors as before.
 * Nested values must be plain objects (class-validator would also take arrays there, and lets a
 * missing price through, which GraphQL never sends): stricter only ever means falling back.
 * submit-proposal.precheck.spec.ts holds it to the decorators.
 */
export function submitProposalPrecheck(input: unknown): boolean {
  if (!isObject(input)) return false;
  const { challengeId, summary, technicalApproach, price, durationDays, milestones, documentIds, idempotencyKey } = input;
  if (!isUUID(challengeId, 'all')) return false;
  if (!isNotEmpty(summary) || !maxLength(summary, 2000)) return false;
  if (!isNotEmpty(technicalApproach) || !maxLength(technicalApproach, 100_000)) return false;
  if (!isObject(price) || !isInt(price.amountMinor) || !isIso4217Currency(price.currency)) return false;
  if (!isInt(durationDays) || !min(durationDays, 1) || !max(durationDays, 3650)) return false;
  if (!absent(milestones)) {
    if (!isArray(milestones) || !arrayMaxSize(milestones, 50)) return false;
    for (const m of milestones as unknown[]) {
      if (!isObject(m) || !isString(m.title) || !maxLength(m.title, 200) || !isInt(m.dueInDays) || !isInt(m.sharePercent)) return false;
    }
  }
  if (!absent(documentIds)) {
    if (!isArray(documentIds) || !arrayMaxSize(documentIds, 20)) return false;
    if (!(documentIds as unknown[]).every((id) => isUUID(id, 'all'))) return false;
  }
  if (!absent(idempotencyKey) && (!isNotEmpty(idempotencyKey) || !maxLength(idempotencyKey, 200))) return false;
  return true;
}
