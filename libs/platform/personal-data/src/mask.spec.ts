import { maskResidentId } from '@gov/identifiers';
import { maskCreditCode, maskName, maskPersonalData, maskPhone } from './mask';

describe('masks', () => {
  it('masks a resident ID with @gov/identifiers: first 6 and last 4 kept', () => {
    expect(maskPersonalData('resident-id', '33010219900101123X')).toBe('330102********123X');
    expect(maskPersonalData('resident-id', '33010219900101123X')).toBe(
      maskResidentId('33010219900101123X'),
    );
  });

  it('hides the middle four of a mobile and the middle of a landline', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('057187654321')).toBe('057*****4321');
    expect(maskPhone('+85221234567')).toBe('+85*****4567');
  });

  it('hides a phone number too short to hide a middle of', () => {
    expect(maskPhone('1234567')).toBe('*******');
    expect(maskPhone('')).toBe('');
  });

  it('hides the organisation code of a credit code, keeping division and check pair', () => {
    expect(maskCreditCode('91330106MA2ABCDE1X')).toBe('91330106********1X');
    expect(maskCreditCode('91330106MA2ABCDE1')).toBe('*'.repeat(17));
  });

  it('shows only the surname of a name, two characters for a compound surname', () => {
    expect(maskName('张三')).toBe('张*');
    expect(maskName('张三丰')).toBe('张**');
    expect(maskName('欧阳明华')).toBe('欧阳**');
    expect(maskName('欧阳明')).toBe('欧阳*');
    expect(maskName('欧阳')).toBe('欧*');
    expect(maskName('买买提·艾力')).toBe('买*****');
    expect(maskName('张')).toBe('*');
    expect(maskName('𠀋一')).toBe('𠀋*');
  });
});
