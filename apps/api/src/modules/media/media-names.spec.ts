import { cleanOriginalName, inlineContentDisposition, ORIGINAL_NAME_MAX } from './media-names';

describe('cleanOriginalName', () => {
  it('keeps only the last part of a path, whichever separator the client used', () => {
    expect(cleanOriginalName('C:\\fakepath\\Сабақ 1.pdf')).toBe('Сабақ 1.pdf');
    expect(cleanOriginalName('../../etc/passwd')).toBe('passwd');
  });

  it('composes decomposed letters, so the name matches what the user typed', () => {
    const typed = 'Байланыс.png';
    expect(typed.normalize('NFD')).not.toBe(typed);
    expect(cleanOriginalName(typed.normalize('NFD'))).toBe(typed);
  });

  it('removes control characters and bidirectional overrides, then trims', () => {
    expect(cleanOriginalName('  report\u202Efdp.exe\n ')).toBe('reportfdp.exe');
  });

  it('cuts a long name to 255 characters and keeps its extension', () => {
    const name = cleanOriginalName(`${'ә'.repeat(400)}.pdf`);
    expect(Array.from(name)).toHaveLength(ORIGINAL_NAME_MAX);
    expect(name.endsWith('ә.pdf')).toBe(true);
  });

  it('never splits a character made of two UTF-16 units', () => {
    const name = cleanOriginalName('😀'.repeat(300));
    expect(Array.from(name)).toHaveLength(ORIGINAL_NAME_MAX);
    expect(name).toBe('😀'.repeat(ORIGINAL_NAME_MAX));
  });

  it('falls back to "file" when nothing is left', () => {
    expect(cleanOriginalName(undefined)).toBe('file');
    expect(cleanOriginalName(' / ')).toBe('file');
  });
});

describe('inlineContentDisposition', () => {
  it('gives an ASCII fallback and the exact name encoded for the browser', () => {
    expect(inlineContentDisposition('Бюджет "2026" (жоба).pdf')).toBe(
      `inline; filename="______ _2026_ (____).pdf"; filename*=UTF-8''%D0%91%D1%8E%D0%B4%D0%B6%D0%B5%D1%82%20%222026%22%20%28%D0%B6%D0%BE%D0%B1%D0%B0%29.pdf`,
    );
  });
});
