/** The longest original name kept, in characters. */
export const ORIGINAL_NAME_MAX = 255;

/** Control characters, and the bidirectional overrides that make `fdp.exe` read as `exe.pdf`. */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * The name the uploader's computer gave the file, fit to show: only the last path part (old
 * browsers send `C:\fakepath\…`), composed Unicode (macOS sends Kazakh letters decomposed),
 * without invisible characters, trimmed and at most 255 characters with its extension kept.
 * It is only ever shown and offered as a download name, never used as a path.
 */
export function cleanOriginalName(raw: string | undefined): string {
  const lastPart = (raw ?? '').normalize('NFC').split(/[/\\]/).pop() ?? '';
  const name = lastPart.replace(INVISIBLE, '').trim();
  const chars = Array.from(name);
  if (chars.length <= ORIGINAL_NAME_MAX) return name || 'file';
  const extension = /\.[^.\s]{1,10}$/.exec(name)?.[0] ?? '';
  const base = chars
    .slice(0, ORIGINAL_NAME_MAX - Array.from(extension).length)
    .join('')
    .trimEnd();
  return `${base}${extension}`;
}

/**
 * `Content-Disposition` that shows the file in the browser and names it for saving: an ASCII
 * fallback, and the exact name in RFC 5987 encoding (Kazakh and Russian names survive).
 */
export function inlineContentDisposition(name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `inline; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
