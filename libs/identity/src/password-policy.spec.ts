import { PASSWORD_MIN_LENGTH, passwordProblems } from './password-policy';

const owner = { email: 'mari.tamm@droneworks.ee', displayName: 'Mari Tamm' };

describe('password policy', () => {
  it.each([
    ['correct horse battery', []],
    ['Bl1ndfold-Kayak-Orbit', []],
    ['demo-password-vendor1', []], // the email name of vendor1@… plus 14 characters of its own
  ])('accepts %j', (password, expected) => {
    expect(passwordProblems(password, { email: 'vendor1@demo.test', displayName: 'Someone Else' })).toEqual(expected);
  });

  it.each([
    ['short', 'password must be 12 to 256 characters'],
    ['x'.repeat(257), 'password must be 12 to 256 characters'],
    [' '.repeat(20), 'password must not be only spaces'],
    ['\t \t \t \t \t \t ', 'password must not be only spaces'],
    ['qwerty123456', 'password is too common: it appears in lists of leaked passwords'],
    ['QAZWSXEDCRFV', 'password is too common: it appears in lists of leaked passwords'],
    ['Password2024!!!', 'password is too common: it appears in lists of leaked passwords'],
    ['1q2w3e4r5t6y', 'password is too common: it appears in lists of leaked passwords'],
    ['mari.tamm2024!', 'password must not be built from your email address or name'],
    ['MariTammMariTamm', 'password must not be built from your email address or name'],
    ['tamm-password-1', 'password must not be built from your email address or name'],
  ])('refuses %j', (password, problem) => {
    expect(passwordProblems(password, owner)).toEqual([problem]);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(passwordProblems('🔒'.repeat(PASSWORD_MIN_LENGTH), owner)).toEqual([]);
    expect(passwordProblems('🔒'.repeat(PASSWORD_MIN_LENGTH - 1), owner)).toHaveLength(1);
  });

  it('names the field it checks', () => {
    expect(passwordProblems('short', owner, 'newPassword')).toEqual(['newPassword must be 12 to 256 characters']);
  });
});
