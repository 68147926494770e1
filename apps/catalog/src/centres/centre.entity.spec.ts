import { Centre, centreKindOf } from './centre.entity';
import { CentreWindow } from './centre-window.entity';

const details = {
  name: '上城区政务服务中心',
  address: '杭州市上城区示例路 4 号',
  phone: '0571-88000004',
  openingHours: '周一至周五 9:00-17:00',
};
const market = '11330102002528004D';
const civil = '11330102002528015H';

describe('a service centre', () => {
  it('is a 政务服务中心 down to the county, a 便民服务中心 in a township and a station in a village', () => {
    expect(['province', 'city', 'county'].map((level) => centreKindOf(level as 'city'))).toEqual([
      'service-centre',
      'service-centre',
      'service-centre',
    ]);
    expect(centreKindOf('township')).toBe('convenience-centre');
    expect(centreKindOf('village')).toBe('agent-point');
  });

  it('reports only the fields an update really changes', () => {
    const centre = Centre.open({ code: '330102000000', level: 'county' }, details, [market]);
    expect(centre.update({ name: ` ${details.name} `, phone: '12345' })).toEqual(['phone']);
    expect(centre.update({})).toEqual([]);
  });

  it('admits a department once and withdraws it', () => {
    const centre = Centre.open({ code: '330102000000', level: 'county' }, details, [market]);
    expect(centre.admit(civil)).toBe(true);
    expect(centre.admit(civil)).toBe(false);
    centre.withdraw(market);
    expect(centre.residentDepartments).toEqual([civil]);
  });
});

describe('a window', () => {
  const centre = { id: '01936d3a-7a00-7cc2-9f3e-1a2b3c4d5e01', division: '330102000000' };

  it('treats its departments as a set when deciding what changed', () => {
    const window = CentreWindow.open(centre, {
      number: '01',
      name: '综合受理窗口',
      kind: 'comprehensive',
      departments: [market, civil],
    });
    expect(window.update({ departments: [civil, market], kind: 'comprehensive' })).toEqual([]);
    expect(window.update({ departments: [market], number: '02' })).toEqual([
      'number',
      'departments',
    ]);
    expect(window.accepts(civil)).toBe(false);
  });
});
