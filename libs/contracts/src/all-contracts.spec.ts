import { allEventContracts, allRequestContracts } from './all-contracts';
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

  it.each(allEventContracts.map((contract) => [contract.type, contract] as const))(
    'event %s ships a sample that validates and a subject under gov.evt',
    (_type, contract) => {
      expect(validate(contract.data, contract.sample)).toMatchObject({ ok: true });
      expect(contract.subjectFor('330102001001')).toMatch(
        /^gov\.evt\.[a-z.-]+\.v\d+\.33\.01\.02\.001\.001$/,
      );
    },
  );

  it('has distinct event types', () => {
    const types = allEventContracts.map((contract) => contract.type);
    expect(new Set(types).size).toBe(types.length);
  });
});
