import { sniffMedia } from './media-sniffer';

const bytes = (...parts: (string | number[])[]): Buffer =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part))));

const be32 = (n: number) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];

/** A 1×1 transparent PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], 'JFIF', [0x00, 0x01, 0x01]);
const WEBP = bytes('RIFF', [0x1a, 0, 0, 0], 'WEBP', 'VP8L', [0x0d, 0, 0, 0, 0x2f, 0, 0, 0, 0x10]);
const ftyp = (major: string, ...compatible: string[]) =>
  bytes(be32(16 + 4 * compatible.length), 'ftyp', major, be32(0x200), ...compatible, be32(8), 'mdat');
const ebml = (docType: string) =>
  bytes(
    [0x1a, 0x45, 0xdf, 0xa3, 0x80 | (15 + docType.length)],
    [0x42, 0x86, 0x81, 0x01], // EBMLVersion 1
    [0x42, 0xf7, 0x81, 0x01], // EBMLReadVersion 1
    [0x42, 0xf2, 0x81, 0x04], // EBMLMaxIDLength 4
    [0x42, 0x82, 0x80 | docType.length],
    docType,
    [0x18, 0x53, 0x80, 0x67, 0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff], // Segment
  );

describe('sniffMedia', () => {
  it.each([
    ['a PNG', PNG, 'image', 'image/png'],
    ['a JPEG', JPEG, 'image', 'image/jpeg'],
    ['a WebP', WEBP, 'image', 'image/webp'],
    ['an MP4 with brand isom', ftyp('isom', 'isom', 'mp41'), 'video', 'video/mp4'],
    ['an MP4 with brand mp42', ftyp('mp42', 'mp42', 'isom'), 'video', 'video/mp4'],
    ['an iTunes M4V', ftyp('M4V ', 'M4V ', 'M4A ', 'mp42', 'isom'), 'video', 'video/mp4'],
    ['a DASH segment', ftyp('dash', 'iso6', 'avc1'), 'video', 'video/mp4'],
    ['an MP4 with an unlisted major brand compatible with mp42', ftyp('XAVC', 'mp42', 'iso2'), 'video', 'video/mp4'],
    ['a WebM', ebml('webm'), 'video', 'video/webm'],
    ['a PDF', bytes('%PDF-1.7\n%âãÏÓ\n1 0 obj\n'), 'pdf', 'application/pdf'],
    ['a PDF 2.0', bytes('%PDF-2.0\n'), 'pdf', 'application/pdf'],
  ])('recognises %s', (_name, head, kind, contentType) => {
    expect(sniffMedia(head)).toEqual({ kind, contentType });
  });

  it.each([
    ['nothing', Buffer.alloc(0)],
    ['an HTML page', bytes('<!DOCTYPE html><html><script>alert(1)</script></html>')],
    ['an HTML page that mentions %PDF- later', bytes('<html>%PDF-1.7</html>')],
    ['a Windows executable', bytes('MZ', [0x90, 0x00, 0x03, 0x00], 'This program cannot be run in DOS mode')],
    ['an ELF binary', bytes([0x7f], 'ELF', [2, 1, 1, 0])],
    ['a ZIP (docx, xlsx)', bytes('PK', [3, 4, 20, 0, 6, 0])],
    ['an SVG (script-capable)', bytes('<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>')],
    ['a GIF', bytes('GIF89a', [1, 0, 1, 0])],
    ['a PNG signature without its IHDR chunk', PNG.subarray(0, 8)],
    ['a RIFF WAVE file', bytes('RIFF', [0x24, 0, 0, 0], 'WAVEfmt ')],
    ['a QuickTime movie', ftyp('qt  ', 'qt  ')],
    ['an M4A audio file claiming mp42 compatibility', ftyp('M4A ', 'M4A ', 'mp42', 'isom')],
    ['a HEIC image', ftyp('heic', 'mif1', 'heic')],
    ['an AVIF image', ftyp('avif', 'avif', 'mif1', 'miaf')],
    ['an ftyp box with an absurd size', bytes(be32(0x7fffffff), 'ftyp', 'isom', be32(0))],
    ['a Matroska (mkv) file', ebml('matroska')],
    ['an EBML header cut short', ebml('webm').subarray(0, 12)],
    ['a PDF header without a version', bytes('%PDF-x')],
  ])('refuses %s', (_name, head) => {
    expect(sniffMedia(head)).toBeNull();
  });

  it('looks only at the leading bytes, so a long file is recognised from its head', () => {
    const long = Buffer.concat([bytes('%PDF-1.4\n'), Buffer.alloc(10_000, 0x20)]);
    expect(sniffMedia(long)).toEqual({ kind: 'pdf', contentType: 'application/pdf' });
  });
});
