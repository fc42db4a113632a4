import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import type { DocumentVisibilityName, ScanStatusName } from '../documents.types';

export const DocumentScanStatusEnum = { NOT_SCANNED: 'NOT_SCANNED', PENDING: 'PENDING', CLEAN: 'CLEAN', INFECTED: 'INFECTED' } as const;
registerEnumType(DocumentScanStatusEnum, {
  name: 'DocumentScanStatus',
  description: 'NOT_SCANNED: this deployment has no malware scanner; readers should treat the file with care.',
});

export const DocumentVisibilityEnum = { PUBLIC: 'PUBLIC', RESTRICTED: 'RESTRICTED' } as const;
registerEnumType(DocumentVisibilityEnum, {
  name: 'DocumentVisibility',
  description: 'Challenge annexes: PUBLIC for everyone who sees the challenge, RESTRICTED for vendors eligible to bid.',
});

/** A document as a reader sees it; the bytes are at `downloadPath` (GET, same bearer token). */
@ObjectType('Document')
export class DocumentModel {
  @Field(() => ID) id: string;
  @Field({ description: 'Sanitised file name; neutral for a blind evaluator.' }) name: string;
  @Field({ description: 'Sniffed from the bytes.' }) mediaType: string;
  @Field(() => Int) sizeBytes: number;
  @Field({ description: 'SHA-256 of the bytes, hex.' }) sha256: string;
  @Field(() => DocumentScanStatusEnum) scanStatus: ScanStatusName;
  @Field(() => DocumentVisibilityEnum, { nullable: true, description: 'Challenge annexes only.' })
  visibility: DocumentVisibilityName | null;
  @Field() uploadedAt: Date;
  @Field() downloadPath: string;
}
