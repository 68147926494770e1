import { GovError } from '@gov/contracts';
import { divisionFilter } from './division-filter';

describe('the division filter of the directory lists', () => {
  it('lists everything when no division is named', () => {
    expect(divisionFilter({ includeSubtree: true })).toBeUndefined();
  });

  it('lists the division itself, given as 6 or 12 digits', () => {
    expect(divisionFilter({ division: '330102' })).toBe('330102000000');
    expect(divisionFilter({ division: '330102000000', includeSubtree: false })).toBe(
      '330102000000',
    );
  });

  it('lists a subtree by the prefix its codes share', () => {
    expect(divisionFilter({ division: '330100', includeSubtree: true })).toEqual({
      $like: '3301%',
    });
    expect(divisionFilter({ division: '330102001000', includeSubtree: true })).toEqual({
      $like: '330102001%',
    });
  });

  it('refuses a code that is no division code with its own error code', () => {
    let thrown: unknown;
    try {
      divisionFilter({ division: '330002' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(GovError);
    expect(thrown).toMatchObject({ code: 'CATALOG.DIVISION_CODE_INVALID' });
  });
});
