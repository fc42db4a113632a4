import { clearDraft, loadDraft, saveDraft } from './score-draft';

/** Unit specs run in Node: a Map stands in for the browser's localStorage (same four methods). */
class MemoryStorage {
  private readonly items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
  removeItem = (key: string) => void this.items.delete(key);
  clear = () => this.items.clear();
}
(globalThis as unknown as { localStorage: MemoryStorage }).localStorage = new MemoryStorage();

describe('score draft (localStorage, per assignment)', () => {
  beforeEach(() => localStorage.clear());

  it('keeps a typed sheet per assignment until cleared', () => {
    saveDraft('a-1', { c1: { score: '7', justification: 'Good range' } });
    expect(loadDraft('a-1')).toEqual({ c1: { score: '7', justification: 'Good range' } });
    expect(loadDraft('a-2')).toBeNull();
    clearDraft('a-1');
    expect(loadDraft('a-1')).toBeNull();
  });

  it('leaves nothing behind for an untouched sheet, and drops a damaged one', () => {
    saveDraft('a-1', { c1: { score: '', justification: ' ' } });
    expect(localStorage.getItem('sg.scoreDraft.a-1')).toBeNull();
    localStorage.setItem('sg.scoreDraft.a-2', '{not json');
    expect(loadDraft('a-2')).toBeNull();
  });
});
