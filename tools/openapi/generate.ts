// Writes docs/api/openapi.json from the gateway's routes and contracts: `npm run openapi:generate`.
// The gateway's drift test fails until the committed file matches buildOpenApiDocument().
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { buildOpenApiDocument } from '../../apps/gateway/src/api-docs/openapi-document';

const OPENAPI_FILE = join(__dirname, '../../docs/api/openapi.json');

async function main(): Promise<void> {
  const options = (await resolveConfig(OPENAPI_FILE)) ?? {};
  const text = await format(JSON.stringify(buildOpenApiDocument()), {
    ...options,
    filepath: OPENAPI_FILE,
  });
  writeFileSync(OPENAPI_FILE, text);
  process.stdout.write(`Wrote ${OPENAPI_FILE}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
