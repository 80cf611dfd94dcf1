import type { MediaKind } from '@bilikti/contracts';

/** What a file's leading bytes say it is. */
export interface SniffedMedia {
  kind: MediaKind;
  contentType: string;
}

/** How many leading bytes the sniffer looks at; every accepted format identifies itself well within them. */
export const SNIFF_BYTES = 1024;

/**
 * Recognises an accepted image, video or PDF from its leading bytes (at most `SNIFF_BYTES`),
 * whatever the file's name or the browser's content type claim. Anything else is null: an
 * executable or an HTML page renamed to `.pdf` must never be stored or served as a PDF.
 */
export function sniffMedia(head: Uint8Array): SniffedMedia | null {
  const bytes = Buffer.from(head.buffer, head.byteOffset, Math.min(head.byteLength, SNIFF_BYTES));
  if (isPng(bytes)) return { kind: 'image', contentType: 'image/png' };
  if (isJpeg(bytes)) return { kind: 'image', contentType: 'image/jpeg' };
  if (isWebp(bytes)) return { kind: 'image', contentType: 'image/webp' };
  if (isMp4(bytes)) return { kind: 'video', contentType: 'video/mp4' };
  if (isWebm(bytes)) return { kind: 'video', contentType: 'video/webm' };
  if (isPdf(bytes)) return { kind: 'pdf', contentType: 'application/pdf' };
  return null;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The signature, then the IHDR chunk that every PNG starts with. */
function isPng(bytes: Buffer): boolean {
  return startsWith(bytes, PNG_SIGNATURE) && ascii(bytes, 12, 4) === 'IHDR';
}

function isJpeg(bytes: Buffer): boolean {
  return bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
}

/** A RIFF container of type WEBP whose first chunk is a VP8 bitstream (lossy, lossless or extended). */
function isWebp(bytes: Buffer): boolean {
  return (
    ascii(bytes, 0, 4) === 'RIFF' &&
    ascii(bytes, 8, 4) === 'WEBP' &&
    ['VP8 ', 'VP8L', 'VP8X'].includes(ascii(bytes, 12, 4))
  );
}

/** `%PDF-` and a version digit, at the very start (readers that look further ahead invite polyglots). */
function isPdf(bytes: Buffer): boolean {
  return ascii(bytes, 0, 5) === '%PDF-' && bytes.length > 5 && bytes[5]! >= 0x31 && bytes[5]! <= 0x39;
}

/** ISO base media brands of MP4 video that browsers play. */
const MP4_BRANDS = new Set([
  'isom',
  'iso2',
  'iso3',
  'iso4',
  'iso5',
  'iso6',
  'iso7',
  'iso8',
  'iso9',
  'mp41',
  'mp42',
  'avc1',
  'M4V ',
  'M4VH',
  'M4VP',
  'dash',
  'mmp4',
  'MSNV',
  'f4v ',
]);

/** Major brands of the same container that are not MP4 video: audio, QuickTime, HEIF/AVIF images, 3GPP, JPEG 2000. */
const NOT_MP4_VIDEO = /^(M4A |M4B |M4P |qt {2}|hei[cx]|hev[cx]|mif1|msf1|avi[fs]|crx |jp2 |3g)/;

/**
 * An `ftyp` box first: its size, `ftyp`, the major brand, a minor version, then compatible brands.
 * Accepted when the major brand is an MP4 video brand, or an unlisted major brand that is not
 * known to be something else declares compatibility with one.
 */
function isMp4(bytes: Buffer): boolean {
  if (bytes.length < 16 || ascii(bytes, 4, 4) !== 'ftyp') return false;
  const boxSize = bytes.readUInt32BE(0);
  if (boxSize < 16 || boxSize > 4096 || boxSize % 4 !== 0) return false;
  const major = ascii(bytes, 8, 4);
  if (MP4_BRANDS.has(major)) return true;
  if (NOT_MP4_VIDEO.test(major)) return false;
  for (let offset = 16; offset + 4 <= Math.min(boxSize, bytes.length); offset += 4) {
    if (MP4_BRANDS.has(ascii(bytes, offset, 4))) return true;
  }
  return false;
}

const EBML_MAGIC = Buffer.from([0x1a, 0x45, 0xdf, 0xa3]);
const EBML_DOCTYPE_ID = 0x4282;

/** An EBML header (Matroska's container) whose DocType element says `webm`. */
function isWebm(bytes: Buffer): boolean {
  if (!startsWith(bytes, EBML_MAGIC)) return false;
  const headerSize = readVint(bytes, 4);
  if (!headerSize || headerSize.value === null) return false;
  let offset = 4 + headerSize.length;
  const end = Math.min(bytes.length, offset + headerSize.value);
  while (offset < end) {
    const id = readElementId(bytes, offset);
    if (!id) return false;
    const size = readVint(bytes, offset + id.length);
    if (!size || size.value === null) return false;
    const dataStart = offset + id.length + size.length;
    if (id.value === EBML_DOCTYPE_ID) {
      if (dataStart + size.value > bytes.length) return false;
      return ascii(bytes, dataStart, size.value).replace(/\0+$/, '') === 'webm';
    }
    offset = dataStart + size.value;
  }
  return false;
}

/** An EBML element id: a variable-length integer whose marker bit is part of the value. */
function readElementId(bytes: Buffer, offset: number): { value: number; length: number } | null {
  const length = vintLength(bytes[offset]);
  if (!length || length > 4 || offset + length > bytes.length) return null;
  let value = 0;
  for (let i = 0; i < length; i++) value = value * 256 + bytes[offset + i]!;
  return { value, length };
}

/** An EBML data size; `value` is null for the reserved "unknown size" (all ones). */
function readVint(bytes: Buffer, offset: number): { value: number | null; length: number } | null {
  const length = vintLength(bytes[offset]);
  if (!length || offset + length > bytes.length) return null;
  let value = bytes[offset]! & (0xff >> length);
  let allOnes = value === 0xff >> length;
  for (let i = 1; i < length; i++) {
    const byte = bytes[offset + i]!;
    value = value * 256 + byte;
    allOnes &&= byte === 0xff;
  }
  return { value: allOnes ? null : value, length };
}

/** The number of bytes of a variable-length integer: one more than the leading zero bits of its first byte. */
function vintLength(first: number | undefined): number {
  if (!first) return 0;
  return Math.clz32(first) - 24 + 1;
}

function startsWith(bytes: Buffer, prefix: Buffer): boolean {
  return bytes.length >= prefix.length && bytes.subarray(0, prefix.length).equals(prefix);
}

function ascii(bytes: Buffer, offset: number, length: number): string {
  if (offset + length > bytes.length) return '';
  return bytes.toString('latin1', offset, offset + length);
}
