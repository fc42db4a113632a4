import { NOTIFICATION_KINDS } from '../notification-kinds';
import { KINDS_BY_ROLE } from './kinds-by-role';
import { type ChainedEvent, EVENT_RULES, rulesFor, TIMED_RULES } from './notification-rules';

describe('the notification rule table', () => {
  const eventRules = Object.entries(EVENT_RULES).flatMap(([action, rules]) => (rules ?? []).map((rule) => ({ action, ...rule })));

  it('covers every kind, by an event or a time-based rule', () => {
    const covered = new Set([...eventRules.map((r) => r.kind), ...TIMED_RULES.map((r) => r.kind)]);
    expect([...NOTIFICATION_KINDS].filter((kind) => !covered.has(kind))).toEqual([]);
  });

  it('gives every kind to exactly one role', () => {
    const owners = NOTIFICATION_KINDS.map((kind) => Object.entries(KINDS_BY_ROLE).filter(([, kinds]) => kinds!.includes(kind)).length);
    expect(owners.every((n) => n === 1)).toBe(true);
  });

  it('tells only the bid vendor of anything a bid does before close (sealed bids)', () => {
    const beforeClose = [
      'submission.submitted',
      'submission.revised',
      'submission.confirmed',
      'submission.withdrawn',
      'submission.needs-confirmation',
    ];
    for (const rule of eventRules.filter((r) => beforeClose.includes(r.action))) expect(rule.audience).toBe('submission-vendor');
  });

  it('never sends an officer or an evaluator a rule on a submission event before close', () => {
    const officerAudiences = eventRules.filter((r) => r.audience === 'buyer-officers').map((r) => r.action);
    expect(officerAudiences.filter((a) => a.startsWith('submission.'))).toEqual([]);
  });

  it('asks for moderation only when the aggregation needs it', () => {
    const event = (needsModeration: boolean): ChainedEvent =>
      ({
        seq: 1,
        at: new Date(),
        action: 'evaluation.aggregated',
        entityType: 'Submission',
        entityId: 's',
        data: { challengeId: 'c', totalScore: 5, needsModeration, evaluators: 3 },
      }) as ChainedEvent;
    expect(rulesFor(event(true)).map((r) => r.kind)).toEqual(['MODERATION_NEEDED']);
    expect(rulesFor(event(false))).toEqual([]);
  });

  it('puts a bid receipt together from ids and the content hash only', () => {
    const [rule] = rulesFor({
      seq: 2,
      at: new Date(),
      action: 'submission.submitted',
      entityType: 'Submission',
      entityId: 'sub-1',
      data: { challengeId: 'c-1', revision: 1, contentHash: 'ab'.repeat(32), attestationHash: 'cd'.repeat(32) },
    } as ChainedEvent);
    expect(rule.subject({ data: { challengeId: 'c-1' }, entityId: 'sub-1' } as never)).toEqual({
      challengeId: 'c-1',
      submissionId: 'sub-1',
    });
    expect(rule.params!({ data: { revision: 1, contentHash: 'ab'.repeat(32) } } as never)).toEqual({
      revision: 1,
      contentHash: 'ab'.repeat(32),
    });
  });
});
