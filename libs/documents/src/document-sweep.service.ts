import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { DOCUMENTS_CONFIG, DocumentsConfig } from './documents.config';
import { DOCUMENT_STORE, DocumentStore } from './storage/document-store';

/**
 * Deletes uploads nobody attached within DOCUMENT_UNATTACHED_TTL_SECONDS (a day by default), and
 * uploads a crashed process left half-written, with their bytes. The age is taken on the database
 * clock. Attached documents are part of the record and are never swept.
 */
@Injectable()
export class DocumentSweepService {
  private readonly logger = new Logger('DocumentSweep');

  constructor(
    private readonly dataSource: DataSource,
    @Inject(DOCUMENT_STORE) private readonly store: DocumentStore,
    @Inject(DOCUMENTS_CONFIG) private readonly config: DocumentsConfig,
  ) {}

  async sweep(batch = 500): Promise<number> {
    let swept = 0;
    for (;;) {
      const rows: { id: string }[] = await this.dataSource.query(
        `SELECT id FROM document
          WHERE owner_id IS NULL AND created_at < now() - make_interval(secs => $1)
          ORDER BY created_at LIMIT $2`,
        [this.config.unattachedTtlSeconds, batch],
      );
      for (const { id } of rows) {
        // The row goes first, and only if still unattached: an attach holding its lock wins, and
        // PostgreSQL re-checks owner_id once that lock is released.
        const [deleted] = await this.dataSource.query(`DELETE FROM document WHERE id = $1 AND owner_id IS NULL RETURNING id`, [id]);
        if (deleted?.length) {
          await this.store.delete(id);
          swept++;
        }
      }
      if (rows.length < batch) break;
    }
    if (swept) this.logger.log(`swept ${swept} unattached document(s)`);
    return swept;
  }
}
