import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';

const PAGE_KEYS = new Set(['first', 'after']);
const absent = (value: unknown) => value === null || value === undefined;

/** Keyset pagination arguments; the hard page-size ceiling is also enforced by the cost limit. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  first?: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  after?: string;

  /**
   * The decorators above as one function (validation.pipe.ts): every list read carries these two
   * arguments, and building the class instance and walking its metadata cost more than the page's
   * own work. True only for values class-validator accepts; any other argument present (a
   * subclass's filter, say) answers false, so that input goes through class-validator as before.
   * A subclass's own arguments must therefore be optional (@IsOptional, nullable in GraphQL), as
   * list filters are: absent, they are not checked here. page-args.spec.ts holds it to the
   * decorators, and to every subclass's.
   */
  static precheck(value: unknown): boolean {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    const args = value as Record<string, unknown>;
    for (const key in args) if (!PAGE_KEYS.has(key) && !absent(args[key])) return false;
    const { first, after } = args;
    if (!absent(first) && !(Number.isInteger(first) && (first as number) >= 1 && (first as number) <= 100)) return false;
    return absent(after) || typeof after === 'string';
  }
}
