import { extname } from 'path';

/** file-type is ESM-only; this keeps a real import() that the CommonJS build does not turn into require(). */
const importEsm = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;

interface FileTypeModule {
  fileTypeFromBuffer(buffer: Uint8Array): Promise<{ ext: string; mime: string } | undefined>;
}
let fileType: Promise<FileTypeModule> | undefined;

/**
 * The module, imported once. A failed import is not remembered (the next upload imports again),
 * and is retried once at once: under load, jest's ESM loader has been seen to fail an import that
 * succeeds the next time, and one failure must not refuse every later upload of the process.
 */
async function loadFileType(): Promise<FileTypeModule> {
  const attempt = () =>
    (fileType ??= (importEsm('file-type') as Promise<FileTypeModule>).catch((error: unknown) => {
      fileType = undefined;
      throw error;
    }));
  try {
    return await attempt();
  } catch {
    return attempt();
  }
}

/** Bytes read before deciding: enough for every signature file-type looks at, ZIP-based office files included. */
export const SNIFF_BYTES = 64 * 1024;

/**
 * The media type of a file from its first bytes (file-type's signatures), never from what the
 * client claims. Files without a binary signature count as text when the head is UTF-8 without
 * control characters; CSV is text whose name ends in .csv. Returns `application/octet-stream` for
 * anything else, which the allow-list refuses.
 */
export async function sniffMediaType(head: Buffer, clientName: string | undefined): Promise<string> {
  const detected = await (await loadFileType()).fileTypeFromBuffer(head);
  if (detected) return detected.mime;
  if (!looksLikeText(head)) return 'application/octet-stream';
  return extname(clientName ?? '').toLowerCase() === '.csv' ? 'text/csv' : 'text/plain';
}

export const isTextMediaType = (mediaType: string) => mediaType === 'text/plain' || mediaType === 'text/csv';

const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/;

/**
 * Text check for a whole stream, chunk by chunk: strict UTF-8 (a sequence split across chunks is
 * fine) and no control characters other than tab, newlines and form feed.
 */
export function textValidator(): { push(chunk: Buffer): boolean; end(): boolean } {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const check = (decode: () => string) => {
    try {
      return !CONTROL.test(decode());
    } catch {
      return false;
    }
  };
  return {
    push: (chunk) => check(() => decoder.decode(chunk, { stream: true })),
    end: () => check(() => decoder.decode()),
  };
}

function looksLikeText(head: Buffer): boolean {
  const validator = textValidator();
  // The head may end inside a multi-byte character: only the chunk itself must decode.
  return validator.push(head);
}
