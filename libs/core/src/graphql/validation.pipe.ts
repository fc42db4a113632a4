import { ArgumentMetadata, PipeTransform, ValidationError, ValidationPipe } from '@nestjs/common';

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

/** class-validator on every input; all problems reported at once as BAD_USER_INPUT. */
const classValidation = new ValidationPipe({
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
