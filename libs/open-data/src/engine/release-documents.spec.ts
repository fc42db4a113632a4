import { expectValidPackage } from '../../test-support/ocds-validator';
import { IDS, META, sprintEvents, sprintFacts } from '../../test-support/sprint-history';
import type { HistoryEvent } from './process-facts';
import { buildReleasePackage } from './release-builder';

const ANNEX = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaa1';
const RESTRICTED = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaa2';
const BID_DOC = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaa3';
const SHA = 'ab'.repeat(32);

const doc = (
  seq: number,
  at: string,
  action: 'document.attached' | 'document.detached',
  id: string,
  data: Record<string, unknown>,
): HistoryEvent => ({ seq, at: new Date(at), action, entityType: 'Document', entityId: id, data }) as unknown as HistoryEvent;
const onChallenge = { ownerType: 'CHALLENGE', ownerId: IDS.challenge };

const facts = () => ({
  ...sprintFacts(),
  documents: [ANNEX, RESTRICTED, BID_DOC].map((id) => ({
    id,
    name: `${id}.pdf`,
    mediaType: 'application/pdf',
    sizeBytes: 1234,
    sha256: SHA,
    url: `https://sprintgate.example/documents/${id}`,
  })),
});

describe('tender.documents', () => {
  const events = [
    ...sprintEvents(),
    // Attached while a draft: before challenge.published (seq 102), so part of the first tender release.
    doc(1, '2026-03-01T10:00:00.000Z', 'document.attached', ANNEX, { ...onChallenge, visibility: 'PUBLIC' }),
    doc(2, '2026-03-01T10:00:01.000Z', 'document.attached', RESTRICTED, { ...onChallenge, visibility: 'RESTRICTED' }),
    doc(104, '2026-03-04T10:00:00.000Z', 'document.attached', BID_DOC, { ownerType: 'SUBMISSION', ownerId: IDS.winnerBid, revision: 1 }),
    doc(117, '2026-06-01T10:00:00.000Z', 'document.detached', ANNEX, onChallenge),
  ];
  const pkg = buildReleasePackage(facts(), events, META)!;

  it('lists public annexes from the first tender release, with hash and address, and never a restricted or bid document', () => {
    const [tender] = pkg.releases;
    expect(tender.tag).toEqual(['tender']);
    expect(tender.tender.documents).toEqual([
      {
        id: ANNEX,
        documentType: 'biddingDocuments',
        title: `${ANNEX}.pdf`,
        description: `SHA-256 ${SHA}; 1234 bytes`,
        url: `https://sprintgate.example/documents/${ANNEX}`,
        datePublished: '2026-03-01T10:00:00.000Z',
        format: 'application/pdf',
      },
    ]);
    const text = JSON.stringify(pkg);
    expect(text).not.toContain(RESTRICTED);
    expect(text).not.toContain(BID_DOC);
  });

  it('publishes a tenderUpdate when a public annex is detached', () => {
    const last = pkg.releases[pkg.releases.length - 1];
    expect(last.tag).toEqual(['tenderUpdate']);
    expect(last.tender.documents).toBeUndefined();
    expect(pkg.releases.filter((r) => r.tag[0] === 'tenderUpdate')).toHaveLength(1);
  });

  it('stays valid against the OCDS 1.1.5 schema', () => {
    expectValidPackage(pkg);
  });
});
