/** A 32-bit big-endian integer, as file headers write lengths. */
const be32 = (n: number) => Buffer.from([(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff]);

/** Small but well-formed files of every accepted type. */
export const SAMPLES = {
  /** A 1×1 transparent PNG. */
  png: Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64',
  ),
  jpeg: Buffer.concat([
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
    Buffer.from('JFIF\0', 'latin1'),
    Buffer.from([0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xff, 0xd9]),
  ]),
  webp: Buffer.concat([
    Buffer.from('RIFF', 'latin1'),
    be32(0x1a000000),
    Buffer.from('WEBPVP8L', 'latin1'),
    Buffer.from([0x0d, 0, 0, 0, 0x2f, 0, 0, 0, 0x10, 0x07, 0x10, 0x11, 0x11, 0x88, 0x88, 0xfe, 0x07, 0x00]),
  ]),
  /** An `ftyp` box (isom, compatible with isom and mp41), then an empty `mdat`. */
  mp4: Buffer.concat([
    be32(24),
    Buffer.from('ftypisom', 'latin1'),
    be32(0x200),
    Buffer.from('isommp41', 'latin1'),
    be32(8),
    Buffer.from('mdat', 'latin1'),
  ]),
  /** An EBML header with DocType `webm`, then the start of a Segment. */
  webm: Buffer.from([
    0x1a, 0x45, 0xdf, 0xa3, 0x93, 0x42, 0x86, 0x81, 0x01, 0x42, 0xf7, 0x81, 0x01, 0x42, 0x82, 0x84, 0x77, 0x65, 0x62,
    0x6d, 0x42, 0x87, 0x81, 0x04, 0x18, 0x53, 0x80, 0x67, 0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
  ]),
  pdf: Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1'),
  html: Buffer.from('<!DOCTYPE html><html><body><script>fetch("/api/me")</script></body></html>', 'utf8'),
  exe: Buffer.concat([
    Buffer.from('MZ', 'latin1'),
    Buffer.alloc(58),
    Buffer.from('This program cannot be run in DOS mode'),
  ]),
};
