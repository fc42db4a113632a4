import { mayReadMetrics } from './metrics-access';

describe('mayReadMetrics', () => {
  const token = 'metrics-token-0123456789';

  it('without a token, admits loopback clients only', () => {
    expect(mayReadMetrics('', undefined, '127.0.0.1')).toBe(true);
    expect(mayReadMetrics('', undefined, '::1')).toBe(true);
    expect(mayReadMetrics('', 'Bearer x', '10.0.0.7')).toBe(false);
    expect(mayReadMetrics('', undefined, undefined)).toBe(false);
  });

  it('with a token, admits exactly that bearer token from anywhere', () => {
    expect(mayReadMetrics(token, `Bearer ${token}`, '10.0.0.7')).toBe(true);
    expect(mayReadMetrics(token, `bearer ${token}`, '10.0.0.7')).toBe(true);
    expect(mayReadMetrics(token, `Bearer ${token}x`, '127.0.0.1')).toBe(false);
    expect(mayReadMetrics(token, undefined, '127.0.0.1')).toBe(false);
    expect(mayReadMetrics(token, 'Basic abc', '127.0.0.1')).toBe(false);
  });
});
