import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One piece of a document's bytes in the PostgreSQL store, read back in `seq` order. */
@Entity('document_chunk')
export class DocumentChunkEntity {
  @PrimaryColumn({ type: 'uuid' })
  documentId: string;

  @PrimaryColumn({ type: 'int' })
  seq: number;

  @Column({ type: 'bytea' })
  data: Buffer;
}
