import { ArgumentMetadata } from '@nestjs/common';
import * as classValidator from 'class-validator';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

import { inputValidationPipe } from './validation.pipe';

class PageInput {
  @IsOptional() @IsInt() @Min(1) @Max(100) first?: number;
}

const args: ArgumentMetadata = { type: 'body', metatype: PageInput, data: undefined };
const transform = (value: unknown) => Promise.resolve(inputValidationPipe.transform(value, args));

describe('inputValidationPipe', () => {
  afterEach(() => jest.restoreAllMocks());

  it('validates an input once and still hands each call its own instance of the class', async () => {
    const validate = jest.spyOn(classValidator, 'validate');
    const first = await transform({ first: 20 });
    const second = await transform({ first: 20 });
    expect(first).toBeInstanceOf(PageInput);
    expect(second).toBeInstanceOf(PageInput);
    expect(second).toEqual({ first: 20 });
    expect(second).not.toBe(first);
    expect(validate).toHaveBeenCalledTimes(1);
    await transform({ first: 21 });
    expect(validate).toHaveBeenCalledTimes(2);
  });

  it('refuses an invalid input every time', async () => {
    for (let i = 0; i < 2; i++) await expect(transform({ first: 1000 })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('never takes NaN or Infinity for a remembered null', async () => {
    await expect(transform({ first: null })).resolves.toEqual({ first: null });
    await expect(transform({ first: NaN })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(transform({ first: Infinity })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
