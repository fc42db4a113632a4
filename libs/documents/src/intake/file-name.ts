import { ALLOWED_MEDIA_TYPES } from './allowed-media-types';

const MAX_NAME_LENGTH = 180;
// Controls, path and shell-special characters, and bidirectional overrides that can disguise an extension.

const UNSAFE = /[\u0000-\u001f\u007f-\u009f"\\/:*?<>|\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A client's file name made safe to show and to send in Content-Disposition: the last path
 * segment only, normalised, without control, path or direction-override characters, at most 180
 * characters, and ending in an extension of the sniffed media type (so a PNG sent as
 * `report.pdf` is offered as `report.pdf.png`, never as something it is not).
 */
export function sanitiseFileName(raw: string | undefined, mediaType: string): string {
  const lastSegment = (raw ?? '').split(/[/\\]/).pop() ?? '';
  let name = lastSegment
    .normalize('NFC')
    .replace(UNSAFE, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '');
  const extensions = ALLOWED_MEDIA_TYPES[mediaType] ?? [];
  const extension = /\.([A-Za-z0-9]{1,10})$/.exec(name)?.[1]?.toLowerCase();
  const suffix = extension && extensions.includes(extension) ? '' : extensions[0] ? `.${extensions[0]}` : '';
  if (!name || name === suffix) name = 'document';
  const room = MAX_NAME_LENGTH - suffix.length;
  if (name.length > room) {
    const keep = extension && !suffix ? `.${extension}` : '';
    name = name.slice(0, room - keep.length).trimEnd() + keep;
  }
  return name + suffix;
}

/** `attachment` with an ASCII fallback and the exact UTF-8 name (RFC 6266 / RFC 5987). */
export function contentDisposition(name: string): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/[%;,]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
