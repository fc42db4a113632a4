import { MoneyInput } from '@app/solicitations/api';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

import { submitProposalPrecheck } from './submit-proposal.precheck';

@InputType('MilestonePlanInput')
export class MilestonePlanInput {
  @Field() @IsString() @MaxLength(200) title: string;
  @Field(() => Int) @IsInt() dueInDays: number;
  @Field(() => Int, { description: 'percent of the price; a plan sums to 100' }) @IsInt() sharePercent: number;
}

@InputType('SubmitProposalInput')
export class SubmitProposalInput {
  /** The decorators below as one function (InputValidationPipe): the write path's validation. */
  static precheck = submitProposalPrecheck;

  @Field(() => ID) @IsUUID('all', { message: 'challengeId must be an id' }) challengeId: string;
  @Field() @IsNotEmpty() @MaxLength(2000) summary: string;
  @Field() @IsNotEmpty() @MaxLength(100_000) technicalApproach: string;
  @Field(() => MoneyInput) @ValidateNested() @Type(() => MoneyInput) price: MoneyInput;
  @Field(() => Int) @IsInt() @Min(1) @Max(3650) durationDays: number;
  @Field(() => [MilestonePlanInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => MilestonePlanInput)
  milestones?: MilestonePlanInput[] | null;
  @Field(() => [ID], {
    nullable: true,
    description: 'Uploaded documents that form part of the bid (POST /documents); a revision replaces the previous set.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true, message: 'documentIds must be ids' })
  documentIds?: string[] | null;
  @Field(() => String, {
    nullable: true,
    description: 'A retry with the same key and the same content returns the first result and changes nothing.',
  })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(200)
  idempotencyKey?: string | null;
}
