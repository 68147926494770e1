import { GovError } from '@gov/contracts';
import { type Principal } from './principal';
import { Scope } from './scope';

function staff(division: string | null): Principal {
  return {
    subject: 's',
    username: 'u',
    clientId: 'gov-cli',
    roles: ['supervisor'],
    division,
    department: null,
    residentId: null,
  };
}

describe('the scope of a staff member', () => {
  const hangzhou = Scope.of(staff('330100000000'));

  it('includes their own division and everything below it, in 6- or 12-digit form', () => {
    expect(hangzhou.includes('330100000000')).toBe(true);
    expect(hangzhou.includes('330102')).toBe(true);
    expect(hangzhou.includes('330102001001')).toBe(true);
  });

  it('excludes the level above and the neighbouring city', () => {
    expect(hangzhou.includes('330000000000')).toBe(false);
    expect(hangzhou.includes('330200000000')).toBe(false);
  });

  it('excludes what is not a division code at all', () => {
    expect(hangzhou.includes('3301')).toBe(false);
    expect(hangzhou.includes('33010x000000')).toBe(false);
  });

  it('gives the prefix a subtree filter matches on', () => {
    expect(hangzhou.divisionPrefix).toBe('3301');
    expect(Scope.of(staff('330102001001')).divisionPrefix).toBe('330102001001');
  });

  it('gives the subtree as a range of codes an index can take', () => {
    expect(hangzhou.divisionRange).toEqual({ from: '3301', to: '3302' });
    expect(Scope.of(staff('330109000000')).divisionRange).toEqual({ from: '330109', to: '330110' });
    expect(Scope.of(staff('330102001001')).divisionRange).toEqual({
      from: '330102001001',
      to: '330102001002',
    });
    expect(Scope.of(staff('not-a-code')).divisionRange).toBeNull();
  });

  it('refuses a division outside with AUTH.DIVISION_OUT_OF_SCOPE naming both', () => {
    expect(() => hangzhou.assertIncludes('330200')).toThrow(
      expect.objectContaining({
        code: 'AUTH.DIVISION_OUT_OF_SCOPE',
        details: { division: '330200', scope: '330100000000' },
      }) as GovError,
    );
    expect(() => hangzhou.assertIncludes('330106000000')).not.toThrow();
  });

  it('reaches nothing when the token carries no division or an invalid one', () => {
    for (const division of [null, 'nowhere']) {
      const scope = Scope.of(staff(division));
      expect(scope.includes('330100000000')).toBe(false);
      expect(scope.divisionPrefix).toBeNull();
    }
  });
});
