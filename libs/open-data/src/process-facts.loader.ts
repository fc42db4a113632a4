import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { type ContractFact, type HistoryEvent, type ProcessFacts, RELEASE_ACTIONS } from './engine';

/** The challenge row fields that decide whether a process may be published at all. */
export interface PublicationGate {
  classification: string;
  publishedAt: Date | null;
}

const num = (v: unknown) => Number(v);

/**
 * Reads one contracting process for the release builder: its audit events and the static facts
 * they lack. Open data is a read-only projection over other domains' tables, so it reads them
 * with plain SQL rather than importing their entities (no domain depends on this one).
 * A fixed number of statements per request, whatever the size of the process.
 */
@Injectable()
export class ProcessFactsLoader {
  constructor(private readonly dataSource: DataSource) {}

  async gate(challengeId: string): Promise<PublicationGate | null> {
    const [row] = await this.dataSource.query(`SELECT classification, published_at FROM challenge WHERE id = $1`, [challengeId]);
    return row ? { classification: row.classification, publishedAt: row.published_at } : null;
  }

  async load(challengeId: string): Promise<{ facts: ProcessFacts; events: HistoryEvent[] }> {
    const q = (sql: string, params: unknown[] = [challengeId]) => this.dataSource.query(sql, params);
    const [c] = await q(
      `SELECT c.id, c.ocid, c.title, c.problem_statement, c.budget_minor, c.currency, c.submission_deadline, c.questions_deadline, c.awarded_at, c.standstill_days, o.id AS buyer_id, o.name AS buyer_name
       FROM challenge c JOIN organisation o ON o.id = c.buyer_organisation_id WHERE c.id = $1`,
    );
    const criteria = await q(`SELECT name, weight FROM evaluation_criterion WHERE challenge_id = $1 ORDER BY position`);
    // Withdrawn bids were never tenders. Loaded whatever the state: the builder decides what is shown when.
    const bids = await q(
      `SELECT s.id, s.price_minor, s.currency, o.id AS org_id, o.name AS org_name
       FROM submission s JOIN organisation o ON o.id = s.vendor_organisation_id WHERE s.challenge_id = $1 AND s.status <> 'WITHDRAWN' ORDER BY s.id`,
    );
    const contracts = await q(
      `SELECT mc.id, mc.submission_id, mc.parent_id, mc.phase, mc.title, mc.value_minor, mc.currency, o.id AS org_id, o.name AS org_name
       FROM micro_contract mc JOIN organisation o ON o.id = mc.vendor_organisation_id WHERE mc.challenge_id = $1 ORDER BY mc.issued_at, mc.id`,
    );
    const contractIds: string[] = contracts.map((r: { id: string }) => r.id);
    const milestones = await q(
      `SELECT id, contract_id, position, title, amount_minor, currency, due_date FROM contract_milestone WHERE contract_id = ANY($1::uuid[]) ORDER BY contract_id, position`,
      [contractIds],
    );
    // Documents attached to the challenge itself; a bid's documents belong to its submission and never appear.
    const documents = await q(
      `SELECT d.id, d.name, d.media_type, d.size_bytes, d.sha256 FROM document d
       WHERE d.owner_type = 'CHALLENGE' AND d.owner_id = $1 AND d.state = 'READY' ORDER BY d.id`,
    );
    // By entity (the audit index), not by a scan of every event's data for the challenge id.
    const events = await q(
      `SELECT seq, at, action, entity_type, entity_id, data FROM audit_event
       WHERE action = ANY($4::text[]) AND ((entity_type = 'Challenge' AND entity_id = $1) OR (entity_type = 'MicroContract' AND entity_id = ANY($2::text[]))
         OR (entity_type = 'Milestone' AND entity_id = ANY($3::text[])) OR (entity_type = 'Document' AND entity_id = ANY($5::text[])))
       ORDER BY seq`,
      [
        challengeId,
        contractIds,
        milestones.map((m: { id: string }) => m.id),
        [...RELEASE_ACTIONS],
        documents.map((d: { id: string }) => d.id),
      ],
    );
    const toContract = (r: Record<string, any>): ContractFact => ({
      id: r.id,
      submissionId: r.submission_id,
      parentId: r.parent_id,
      phase: r.phase,
      vendor: { id: r.org_id, name: r.org_name },
      title: r.title,
      valueMinor: num(r.value_minor),
      currency: r.currency,
      milestones: milestones
        .filter((m: Record<string, any>) => m.contract_id === r.id)
        .map((m: Record<string, any>) => ({
          id: m.id,
          position: m.position,
          title: m.title,
          amountMinor: num(m.amount_minor),
          currency: m.currency,
          dueDate: m.due_date,
        })),
    });
    return {
      facts: {
        tender: {
          challengeId: c.id,
          ocid: c.ocid,
          title: c.title,
          problemStatement: c.problem_statement,
          budgetMinor: num(c.budget_minor),
          currency: c.currency,
          buyer: { id: c.buyer_id, name: c.buyer_name },
          criteria: criteria.map((r: { name: string; weight: number }) => ({ name: r.name, weight: r.weight })),
          submissionDeadline: c.submission_deadline,
          questionsDeadline: c.questions_deadline,
          awardedAt: c.awarded_at,
          standstillDays: c.standstill_days,
        },
        bids: bids.map((r: Record<string, any>) => ({
          submissionId: r.id,
          vendor: { id: r.org_id, name: r.org_name },
          priceMinor: num(r.price_minor),
          currency: r.currency,
        })),
        contracts: contracts.map(toContract),
        documents: documents.map((d: Record<string, any>) => ({
          id: d.id,
          name: d.name,
          mediaType: d.media_type,
          sizeBytes: num(d.size_bytes),
          sha256: d.sha256,
          url: `/documents/${d.id}`,
        })),
      },
      events: events.map((e: Record<string, any>) => ({
        seq: num(e.seq),
        at: e.at,
        action: e.action,
        entityType: e.entity_type,
        entityId: e.entity_id,
        data: e.data,
      })),
    };
  }
}
