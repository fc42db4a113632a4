import { PageArgs } from '@app/core/api';
import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean, IsOptional } from 'class-validator';

@ArgsType()
export class NotificationsArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() unreadOnly?: boolean;
}
