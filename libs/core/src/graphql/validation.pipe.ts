import { ArgumentMetadata, PipeTransform, ValidationError, ValidationPipe, ValidationPipeOptions } from '@nestjs/common';
import type { ValidatorOptions } from 'class-validator';

import { badInput } from '../errors/app-error';
import { inputTextProblems } from './input-text-rules';

const flatten = (errors: ValidationError[], prefix = ''): string[] =>
  errors.flatMap((error) => {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) =>
      message.startsWith(error.property) ? `${path}${message.slice(error.property.length)}` : `${path}: ${message}`,
    );
    return [...own, ...flatten(error.children ?? [], path)];
  });

/** Inputs remembered as valid per input class; the oldest leaves first beyond it. */
const REMEMBERED_VALID_INPUTS = 200;
/** Longer inputs (their JSON) are validated every time: they are rarely repeated and costly to keep. */
const MAX_REMEMBERED_INPUT_CHARS = 512;

/** JSON that keeps NaN and ±Infinity apart from null, so two inputs share a key only if they validate alike. */
const inputKey = (input: object): string | null => {
  try {
    const json = JSON.stringify(input, (_key, value: unknown) =>
      typeof value === 'number' && !Number.isFinite(value) ? `\u0000${value}` : value,
    );
    return json && json.length <= MAX_REMEMBERED_INPUT_CHARS ? json : null;
  } catch {
    return null; // BigInt, cycles: not remembered
  }
};

/**
 * ValidationPipe that remembers inputs it found valid, per input class. Validation is a pure
 * function of the class and the values (the project's validators are all synchronous and read
 * only the value; `whitelist` is off, so validating changes nothing), and the hot reads send the
 * same small arguments over and over (`challenges(first: 20)`): running every constraint of the
 * class again each time cost more than the resolver's own work. A remembered input is still
 * transformed into its class as before; only the verdict "no errors" is reused, and an invalid
 * input is never remembered, so its errors are produced every time.
 */
class RememberingValidationPipe extends ValidationPipe {
  private readonly valid = new WeakMap<object, Set<string>>();

  constructor(options: ValidationPipeOptions) {
    super(options);
  }

  protected override async validate(object: object, validatorOptions?: ValidatorOptions): Promise<ValidationError[]> {
    const key = inputKey(object);
    let known = this.valid.get(object.constructor);
    if (key !== null && known?.has(key)) return [];
    const errors = await super.validate(object, validatorOptions);
    if (key !== null && errors.length === 0) {
      if (!known) this.valid.set(object.constructor, (known = new Set()));
      if (known.size >= REMEMBERED_VALID_INPUTS) known.delete(known.values().next().value as string);
      known.add(key);
    }
    return errors;
  }
}

/** class-validator on every input; all problems reported at once as BAD_USER_INPUT. */
const classValidation = new RememberingValidationPipe({
  transform: true,
  whitelist: false,
  forbidUnknownValues: false,
  exceptionFactory: (errors) => {
    const problems = flatten(errors);
    return badInput(problems.join('; '), problems);
  },
});

/**
 * An input class on a hot path may carry `static precheck(value)`: its decorators compiled into one
 * function that answers true only for values class-validator accepts. Those are handed to the
 * resolver as GraphQL coerced them (plain objects, not class instances); any other value goes
 * through class-validator as before, so refusals and their messages do not change.
 */
export interface PrecheckedInput {
  precheck(value: unknown): boolean;
}

const precheckOf = (metatype: unknown) => (metatype as Partial<PrecheckedInput> | undefined)?.precheck;

/**
 * Every resolver argument: first the one text rule (input-text-rules.ts: control characters, bidi
 * overrides, nesting), then class-validator (or the input's precheck). @nestjs/graphql hands @Args
 * to pipes as 'body'; context and actor parameters ('custom') are not client input.
 */
class InputValidationPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'body') {
      const problems = inputTextProblems(value, metadata.data ?? 'args');
      if (problems.length) throw badInput(problems.join('; '), problems);
      if (precheckOf(metadata.metatype)?.(value)) return value;
    }
    return classValidation.transform(value, metadata);
  }
}

export const inputValidationPipe = new InputValidationPipe();
