import { describe, expect, it } from 'vitest';

import { sanitizeLessonHtml } from './sanitize-html';

/** Parses the cleaned HTML the way the page would, to assert on elements rather than strings. */
function parse(html: string): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = sanitizeLessonHtml(html);
  return container;
}

describe('sanitizeLessonHtml', () => {
  it('keeps the formatting the course editor produces', () => {
    const html =
      '<h2>Бюджет</h2><p><strong>Маңызды</strong> және <em>қосымша</em> <u>мәтін</u> <s>ескі</s></p>' +
      '<ul><li>бір</li></ul><ol><li>екі</li></ol><blockquote>дәйексөз</blockquote><hr>' +
      '<table><thead><tr><th>Жыл</th></tr></thead><tbody><tr><td>2026</td></tr></tbody></table>' +
      '<pre><code>код</code></pre><h3>a</h3><h4>b</h4><p>a<br>b <b>c</b> <i>d</i></p>';
    expect(sanitizeLessonHtml(html)).toBe(html);
  });

  it('removes <script> with its content', () => {
    const container = parse('<p>Сәлем</p><script>window.hacked = true</script>');
    expect(container.querySelector('script')).toBeNull();
    expect(container.innerHTML).toBe('<p>Сәлем</p>');
  });

  it('removes <img> with onerror, and every other image', () => {
    const container = parse('<p>a<img src="x" onerror="alert(1)">b</p>');
    expect(container.querySelector('img')).toBeNull();
    expect(container.innerHTML).not.toContain('onerror');
    expect(container.innerHTML).toBe('<p>ab</p>');
  });

  it('removes javascript:, data: and relative link targets but keeps the link text', () => {
    const container = parse(
      '<a href="javascript:alert(1)">x</a><a href=" JaVaScRiPt:alert(1)">y</a>' +
        '<a href="data:text/html,<script>alert(1)</script>">z</a><a href="/admin">w</a>',
    );
    const links = [...container.querySelectorAll('a')];
    expect(links.map((link) => link.textContent)).toEqual(['x', 'y', 'z', 'w']);
    for (const link of links) expect(link.hasAttribute('href')).toBe(false);
    expect(container.innerHTML).not.toMatch(/javascript|data:/i);
  });

  it('removes <iframe>, <object>, <embed>, <style>, <form> and <svg>', () => {
    const container = parse(
      '<iframe src="https://evil.example"></iframe><object data="x"></object><embed src="x">' +
        '<style>body{display:none}</style><form action="https://evil.example"><input name="p"></form>' +
        '<svg><script>alert(1)</script></svg><p>ok</p>',
    );
    expect(container.querySelector('iframe, object, embed, style, form, input, svg, script')).toBeNull();
    expect(container.innerHTML).toBe('<p>ok</p>');
  });

  it('strips event handlers, style, class, id and data attributes from allowed tags', () => {
    const container = parse(
      '<p onclick="alert(1)" style="color:red" class="x" id="y" data-x="1" aria-label="z" title="t">text</p>',
    );
    expect(container.innerHTML).toBe('<p>text</p>');
  });

  it('opens web and mail links in a new tab without a handle on this page', () => {
    const container = parse(
      '<a href="https://egov.kz" title="eGov" target="_self" rel="opener">eGov</a> <a href="mailto:help@example.kz">хат</a>',
    );
    const [web, mail] = container.querySelectorAll('a');
    expect(web).toHaveAttribute('href', 'https://egov.kz');
    expect(web).toHaveAttribute('title', 'eGov');
    expect(web).toHaveAttribute('target', '_blank');
    expect(web).toHaveAttribute('rel', 'noopener noreferrer');
    expect(mail).toHaveAttribute('href', 'mailto:help@example.kz');
    expect(mail).toHaveAttribute('target', '_blank');
  });

  it('unwraps unknown tags but keeps their text', () => {
    expect(sanitizeLessonHtml('<div><span>Мәтін</span></div>')).toBe('Мәтін');
  });

  it('returns an empty string for empty input', () => {
    expect(sanitizeLessonHtml('')).toBe('');
  });
});
