/** Brings an element into view and gives it focus, making it focusable if it is not (a heading). */
export function focusElementById(id: string): void {
  const element = document.getElementById(id);
  if (!element) return;
  if (!element.matches('a[href], button, input, select, textarea, [tabindex]')) element.tabIndex = -1;
  // jsdom has no scrollIntoView.
  element.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  element.focus({ preventScroll: true });
}
