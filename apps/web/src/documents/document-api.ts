import type { DocumentView } from './document-view';
import { downloadPathOf } from './document-view';

/** Why the API refused a transfer: its `{ code, message }` body, or NETWORK when no answer came. */
export interface TransferRefusal {
  code: string;
  message: string;
}

export type UploadResult = { ok: true; document: DocumentView } | { ok: false; refusal: TransferRefusal };

const bearer = (token: string | null): Record<string, string> => (token ? { authorization: `Bearer ${token}` } : {});

async function refusalOf(response: Response): Promise<TransferRefusal> {
  const body = (await response.json().catch(() => null)) as { code?: unknown; message?: unknown } | null;
  return {
    code: typeof body?.code === 'string' ? body.code : response.status === 404 ? 'NOT_FOUND' : 'UNKNOWN',
    message: typeof body?.message === 'string' ? body.message : `HTTP ${response.status}`,
  };
}

/**
 * POST /documents on the page's own origin: one file in a multipart body, with the session's
 * bearer token (no cookie exists, so nothing can be forged from another site). The API sniffs the
 * type, hashes and scans; its refusals come back as `{ code, message }`.
 */
export async function uploadDocument(file: File, token: string | null): Promise<UploadResult> {
  const body = new FormData();
  body.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch('/documents', { method: 'POST', headers: bearer(token), body });
  } catch {
    return { ok: false, refusal: { code: 'NETWORK', message: 'network' } };
  }
  if (response.status !== 201) return { ok: false, refusal: await refusalOf(response) };
  return { ok: true, document: (await response.json()) as DocumentView };
}

/**
 * Downloads through fetch (a plain link could not carry the bearer token) and hands the bytes to
 * the browser as a blob: URL on a link with `download`, so nothing is ever rendered in the
 * console's origin. The URL is revoked once the browser has taken the file.
 */
export async function downloadDocument(document: DocumentView, token: string | null): Promise<TransferRefusal | null> {
  let response: Response;
  try {
    response = await fetch(downloadPathOf(document), { headers: bearer(token) });
  } catch {
    return { code: 'NETWORK', message: 'network' };
  }
  if (!response.ok) return refusalOf(response);
  const url = URL.createObjectURL(await response.blob());
  const link = window.document.createElement('a');
  link.href = url;
  link.download = document.name;
  link.hidden = true;
  window.document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return null;
}
