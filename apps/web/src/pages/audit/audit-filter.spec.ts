import { EMPTY_FILTER, filterFromParams, filterToParams, matches } from './audit-filter';

describe('audit trail filter (client side)', () => {
  const event = { action: 'milestone.accepted', actorId: 'u-1', at: '2026-03-01T10:00:00.000Z' };

  it('keeps everything with an empty filter', () => {
    expect(matches(event, EMPTY_FILTER)).toBe(true);
  });

  it('matches a part of the action in any letter case, and the exact actor', () => {
    expect(matches(event, { ...EMPTY_FILTER, action: 'ACCEPTED' })).toBe(true);
    expect(matches(event, { ...EMPTY_FILTER, action: 'rejected' })).toBe(false);
    expect(matches(event, { ...EMPTY_FILTER, actorId: 'u-1' })).toBe(true);
    expect(matches(event, { ...EMPTY_FILTER, actorId: 'u-10' })).toBe(false);
    expect(matches({ ...event, actorId: null }, { ...EMPTY_FILTER, actorId: 'u-1' })).toBe(false);
  });

  it('keeps [from, to)', () => {
    const at = new Date(event.at).getTime();
    const local = (ms: number) => {
      const d = new Date(ms);
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
    };
    expect(matches(event, { ...EMPTY_FILTER, from: local(at) })).toBe(true);
    expect(matches(event, { ...EMPTY_FILTER, from: local(at + 60_000) })).toBe(false);
    expect(matches(event, { ...EMPTY_FILTER, to: local(at) })).toBe(false);
    expect(matches(event, { ...EMPTY_FILTER, to: local(at + 60_000) })).toBe(true);
  });

  it('round-trips through the address, leaving empty fields out', () => {
    const filter = { ...EMPTY_FILTER, entityType: 'Milestone', entityId: 'm-1', action: 'paid' };
    const params = filterToParams(filter);
    expect(params).toEqual({ entityType: 'Milestone', entityId: 'm-1', action: 'paid' });
    expect(filterFromParams(new URLSearchParams(params))).toEqual(filter);
  });
});
