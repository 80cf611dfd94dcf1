/** Escapes LIKE wildcards so a search for "50%" means the text "50%"; matches anywhere in the text. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
