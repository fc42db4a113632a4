import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { GraphQLJSON } from 'graphql-scalars';

// Shape and size only: whether each value fits its criterion is checked against the catalogue
// by validateAnswers, which reports every problem at once.
@InputType()
export class CriterionAnswerInput {
  @Field() @IsString() @MaxLength(20) code: string;
  @Field(() => GraphQLJSON) value: unknown;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(4000) evidence?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      "Uploaded documents (POST /documents) supporting this answer; part of this attestation version and its hash. A document of the organisation's previous version may be listed again.",
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true, message: 'documentIds must be ids' })
  documentIds?: string[] | null;
}

@InputType()
export class SubmitAttestationInput {
  @Field(() => [CriterionAnswerInput])
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => CriterionAnswerInput)
  answers: CriterionAnswerInput[];

  @Field() @IsNotEmpty() @MaxLength(200) signatoryName: string;
}
