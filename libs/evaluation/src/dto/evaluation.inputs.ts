import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsString, MaxLength } from 'class-validator';

// Shape only: the rules (every criterion once, 0..10, a justification) live in score-rules.ts so
// every problem is reported in one BAD_USER_INPUT.
@InputType('ScoreInput', { description: 'score: 0..10' })
export class ScoreInput {
  @Field(() => ID) @IsString() criterionId: string;
  @Field(() => Int) @IsInt() score: number;
  @Field() @IsString() @MaxLength(10_000) justification: string;
}
