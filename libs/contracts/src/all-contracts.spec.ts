import { allRequestContracts } from './all-contracts';
import { validate } from './schema/validate';

describe('every contract of the suite', () => {
  it('has a distinct subject', () => {
    const subjects = allRequestContracts.map((contract) => contract.subject);
    expect(new Set(subjects).size).toBe(subjects.length);
  });

  it.each(allRequestContracts.map((contract) => [contract.subject, contract] as const))(
    '%s ships samples that validate',
    (_subject, contract) => {
      expect(validate(contract.request, contract.samples.request)).toMatchObject({ ok: true });
      expect(validate(contract.reply, contract.samples.reply)).toMatchObject({ ok: true });
    },
  );
});
