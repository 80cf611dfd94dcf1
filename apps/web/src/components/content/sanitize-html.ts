import { LESSON_HTML_TAGS, LESSON_LINK_SCHEMES } from '@bilikti/contracts';
import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';

/** Only links to web pages and email addresses; no `javascript:`, `data:` or relative addresses. */
const SAFE_LINK = new RegExp(`^(?:${LESSON_LINK_SCHEMES.join('|')}):`, 'i');

const CONFIG: Config = {
  ALLOWED_TAGS: [...LESSON_HTML_TAGS],
  ALLOWED_ATTR: ['href', 'title'],
  ALLOWED_URI_REGEXP: SAFE_LINK,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
};

let purifier: DOMPurify | null = null;

/**
 * A DOMPurify instance of our own, so that its hooks never touch other code using the shared
 * default instance (the course editor).
 */
function getPurifier(): DOMPurify {
  if (purifier) return purifier;
  const instance = createDOMPurify(window);
  instance.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName !== 'A') {
      // `title` is allowed on links only.
      node.removeAttribute('title');
      return;
    }
    const href = node.getAttribute('href');
    if (href === null) return;
    if (!SAFE_LINK.test(href.trim())) {
      node.removeAttribute('href');
      return;
    }
    // Lesson links lead out of the course: a new tab keeps the learner's place, and the opened
    // page gets no handle on this one.
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  });
  purifier = instance;
  return instance;
}

/**
 * Cleans a lesson body for display. The API sanitizes it already when it is saved; this is the
 * second line of defence, so an old record or a server bug can never run script in the page.
 */
export function sanitizeLessonHtml(html: string): string {
  if (!html) return '';
  return getPurifier().sanitize(html, CONFIG);
}
