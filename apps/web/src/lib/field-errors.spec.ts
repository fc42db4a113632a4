import { errorsByField } from './field-errors';
import { ApiError } from './graphql-client';

const problem = (code: string, message: string, extensions: Record<string, unknown> = {}) => ({
  code,
  message,
  extensions: { code, ...extensions },
});

describe('errorsByField', () => {
  it('puts each validation problem next to its field, by the input path it starts with', () => {
    const error = new ApiError([
      problem('BAD_USER_INPUT', 'two problems', { problems: ['input.email must be an email', 'password must be 12 to 256 characters'] }),
    ]);
    expect(errorsByField(error, ['email', 'password'])).toEqual({
      email: ['BAD_USER_INPUT:input.email must be an email'],
      password: ['BAD_USER_INPUT:password must be 12 to 256 characters'],
    });
  });

  it('tells OS-1 from OS-10', () => {
    const error = new ApiError([problem('BAD_USER_INPUT', 'x', { problems: ['OS-10: "XX" is not a country', 'OS-1: not answered'] })]);
    expect(errorsByField(error, ['OS-1', 'OS-10'])).toEqual({
      'OS-10': ['BAD_USER_INPUT:OS-10: "XX" is not a country'],
      'OS-1': ['BAD_USER_INPUT:OS-1: not answered'],
    });
  });

  it('pins codes that always concern one field, and leaves the rest for the whole form', () => {
    const error = new ApiError([problem('CONFLICT', 'A user with this email already exists'), problem('RATE_LIMITED', 'slow down')]);
    expect(errorsByField(error, ['email'], { CONFLICT: { field: 'email', entry: 'EMAIL_TAKEN' } })).toEqual({
      email: ['EMAIL_TAKEN'],
      '': ['RATE_LIMITED'],
    });
  });
});
