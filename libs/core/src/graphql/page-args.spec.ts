import { ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, IsString, ValidateNested } from 'class-validator';
import fc from 'fast-check';

import { NotificationsArgs } from '../../../notifications/src/dto/notification.inputs';
import { ChallengesArgs } from '../../../solicitations/src/dto/challenge.inputs';
import { PageArgs } from './page-args';

@InputType()
class SomeFilter {
  @Field({ nullable: true }) @IsOptional() @IsString() tag?: string;
}

class FilteredPageArgs extends PageArgs {
  @IsOptional() @ValidateNested() @Type(() => SomeFilter) filter?: SomeFilter;
}

// class-validator exactly as the global pipe configures it, without the precheck.
const classValidation = new ValidationPipe({ transform: true, whitelist: false, forbidUnknownValues: false });
const accepted = (metatype: unknown, value: unknown) =>
  classValidation.transform(value, { type: 'body', metatype, data: 'args' } as ArgumentMetadata).then(
    () => true,
    () => false,
  );

const firsts = [undefined, null, 1, 20, 100, 0, 101, -1, 1.5, Number.NaN, Infinity, '20', true, 2 ** 53];
const afters = [undefined, null, '', 'WyIyMDI2Il0', 7, {}, ['x']];

describe('PageArgs.precheck', () => {
  it('says valid only where class-validator accepts, over every pairing of first and after', async () => {
    for (const first of firsts)
      for (const after of afters) {
        const args = { first, after };
        if (PageArgs.precheck(args)) expect(await accepted(PageArgs, args)).toBe(true);
      }
  });

  it('accepts the common shapes, so the hot reads skip class-validator', () => {
    expect(PageArgs.precheck({})).toBe(true);
    expect(PageArgs.precheck({ first: 20 })).toBe(true);
    expect(PageArgs.precheck({ first: 100, after: 'WyIyMDI2Il0' })).toBe(true);
    expect(PageArgs.precheck({ first: null, after: null })).toBe(true);
  });

  it('refuses what class-validator refuses, so those inputs get its errors', async () => {
    for (const args of [{ first: 0 }, { first: 101 }, { first: 1.5 }, { first: '20' }, { after: 7 }]) {
      expect(PageArgs.precheck(args)).toBe(false);
      expect(await accepted(PageArgs, args)).toBe(false);
    }
  });

  it("defers any other argument (a subclass's filter) to class-validator", async () => {
    expect(PageArgs.precheck({ first: 20, filter: { tag: 'rf' } })).toBe(false);
    expect(PageArgs.precheck({ first: 20, filter: null })).toBe(true); // absent: nothing to check
    expect(FilteredPageArgs.precheck({ first: 20, filter: { tag: 7 } })).toBe(false);
    expect(await accepted(FilteredPageArgs, { first: 20, filter: { tag: 7 } })).toBe(false);
  });

  it('holds for the subclasses in use: their own arguments are optional', async () => {
    for (const metatype of [ChallengesArgs, NotificationsArgs])
      for (const first of firsts)
        for (const after of afters) {
          const args = { first, after };
          if (PageArgs.precheck(args)) expect(await accepted(metatype, args)).toBe(true);
        }
  });

  it('never says valid where class-validator refuses, for arbitrary values (property)', async () => {
    const anyValue = fc.oneof(fc.constantFrom(...firsts, ...afters), fc.anything());
    await fc.assert(
      fc.asyncProperty(fc.record({ first: anyValue, after: anyValue }, { requiredKeys: [] }), async (args) => {
        if (PageArgs.precheck(args)) expect(await accepted(PageArgs, args)).toBe(true);
      }),
      { numRuns: 300, seed: 16 },
    );
  });
});
