import { testInfrastructure } from '@gov/testing';
import { jointWalkthrough } from '../../../tools/scenarios/joint-walkthrough';
import { DepartmentSystemProcess } from './support/department-system';
import { Suite } from './support/suite';

/** Issue 8's scenario through the gateway, the same code `npm run scenario:cases` runs. */
describe('a joint item from the village agent point to delivery', () => {
  let suite: Suite;
  let departments: DepartmentSystemProcess;

  beforeAll(async () => {
    suite = await Suite.start(['catalog', 'cases', 'notifications']);
    departments = await DepartmentSystemProcess.start(suite.nats.url);
  }, 60_000);
  afterAll(async () => {
    await departments?.stop();
    await suite?.stop();
  });

  it('verifies, accepts, gathers three departments’ approvals around a material request, collects the fee and delivers', async () => {
    const result = await jointWalkthrough({
      gateway: suite.baseUrl,
      issuer: testInfrastructure().oidcIssuer,
    });
    expect(result).toMatchObject({
      verification: 'verified',
      tasks: ['approved', 'approved', 'approved'],
      fee: 'paid',
      followedByAgent: true,
      followedByCitizen: true,
    });
    // Both are told of each step, the acceptance and the delivery among them.
    for (const notices of [result.agentNotices, result.citizenNotices]) {
      expect(notices.some((title) => title.includes('已受理'))).toBe(true);
      expect(notices.some((title) => title.includes('已作出决定'))).toBe(true);
      expect(notices.at(-1)).toContain('送达');
    }
    expect(result.statuses).toEqual([
      'submitted',
      'submitted',
      'under-review',
      'under-review',
      'suspended',
      'under-review',
      'under-review',
      'decided',
      'concluded',
      'concluded',
      'delivered',
    ]);
  });
});
