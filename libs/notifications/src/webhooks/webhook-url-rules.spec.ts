import { isInternalAddress, webhookUrlProblems } from './webhook-url-rules';

describe('webhook URL rules', () => {
  it('accepts https anywhere and plain http only to this machine outside production', () => {
    expect(webhookUrlProblems('https://hooks.example.eu/sprintgate', false)).toEqual([]);
    expect(webhookUrlProblems('http://127.0.0.1:4000/in', false)).toEqual([]);
    expect(webhookUrlProblems('http://localhost/in', false)).toEqual([]);
    expect(webhookUrlProblems('http://[::1]:8080/in', false)).toEqual([]);
    expect(webhookUrlProblems('http://hooks.example.eu/in', false)).toEqual([
      'url must use https (plain http only to localhost outside production)',
    ]);
    expect(webhookUrlProblems('ftp://hooks.example.eu/in', false)).toHaveLength(1);
  });

  it('requires https and refuses internal targets in production (SSRF)', () => {
    expect(webhookUrlProblems('https://hooks.example.eu/sprintgate', true)).toEqual([]);
    expect(webhookUrlProblems('http://hooks.example.eu/in', true)).toEqual(['url must use https']);
    for (const url of [
      'https://localhost/in',
      'https://127.0.0.1/in',
      'https://10.1.2.3/in',
      'https://172.20.0.1/in',
      'https://192.168.1.10/in',
      'https://169.254.169.254/latest/meta-data',
      'https://[::1]/in',
      'https://[fd00::1]/in',
      'https://[::ffff:10.0.0.1]/in',
      'https://metadata.localhost/in',
    ]) {
      expect([url, webhookUrlProblems(url, true)]).toEqual([url, ['url must not point to a private or internal address']]);
    }
  });

  it('refuses what is not a URL, credentials and oversized URLs', () => {
    expect(webhookUrlProblems('not a url', false)).toEqual(['url must be an absolute http(s) URL']);
    expect(webhookUrlProblems('https://user:pw@hooks.example.eu/', false)).toEqual(['url must not carry credentials']);
    expect(webhookUrlProblems(`https://hooks.example.eu/${'a'.repeat(2100)}`, false)).toHaveLength(1);
  });

  it('classifies addresses', () => {
    expect(isInternalAddress('8.8.8.8')).toBe(false);
    expect(isInternalAddress('2a00:1450:4007::1')).toBe(false);
    expect(isInternalAddress('100.64.0.1')).toBe(true);
    expect(isInternalAddress('fe80::1')).toBe(true);
    expect(isInternalAddress('::ffff:127.0.0.1')).toBe(true);
    expect(isInternalAddress('hooks.example.eu')).toBe(false);
  });
});
