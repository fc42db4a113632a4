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
 * Every resolver argument: first the one text rule (input-text-rules.ts: control characters, bidi
 * overrides, nesting), then class-validator. @nestjs/graphql hands @Args to pipes as 'body';
 * context and actor parameters ('custom') are not client input.
 */
class InputValidationPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'body') {
      const problems = inputTextProblems(value, metadata.data ?? 'args');
      if (problems.length) throw badInput(problems.join('; '), problems);
    }
    return classValidation.transform(value, metadata);
  }
}

export const inputValidationPipe = new InputValidationPipe();
