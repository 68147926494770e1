// Writes deploy/keycloak/realm-gov.json from the seed source: `npm run realm:generate`.
import { writeFileSync } from 'node:fs';
import { buildRealm } from './realm-gov';
import { readSeed, REALM_FILE } from './seed';

writeFileSync(REALM_FILE, `${JSON.stringify(buildRealm(readSeed()), null, 2)}\n`);
process.stdout.write(`Wrote ${REALM_FILE}\n`);
