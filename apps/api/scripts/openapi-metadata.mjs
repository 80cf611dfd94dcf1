// `npm run openapi:metadata`: regenerates apps/api/src/openapi-metadata.ts, the OpenAPI schemas of
// the DTOs and controllers (see openapi-metadata-core.mjs). Run it after changing a DTO.
// `--stdout` prints the file instead of writing it (the drift test compares that output).
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { generateOpenApiMetadata, outputFile } from './openapi-metadata-core.mjs';

const code = await generateOpenApiMetadata();
if (process.argv.includes('--stdout')) {
  process.stdout.write(code);
} else {
  let current = null;
  try {
    current = readFileSync(outputFile, 'utf8');
  } catch {
    // first run
  }
  const name = relative(process.cwd(), outputFile);
  if (current === code) {
    console.log(`${name} is up to date`);
  } else {
    writeFileSync(outputFile, code);
    console.log(`wrote ${name}`);
  }
}
