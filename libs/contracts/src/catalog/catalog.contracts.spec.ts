import { validate } from '../schema/validate';
import { catalogContracts } from './catalog.contracts';

describe('catalog.getDivision', () => {
  const contract = catalogContracts.getDivision;

  it('is a version-1 query on the division aggregate', () => {
    expect(contract.subject).toBe('gov.qry.catalog.division.get.v1');
  });

  it('accepts its samples', () => {
    expect(validate(contract.request, contract.samples.request).ok).toBe(true);
    expect(validate(contract.reply, contract.samples.reply).ok).toBe(true);
  });

  it.each([['33010'], ['3301020010011'], ['33010a'], [' 330102']])(
    'rejects the code %j',
    (code) => {
      expect(validate(contract.request, { code }).ok).toBe(false);
    },
  );

  it('rejects fields it does not define', () => {
    expect(validate(contract.request, { code: '330102', extra: true }).ok).toBe(false);
  });

  it('allows a province without a parent and no other level', () => {
    const province = { code: '330000000000', name: '浙江省', level: 'province', parentCode: null };
    expect(validate(contract.reply, province).ok).toBe(true);
    expect(validate(contract.reply, { ...province, level: 'state' }).ok).toBe(false);
  });
});
