import { testInfrastructure } from '@gov/testing';
import { casesWalkthrough } from '../../../tools/scenarios/cases-walkthrough';
import { Suite } from './support/suite';

/** Issue 7's scenario through the gateway, the same code `npm run scenario:cases` runs. */
describe('a case from online submission to delivery', () => {
  let suite: Suite;

  beforeAll(async () => {
    suite = await Suite.start(['catalog', 'cases']);
  });
  afterAll(() => suite.stop());

  it('goes through correction, acceptance, inspection, decision, delivery, public lookup and audit', async () => {
    const result = await casesWalkthrough({
      gateway: suite.baseUrl,
      issuer: testInfrastructure().oidcIssuer,
    });
    expect(result.statuses).toEqual([
      'submitted',
      'correction-requested',
      'submitted',
      'under-review',
      'suspended',
      'under-review',
      'decided',
      'concluded',
      'delivered',
    ]);
    expect(result.notices).toEqual(['补正告知书', '受理通知书', '决定书']);
    expect(result.publicStatus).toBe('delivered');
    expect(result.auditRows).toBe(9);
    expect(result.auditVerified).toBe(true);
  });
});
