import { ValidateBy } from 'class-validator';

import { isIso4217Currency } from './currency';

/** class-validator form of isIso4217Currency for GraphQL inputs (refused as BAD_USER_INPUT). */
export const IsIso4217Currency = (): PropertyDecorator =>
  ValidateBy({
    name: 'isIso4217Currency',
    validator: {
      validate: (value: unknown) => isIso4217Currency(value),
      defaultMessage: (args) =>
        `${args?.property ?? 'currency'} must be an ISO 4217 currency code such as EUR (got "${String(args?.value)}")`,
    },
  });
