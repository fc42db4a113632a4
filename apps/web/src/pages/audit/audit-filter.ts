/**
 * What the auditor narrows a trail to. The API returns one entity's whole trail; action, actor and
 * time range are applied here, over what it returned (a trail is one object's history: small).
 */
export interface AuditFilter {
  entityType: string;
  entityId: string;
  action: string;
  actorId: string;
  /** datetime-local values in the auditor's own time zone, '' when open. */
  from: string;
  to: string;
}

export const EMPTY_FILTER: AuditFilter = { entityType: 'Challenge', entityId: '', action: '', actorId: '', from: '', to: '' };

export function filterFromParams(params: URLSearchParams): AuditFilter {
  const out = { ...EMPTY_FILTER };
  for (const key of Object.keys(EMPTY_FILTER) as (keyof AuditFilter)[]) out[key] = params.get(key) ?? out[key];
  return out;
}

export function filterToParams(filter: AuditFilter): Record<string, string> {
  return Object.fromEntries(Object.entries(filter).filter(([, value]) => value.trim() !== ''));
}

interface Event {
  action: string;
  actorId?: string | null;
  at: string;
}

/** Action: a case-insensitive part of its name; actor: the exact id; time: from inclusive, to exclusive. */
export function matches(event: Event, filter: AuditFilter): boolean {
  if (filter.action.trim() && !event.action.toLowerCase().includes(filter.action.trim().toLowerCase())) return false;
  if (filter.actorId.trim() && event.actorId !== filter.actorId.trim()) return false;
  const at = Date.parse(event.at);
  if (filter.from && at < new Date(filter.from).getTime()) return false;
  if (filter.to && at >= new Date(filter.to).getTime()) return false;
  return true;
}
