import { isBlankHtml, sanitizeLessonHtml } from './rich-text';

describe('sanitizeLessonHtml', () => {
  it('keeps the formatting an author uses', () => {
    const html = '<h2>Бюджет</h2><p><strong>Жергілікті</strong> <em>өзін-өзі</em> басқару</p><ul><li>бір</li></ul>';
    expect(sanitizeLessonHtml(html)).toBe(html);
  });

  it('removes script tags with their content', () => {
    expect(sanitizeLessonHtml('<p>a</p><script>alert(1)</script><p>b</p>')).toBe('<p>a</p><p>b</p>');
  });

  it('removes on* attributes, style and unknown tags', () => {
    expect(sanitizeLessonHtml('<p onclick="x()" style="color:red">a<img src=x onerror="alert(1)"></p>')).toBe(
      '<p>a</p>',
    );
  });

  it('drops javascript: and data: links but keeps https ones, opened safely', () => {
    expect(sanitizeLessonHtml('<a href="javascript:alert(1)">x</a>')).toBe(
      '<a rel="noopener noreferrer" target="_blank">x</a>',
    );
    expect(sanitizeLessonHtml('<a href="JaVaScRiPt:alert(1)">x</a>')).not.toContain('javascript');
    expect(sanitizeLessonHtml('<a href="data:text/html,hi">x</a>')).not.toContain('data:');
    expect(sanitizeLessonHtml('<a href="https://adilet.zan.kz">Әділет</a>')).toBe(
      '<a href="https://adilet.zan.kz" rel="noopener noreferrer" target="_blank">Әділет</a>',
    );
  });

  it('removes frames and embedded objects', () => {
    expect(sanitizeLessonHtml('<iframe src="https://evil.example"></iframe><object data="x"></object>ok')).toBe('ok');
  });
});

describe('isBlankHtml', () => {
  it('treats empty editor output as blank', () => {
    expect(isBlankHtml('')).toBe(true);
    expect(isBlankHtml('<p></p>')).toBe(true);
    expect(isBlankHtml('<p><br></p><p>&nbsp;</p>')).toBe(true);
    expect(isBlankHtml('<p>Мәтін</p>')).toBe(false);
  });
});
