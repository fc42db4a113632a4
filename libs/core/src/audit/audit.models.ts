import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON, GraphQLSafeInt } from 'graphql-scalars';

@ObjectType('AuditEvent')
export class AuditEventModel {
  @Field(() => GraphQLSafeInt) seq: number;
  @Field() at: Date;
  @Field(() => ID, { nullable: true }) actorId: string | null;
  @Field() action: string;
  @Field() entityType: string;
  @Field() entityId: string;
  @Field(() => GraphQLJSON) data: Record<string, unknown>;
  @Field() prevHash: string;
  @Field() hash: string;
}

@ObjectType('AuditChainVerification')
export class AuditChainVerificationModel {
  @Field() valid: boolean;
  @Field(() => Int) checkedEvents: number;
  @Field(() => GraphQLSafeInt, { nullable: true }) firstBrokenSeq: number | null;
}
