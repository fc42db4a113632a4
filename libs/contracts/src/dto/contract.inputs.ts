import { MoneyInput } from '@app/solicitations/api';
import { MilestonePlanInput } from '@app/submissions/api';
import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsNotEmpty, IsString, MaxLength, ValidateNested } from 'class-validator';

@InputType('FollowOnInput')
export class FollowOnInput {
  @Field() @IsString() @IsNotEmpty() @MaxLength(300) title: string;
  @Field(() => MoneyInput) @ValidateNested() @Type(() => MoneyInput) value: MoneyInput;
  @Field(() => [MilestonePlanInput])
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => MilestonePlanInput)
  milestones: MilestonePlanInput[];
  @Field() @IsString() @IsNotEmpty() @MaxLength(10_000) justification: string;
}
