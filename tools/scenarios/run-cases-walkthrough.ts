// Runs issue 7's scenario against a running suite (`npm start` in another terminal):
//   npm run scenario:cases
// GATEWAY_URL and OIDC_ISSUER point elsewhere; the defaults are `npm start`'s.
import { casesWalkthrough } from './cases-walkthrough';

const gateway = process.env['GATEWAY_URL'] ?? 'http://127.0.0.1:3000';
const issuer = process.env['OIDC_ISSUER'] ?? 'http://127.0.0.1:8080/realms/gov';

casesWalkthrough({ gateway, issuer }, (line) => process.stdout.write(`${line}\n`)).then(
  (result) => {
    process.stdout.write(`\n办件 ${result.caseNumber}: ${result.statuses.join(' → ')}\n`);
  },
  (error: unknown) => {
    process.stderr.write(
      `The walkthrough stopped: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
