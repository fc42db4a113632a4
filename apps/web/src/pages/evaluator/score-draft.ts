/**
 * A score sheet in progress, kept in this browser's localStorage under the assignment's id so an
 * evaluator can leave and come back; it never reaches the server until the final submission, which
 * clears it. Scores stay strings here: a half-typed field is a draft too.
 */
export interface DraftEntry {
  score: string;
  justification: string;
}
export type ScoreDraft = Record<string, DraftEntry>;

const keyFor = (assignmentId: string) => `sg.scoreDraft.${assignmentId}`;

const hasContent = (draft: ScoreDraft) => Object.values(draft).some((entry) => entry.score.trim() || entry.justification.trim());

/** The stored draft, or null when there is none (or nothing was typed in it). */
export function loadDraft(assignmentId: string): ScoreDraft | null {
  try {
    const parsed = JSON.parse(localStorage.getItem(keyFor(assignmentId)) ?? 'null') as unknown;
    if (!parsed || typeof parsed !== 'object') return null;
    const draft: ScoreDraft = {};
    for (const [criterionId, entry] of Object.entries(parsed as Record<string, Partial<DraftEntry>>))
      draft[criterionId] = { score: String(entry?.score ?? ''), justification: String(entry?.justification ?? '') };
    return hasContent(draft) ? draft : null;
  } catch {
    return null; // a damaged draft is dropped, not a broken page
  }
}

/** Keeps the sheet; an untouched one leaves nothing behind. */
export function saveDraft(assignmentId: string, draft: ScoreDraft): void {
  if (hasContent(draft)) localStorage.setItem(keyFor(assignmentId), JSON.stringify(draft));
  else localStorage.removeItem(keyFor(assignmentId));
}

export function clearDraft(assignmentId: string): void {
  localStorage.removeItem(keyFor(assignmentId));
}
