import { createSecretKey } from 'crypto';
import * as jwt from 'jsonwebtoken';

import { verifyHs256 } from './hs256';

const SECRET = 'unit-secret-0123456789abcdef0123456789';
const key = createSecretKey(Buffer.from(SECRET, 'utf8'));
const now = Math.floor(Date.now() / 1000);
const sign = (claims: object, options: jwt.SignOptions = {}, secret = SECRET) =>
  jwt.sign(claims, secret, { algorithm: 'HS256', issuer: 'sprintgate', expiresIn: 60, ...options });
/** What jsonwebtoken itself decides, for comparison. */
const reference = (token: string) => {
  try {
    return jwt.verify(token, SECRET, { algorithms: ['HS256'], issuer: 'sprintgate' }) as Record<string, unknown>;
  } catch {
    return null;
  }
};

describe('verifyHs256', () => {
  it('accepts what jsonwebtoken accepts and returns the same claims', () => {
    const token = sign({ sub: 'user-1' });
    expect(verifyHs256(token, key, 'sprintgate')).toEqual(reference(token));
    expect(verifyHs256(token, key, 'sprintgate')?.sub).toBe('user-1');
  });

  it.each([
    ['another secret', () => sign({ sub: 'u' }, {}, 'another-secret-0123456789abcdef01234567')],
    ['another issuer', () => sign({ sub: 'u' }, { issuer: 'elsewhere' })],
    ['no issuer', () => jwt.sign({ sub: 'u' }, SECRET, { algorithm: 'HS256', expiresIn: 60 })],
    ['expired', () => jwt.sign({ sub: 'u', exp: now - 1 }, SECRET, { algorithm: 'HS256', issuer: 'sprintgate' })],
    ['not yet valid', () => sign({ sub: 'u' }, { notBefore: 120 })],
    ['HS512', () => sign({ sub: 'u' }, { algorithm: 'HS512' })],
    [
      'alg none',
      () =>
        `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(`{"sub":"u","iss":"sprintgate","exp":${now + 60}}`).toString('base64url')}.`,
    ],
    [
      'a tampered payload',
      () => {
        const [h, , s] = sign({ sub: 'u' }).split('.');
        return `${h}.${Buffer.from(`{"sub":"admin","iss":"sprintgate","exp":${now + 60}}`).toString('base64url')}.${s}`;
      },
    ],
    ['a stray character in the signature', () => `${sign({ sub: 'u' })}=`],
    ['four parts', () => `${sign({ sub: 'u' })}.x`],
    ['garbage', () => 'not.a.token'],
    ['empty', () => ''],
  ])('refuses a token with %s, as jsonwebtoken does', (_, make) => {
    const token = make();
    expect(reference(token)).toBeNull();
    expect(verifyHs256(token, key, 'sprintgate')).toBeNull();
  });

  it('requires an expiry (every token the API issues has one)', () => {
    const token = jwt.sign({ sub: 'u' }, SECRET, { algorithm: 'HS256', issuer: 'sprintgate' });
    expect(verifyHs256(token, key, 'sprintgate')).toBeNull();
  });
});
