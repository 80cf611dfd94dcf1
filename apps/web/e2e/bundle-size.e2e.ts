import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

/**
 * Learners open lessons on slow village connections: the JavaScript a lesson page needs on a first
 * visit (the entry, everything it imports, and the lesson page's own chunks) stays under 170 KB
 * gzipped. Read from the build's manifest, so it counts exactly what the browser downloads.
 */
const dist = join(import.meta.dirname, '../dist');
const BUDGET_BYTES = 170 * 1024;

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;

/** The chunk and everything it imports statically (what loading it pulls in). */
function closure(key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key]?.imports ?? []) closure(imported, seen);
  return seen;
}

const gzipped = (keys: Set<string>) =>
  [...keys]
    .filter((key) => manifest[key].file.endsWith('.js'))
    .reduce((sum, key) => sum + gzipSync(readFileSync(join(dist, manifest[key].file))).length, 0);

describe('light pages', () => {
  const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
  const lessonPage = Object.keys(manifest).find((key) => key.endsWith('features/catalog/components/lesson-page.tsx'));

  it('finds the entry and the lesson page in the build', () => {
    expect(entry).toBeDefined();
    expect(lessonPage).toBeDefined();
  });

  it('keeps the lesson route within 170 KB of gzipped JavaScript', () => {
    const keys = closure(entry!);
    closure(lessonPage!, keys);
    const bytes = gzipped(keys);
    console.log(`lesson route JavaScript: ${(bytes / 1024).toFixed(1)} KB gzipped of ${BUDGET_BYTES / 1024} KB`);
    expect(bytes).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it('keeps the rich-text editor out of the lesson route', () => {
    const keys = closure(entry!);
    closure(lessonPage!, keys);
    expect([...keys].some((key) => key.includes('rich-text-editor') || key.includes('@tiptap'))).toBe(false);
  });
});
