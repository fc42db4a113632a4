import { Actor, TransactionRunner } from '@app/core';
import { Inject, Injectable } from '@nestjs/common';
import { Readable } from 'stream';
import { DataSource } from 'typeorm';

import { DOCUMENTS_CONFIG, DocumentsConfig } from '../documents.config';
import { DocumentEntity } from '../entities/document.entity';
import { DOCUMENT_SCANNER, DocumentScanner } from '../scanning/document-scanner';
import { DOCUMENT_STORE, DocumentStore } from '../storage/document-store';
import { DocumentIntake, IntakeRefusal } from './document-intake';
import { sanitiseFileName } from './file-name';

/** The uploader is told why a file was refused; nothing of it is kept. */
export class InfectedUploadError extends Error {
  constructor(readonly signature: string) {
    super(`The file was refused: the malware scanner found ${signature}`);
  }
}

/**
 * Takes one uploaded file: records it as UPLOADING (so a crash mid-way leaves something the
 * sweeper finds), streams it through the intake (type sniffed and allowed, size bounded, SHA-256)
 * into the store, scans it when a scanner is configured, then marks it READY. Any refusal or
 * failure deletes the row and the bytes: nothing of a refused upload is kept.
 */
@Injectable()
export class DocumentUploadService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    @Inject(DOCUMENTS_CONFIG) private readonly config: DocumentsConfig,
    @Inject(DOCUMENT_STORE) private readonly store: DocumentStore,
    @Inject(DOCUMENT_SCANNER) private readonly scanner: DocumentScanner,
  ) {}

  async upload(actor: Actor, file: Readable, clientName: string | undefined): Promise<DocumentEntity> {
    const inserted = await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(DocumentEntity)
      .values({
        organisationId: actor.organisationId,
        uploadedByUserId: actor.userId,
        name: sanitiseFileName(clientName, 'application/octet-stream'),
        mediaType: 'application/octet-stream',
        sizeBytes: 0,
        sha256: null,
        state: 'UPLOADING' as const,
        scanStatus: this.scanner.enabled ? ('PENDING' as const) : ('NOT_SCANNED' as const),
        storage: this.store.kind,
        createdAt: () => 'now()',
      })
      .returning('id')
      .execute();
    const id = (inserted.raw as { id: string }[])[0].id;
    try {
      const intake = new DocumentIntake(this.config.maxBytes, clientName);
      file.on('error', (error) => intake.destroy(error));
      intake.on('error', () => undefined); // reported through the store's write, which it fails
      file.pipe(intake);
      await this.store.write(id, intake).finally(() => {
        file.unpipe(intake);
        file.resume(); // drain whatever the intake refused, so the request completes and can be answered
      });
      if (!intake.mediaType) throw new IntakeRefusal('BAD_USER_INPUT', 'The file is empty');
      const scanStatus = await this.scan(id);
      return await this.transactions.run(actor, async (tx) => {
        const values = {
          name: sanitiseFileName(clientName, intake.mediaType!),
          mediaType: intake.mediaType!,
          sizeBytes: intake.byteCount,
          sha256: intake.sha256,
          state: 'READY' as const,
          scanStatus,
        };
        await tx.manager.update(DocumentEntity, { id }, values);
        tx.audit({
          action: 'document.uploaded',
          entityType: 'Document',
          entityId: id,
          data: { mediaType: values.mediaType, sizeBytes: values.sizeBytes, sha256: values.sha256, scanStatus },
        });
        return tx.manager.findOneByOrFail(DocumentEntity, { id });
      });
    } catch (error) {
      await this.discard(id);
      if (error instanceof InfectedUploadError) {
        await this.transactions.run(actor, async (tx) =>
          tx.audit({ action: 'document.infected', entityType: 'Document', entityId: id, data: { signature: error.signature } }),
        );
      }
      throw error;
    }
  }

  /** Deletes a refused upload's row and bytes. */
  private async discard(id: string): Promise<void> {
    await this.dataSource.getRepository(DocumentEntity).delete({ id });
    await this.store.delete(id).catch(() => undefined);
  }

  private async scan(id: string): Promise<'CLEAN' | 'NOT_SCANNED'> {
    if (!this.scanner.enabled) return 'NOT_SCANNED';
    const verdict = await this.scanner.scan(await this.store.read(id));
    if (verdict.infected) throw new InfectedUploadError(verdict.signature);
    return 'CLEAN';
  }
}
