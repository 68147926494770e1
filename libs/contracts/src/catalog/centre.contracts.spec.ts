import { validate } from '../schema/validate';
import { centreWindowContracts } from './centre-window.contracts';
import { centreContracts } from './centre.contracts';
import { centreEvents } from './centre.events';

describe('the centre directory contracts', () => {
  it('name their subjects after the department, centre and window aggregates', () => {
    expect(centreContracts.listDepartments.subject).toBe('gov.qry.catalog.department.list.v1');
    expect(centreContracts.addResidentDepartment.subject).toBe(
      'gov.cmd.catalog.centre.add-resident-department.v1',
    );
    expect(centreWindowContracts.createWindow.subject).toBe('gov.cmd.catalog.window.create.v1');
    expect(centreEvents.windowUpdated.type).toBe('cn.gov.catalog.window.updated.v1');
  });

  it('serve the directory to anyone and admit centre and catalogue administrators to change it', () => {
    expect(centreContracts.listCentres.access).toEqual({ kind: 'public' });
    expect(centreWindowContracts.listWindows.access).toEqual({ kind: 'public' });
    expect(centreContracts.createCentre.access).toEqual({
      kind: 'roles',
      roles: ['center_admin', 'catalog_admin'],
    });
  });

  it('filter the department list by a 6- or 12-digit division and a boolean subtree flag', () => {
    const request = centreContracts.listDepartments.request;
    expect(validate(request, { division: '330102', includeSubtree: true }).ok).toBe(true);
    expect(validate(request, { division: '330102001001' }).ok).toBe(true);
    expect(validate(request, { division: '3301' }).ok).toBe(false);
    expect(validate(request, { includeSubtree: 'yes' }).ok).toBe(false);
  });

  it('require the version read on every update (optimistic locking)', () => {
    const update = centreContracts.updateCentre.request;
    const id = '01936d3a-7a00-7cc2-9f3e-1a2b3c4d5e01';
    expect(validate(update, { id, phone: '12345' }).ok).toBe(false);
    expect(validate(update, { id, version: 3, phone: '12345' }).ok).toBe(true);
    const window = centreWindowContracts.updateWindow.request;
    expect(validate(window, { id, name: '综合窗口' }).ok).toBe(false);
  });

  it.each([['0571-87000000'], ['12345'], ['0574 8700 0000']])('accepts the phone %j', (phone) => {
    const sample = centreContracts.createCentre.samples.request;
    expect(validate(centreContracts.createCentre.request, { ...sample, phone }).ok).toBe(true);
  });

  it.each([['电话'], ['0571-'], ['-12345']])('rejects the phone %j', (phone) => {
    const sample = centreContracts.createCentre.samples.request;
    expect(validate(centreContracts.createCentre.request, { ...sample, phone }).ok).toBe(false);
  });

  it('takes window numbers such as 01 and A12, and windows of the four kinds only', () => {
    const request = centreWindowContracts.createWindow.request;
    const sample = centreWindowContracts.createWindow.samples.request;
    expect(validate(request, { ...sample, number: 'A12' }).ok).toBe(true);
    expect(validate(request, { ...sample, number: 'a 1' }).ok).toBe(false);
    expect(validate(request, { ...sample, kind: 'payment' }).ok).toBe(true);
    expect(validate(request, { ...sample, kind: 'vip' }).ok).toBe(false);
  });

  it('refuses a window that accepts no department or names one twice', () => {
    const request = centreWindowContracts.createWindow.request;
    const sample = centreWindowContracts.createWindow.samples.request;
    expect(validate(request, { ...sample, departments: [] }).ok).toBe(false);
    const twice = ['11330102002528004D', '11330102002528004D'];
    expect(validate(request, { ...sample, departments: twice }).ok).toBe(false);
  });
});
