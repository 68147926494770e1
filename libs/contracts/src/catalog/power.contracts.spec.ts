import { validate } from '../schema/validate';
import { powerContracts } from './power.contracts';
import { powerEvents } from './power.events';
import { powerContentSample } from './power.samples';

describe('power contracts', () => {
  it.each(Object.entries(powerContracts))('%s accepts its samples', (_name, contract) => {
    expect(validate(contract.request, contract.samples.request)).toMatchObject({ ok: true });
    expect(validate(contract.reply, contract.samples.reply)).toMatchObject({ ok: true });
  });

  it.each(Object.entries(powerEvents))('event %s accepts its sample', (_name, event) => {
    expect(validate(event.data, event.sample)).toMatchObject({ ok: true });
  });

  it('names the public reads as queries and the administrators’ changes as commands', () => {
    expect(powerContracts.getPowerFlowChart.subject).toBe(
      'gov.qry.catalog.power-flow-chart.get.v1',
    );
    expect(powerContracts.publishPowerVersion.subject).toBe(
      'gov.cmd.catalog.power-version.publish.v1',
    );
    expect(powerContracts.listPowers.access).toEqual({ kind: 'public' });
    expect(powerContracts.createPower.access).toEqual({ kind: 'roles', roles: ['catalog_admin'] });
  });

  describe('creating a power', () => {
    const request = powerContracts.createPower.samples.request;

    it.each([['XK0010100'], ['xk00101000'], ['XK00101000A'], ['许可00101000']])(
      'rejects the code %j, which breaks the 2 + 5 + 3 scheme',
      (code) => {
        expect(validate(powerContracts.createPower.request, { ...request, code }).ok).toBe(false);
      },
    );

    it('requires at least one flow step', () => {
      expect(validate(powerContracts.createPower.request, { ...request, flow: [] }).ok).toBe(false);
    });

    it('takes fines as whole fen and refuses a negative bound', () => {
      const benchmark = {
        violation: '未取得食品经营许可从事食品经营活动',
        grade: '一般',
        circumstances: '货值金额不足一万元',
        sanctions: [{ kind: '罚款', range: { min: 5_000_000, max: 10_000_000, unit: 'fen' } }],
      };
      const withBenchmark = (range: unknown) => ({
        ...request,
        discretionBenchmarks: [{ ...benchmark, sanctions: [{ kind: '罚款', range }] }],
      });
      const schema = powerContracts.createPower.request;
      expect(validate(schema, { ...request, discretionBenchmarks: [benchmark] }).ok).toBe(true);
      expect(validate(schema, withBenchmark({ min: 0.5, max: 1, unit: 'fen' })).ok).toBe(false);
      expect(validate(schema, withBenchmark({ min: -1, max: 1, unit: 'fen' })).ok).toBe(false);
      expect(validate(schema, withBenchmark({ min: 1, max: 2, unit: 'yuan' })).ok).toBe(false);
    });

    it('refuses a supervision phone that is not a phone number', () => {
      const supervision = { ...powerContentSample.supervision, phone: '请拨打热线' };
      expect(validate(powerContracts.createPower.request, { ...request, supervision }).ok).toBe(
        false,
      );
    });
  });

  it('accepts only a province’s own code when saving a category', () => {
    const schema = powerContracts.savePowerCategory.request;
    const request = powerContracts.savePowerCategory.samples.request;
    expect(validate(schema, { ...request, province: '330000000000' }).ok).toBe(true);
    expect(validate(schema, { ...request, province: '330100' }).ok).toBe(false);
  });
});
