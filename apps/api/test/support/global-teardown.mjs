import { rmSync } from 'node:fs';

export default async function globalTeardown() {
  await globalThis.__BILIKTI_TEST_DB__?.stop();
  if (globalThis.__BILIKTI_TEST_DB_DIR__) rmSync(globalThis.__BILIKTI_TEST_DB_DIR__, { recursive: true, force: true });
}
