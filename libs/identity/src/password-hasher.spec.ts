import * as argon2 from 'argon2';

import { PasswordHasher } from './password-hasher';

jest.mock('argon2', () => ({ argon2id: 2, hash: jest.fn(), verify: jest.fn() }));

/** The login decoy is made once, when asked for, never merely because a process built the hasher (the worker). */
describe('PasswordHasher decoy', () => {
  const hash = argon2.hash as jest.Mock;
  const verify = argon2.verify as jest.Mock;
  beforeEach(() => {
    hash.mockReset().mockResolvedValue('$argon2id$decoy');
    verify.mockReset().mockResolvedValue(false);
  });

  it('is not made by the constructor', () => {
    new PasswordHasher();
    expect(hash).not.toHaveBeenCalled();
  });

  it('is made once by warmUp and then verified for every unknown email', async () => {
    const hasher = new PasswordHasher();
    hasher.warmUp();
    expect(hash).toHaveBeenCalledTimes(1);
    await expect(hasher.verify(null, 'guess')).resolves.toBe(false);
    await expect(hasher.verify(null, 'guess again')).resolves.toBe(false);
    expect(hash).toHaveBeenCalledTimes(1);
    expect(verify).toHaveBeenCalledTimes(2);
    expect(verify).toHaveBeenCalledWith('$argon2id$decoy', 'guess');
  });

  it('is made on first use without warmUp', async () => {
    const hasher = new PasswordHasher();
    await expect(hasher.verify(null, 'guess')).resolves.toBe(false);
    expect(hash).toHaveBeenCalledTimes(1);
  });
});
