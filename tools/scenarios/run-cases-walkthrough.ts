// Runs the cases scenarios against a running suite (`npm start` in another terminal):
//   npm run scenario:cases
// issue 7's (online submission to delivery) and issue 8's (a joint item through an agent point,
// verified by the sample department system). GATEWAY_URL and OIDC_ISSUER point elsewhere; the
// defaults are `npm start`'s.
import { casesWalkthrough } from './cases-walkthrough';
import { jointWalkthrough } from './joint-walkthrough';

const address = {
  gateway: process.env['GATEWAY_URL'] ?? 'http://127.0.0.1:3000',
  issuer: process.env['OIDC_ISSUER'] ?? 'http://127.0.0.1:8080/realms/gov',
};
const print = (line: string) => process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  print('— 一个办件：网上申请到送达 —');
  const single = await casesWalkthrough(address, print);
  print(`办件 ${single.caseNumber}: ${single.statuses.join(' → ')}\n`);
  print('— 并联审批：代办点提交、联网核查、三部门审批、一窗收费 —');
  const joint = await jointWalkthrough(address, print);
  print(`办件 ${joint.caseNumber}: ${joint.statuses.join(' → ')}`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `The walkthrough stopped: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 1;
});
