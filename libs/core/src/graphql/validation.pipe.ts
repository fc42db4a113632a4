import { ValidationError, ValidationPipe } from '@nestjs/common';

import { badInput } from '../errors/app-error';

const flatten = (errors: ValidationError[], prefix = ''): string[] =>
  errors.flatMap((error) => {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) =>
      message.startsWith(error.property) ? `${path}${message.slice(error.property.length)}` : `${path}: ${message}`,
    );
    return [...own, ...flatten(error.children ?? [], path)];
  });

/** class-validator on every input; all problems reported at once as BAD_USER_INPUT. */
export const inputValidationPipe = new ValidationPipe({
  transform: true,
  whitelist: false,
  forbidUnknownValues: false,
  exceptionFactory: (errors) => {
    const problems = flatten(errors);
    return badInput(problems.join('; '), problems);
  },
});
