import { MetricsRegistry } from '@app/core';

import { ApiMetrics } from './api-metrics';

describe('ApiMetrics.operationLabel', () => {
  it('takes operationName, else the first named operation, else "anonymous"', () => {
    const metrics = ApiMetrics.of(new MetricsRegistry());
    expect(metrics.operationLabel({ operationName: 'Login', query: 'query Other { a }' })).toBe('Login');
    expect(metrics.operationLabel({ query: '  mutation SubmitProposal($i: X!) { a }' })).toBe('SubmitProposal');
    expect(metrics.operationLabel({ query: '{ challenges { id } }' })).toBe('anonymous');
    expect(metrics.operationLabel({ operationName: 'bad name!', query: '{ a }' })).toBe('anonymous');
    expect(metrics.operationLabel(undefined)).toBe('anonymous');
  });

  it('bounds the label set: past 200 names, new ones count as "other"', () => {
    const metrics = ApiMetrics.of(new MetricsRegistry());
    for (let i = 0; i < 200; i += 1) expect(metrics.operationLabel({ operationName: `Op${i}` })).toBe(`Op${i}`);
    expect(metrics.operationLabel({ operationName: 'OneTooMany' })).toBe('other');
    expect(metrics.operationLabel({ operationName: 'Op7' })).toBe('Op7');
  });

  it('is one set of series per registry', () => {
    const registry = new MetricsRegistry();
    expect(ApiMetrics.of(registry)).toBe(ApiMetrics.of(registry));
  });
});
