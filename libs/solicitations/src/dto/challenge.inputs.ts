import { CLASSIFICATIONS } from '@app/core';
import { PageArgs } from '@app/core/api';
import { SovereigntyTierEnum, TrustedJurisdictionEnum } from '@app/sovereignty/api';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';

import { MoneyInput } from '../models/money.models';
import { ChallengeStatusEnum, ClassificationEnum } from '../models/solicitations.enums';
import {
  CHALLENGE_STATUSES,
  type ChallengeStatusName,
  type ClassificationName,
  TIER_NAMES,
  type TierName,
  type TrustedJurisdiction,
} from '../solicitations.types';

// Shapes and types only; the business rules (weights, deadlines, money, tiers) live in
// challenge-rules.ts so every problem is reported in one BAD_USER_INPUT.

@InputType('EvaluationCriterionInput')
export class EvaluationCriterionInput {
  @Field() @IsNotEmpty() @MaxLength(200) name: string;
  @Field() @IsString() @MaxLength(5000) description: string;
  @Field(() => Int) @IsInt() weight: number;
}

@InputType('CreateChallengeInput')
export class CreateChallengeInput {
  @Field() @IsNotEmpty() @MaxLength(300) title: string;
  @Field() @IsNotEmpty() @MaxLength(50_000) problemStatement: string;
  @Field(() => [String]) @IsArray() @ArrayMaxSize(30) @IsNotEmpty({ each: true }) @MaxLength(50, { each: true }) tags: string[];
  @Field(() => ClassificationEnum) @IsIn(CLASSIFICATIONS as unknown as string[]) classification: ClassificationName;
  @Field(() => SovereigntyTierEnum) @IsIn(TIER_NAMES as unknown as string[]) requiredTier: TierName;
  @Field(() => TrustedJurisdictionEnum) @IsIn(['NATO', 'EU_EEA']) trustedJurisdiction: TrustedJurisdiction;
  @Field() @IsBoolean() smeOnly: boolean;
  @Field(() => MoneyInput) @ValidateNested() @Type(() => MoneyInput) budget: MoneyInput;
  @Field(() => MoneyInput) @ValidateNested() @Type(() => MoneyInput) maxContractValue: MoneyInput;
  @Field(() => Int) @IsInt() maxAwards: number;
  @Field() @IsDate() submissionDeadline: Date;
  @Field(() => Date, { nullable: true }) @IsOptional() @IsDate() questionsDeadline?: Date | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() evaluatorsPerSubmission?: number | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() blindEvaluation?: boolean | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() standstillDays?: number | null;
  @Field(() => [EvaluationCriterionInput])
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => EvaluationCriterionInput)
  criteria: EvaluationCriterionInput[];
  @Field(() => Date, { nullable: true }) @IsOptional() @IsDate() scoringDeadline?: Date | null;
}

@InputType('UpdateChallengeInput')
export class UpdateChallengeInput {
  @Field({ nullable: true }) @IsOptional() @IsNotEmpty() @MaxLength(300) title?: string;
  @Field({ nullable: true }) @IsOptional() @IsNotEmpty() @MaxLength(50_000) problemStatement?: string;
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsNotEmpty({ each: true })
  @MaxLength(50, { each: true })
  tags?: string[];
  @Field(() => MoneyInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => MoneyInput) budget?: MoneyInput;
  @Field(() => MoneyInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => MoneyInput) maxContractValue?: MoneyInput;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() maxAwards?: number;
  @Field({ nullable: true }) @IsOptional() @IsDate() submissionDeadline?: Date;
  @Field(() => Date, { nullable: true }) @IsOptional() @IsDate() questionsDeadline?: Date | null;
  @Field(() => [EvaluationCriterionInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => EvaluationCriterionInput)
  criteria?: EvaluationCriterionInput[];
}

@InputType('AmendChallengeInput', { description: 'What may change after publication; every amendment is recorded and shown to bidders.' })
export class AmendChallengeInput {
  @Field({ nullable: true }) @IsOptional() @IsNotEmpty() @MaxLength(50_000) problemStatement?: string;
  @Field({ nullable: true }) @IsOptional() @IsDate() submissionDeadline?: Date;
  @Field({ nullable: true }) @IsOptional() @IsDate() questionsDeadline?: Date;
  @Field(() => Date, { nullable: true, description: 'Amendable until the award decision; must be after the submission deadline.' })
  @IsOptional()
  @IsDate()
  scoringDeadline?: Date;
  @Field(() => [EvaluationCriterionInput], {
    nullable: true,
    description: 'Criteria and weights may be amended only while no submission exists.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => EvaluationCriterionInput)
  criteria?: EvaluationCriterionInput[];
}

@InputType('ChallengeFilter')
export class ChallengeFilter {
  @Field(() => [ChallengeStatusEnum], { nullable: true })
  @IsOptional()
  @IsIn(CHALLENGE_STATUSES as unknown as string[], { each: true })
  status?: ChallengeStatusName[];
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(50) tag?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) search?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'buyerId must be an id' }) buyerId?: string;
}

@ArgsType()
export class ChallengesArgs extends PageArgs {
  @Field(() => ChallengeFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => ChallengeFilter) filter?: ChallengeFilter;
}
