import { CHALLENGE_STATUSES, type ChallengeStatusName } from '../solicitations.types';
import { canTransition, CHALLENGE_TRANSITIONS, type ChallengeTransitionName } from './challenge-transitions';

describe('challenge transitions', () => {
  const terminal: ChallengeStatusName[] = ['AWARDED', 'NO_AWARD', 'CANCELLED'];

  it('leaves no terminal state and reaches every state from DRAFT', () => {
    const reached = new Set<ChallengeStatusName>(['DRAFT']);
    for (let changed = true; changed;) {
      changed = false;
      for (const t of Object.values(CHALLENGE_TRANSITIONS)) {
        if (t.from.some((s) => reached.has(s)) && !reached.has(t.to)) {
          reached.add(t.to);
          changed = true;
        }
      }
    }
    expect([...reached].sort()).toEqual([...CHALLENGE_STATUSES].sort());
    for (const status of terminal) {
      expect((Object.keys(CHALLENGE_TRANSITIONS) as ChallengeTransitionName[]).filter((t) => canTransition(status, t))).toEqual([]);
    }
  });

  it('allows cancelling only before a decision, and awarding only from evaluation', () => {
    expect(canTransition('AWARD_PENDING', 'cancel')).toBe(true);
    expect(canTransition('AWARDED', 'cancel')).toBe(false);
    expect(canTransition('CLOSED', 'awardPending')).toBe(false);
    expect(canTransition('EVALUATING', 'awardPending')).toBe(true);
    expect(canTransition('DRAFT', 'close')).toBe(false);
  });
});
