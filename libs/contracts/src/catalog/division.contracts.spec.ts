import { errorRegistry } from '../errors/registry';
import { validate } from '../schema/validate';
import { DIVISION_IMPORT_MAX_CONTENT_BYTES } from './division-import.limits';
import { divisionContracts } from './division.contracts';
import { divisionErrors } from './division.errors';
import { divisionEvents } from './division.events';
import { DivisionSchema } from './division.schemas';

describe('division contracts', () => {
  it.each(Object.entries(divisionContracts))(
    '%s ships samples that validate',
    (_name, contract) => {
      expect(validate(contract.request, contract.samples.request)).toMatchObject({ ok: true });
      expect(validate(contract.reply, contract.samples.reply)).toMatchObject({ ok: true });
    },
  );

  it('serves the tree publicly and imports to catalogue administrators only', () => {
    expect(divisionContracts.listDivisionSubtree.access).toEqual({ kind: 'public' });
    expect(divisionContracts.listDivisionChildren.access).toEqual({ kind: 'public' });
    expect(divisionContracts.createDivisionImport.access).toEqual({
      kind: 'roles',
      roles: ['catalog_admin'],
    });
    expect(divisionContracts.createDivisionImport.subject).toBe(
      'gov.cmd.catalog.division-import.create.v1',
    );
  });

  it('takes an as-of date only as a real YYYY-MM-DD', () => {
    const request = divisionContracts.listDivisionSubtree.request;
    expect(validate(request, { code: '330106', asOf: '2026-02-28' }).ok).toBe(true);
    expect(validate(request, { code: '330106', asOf: '2026-13-01' }).ok).toBe(false);
    expect(validate(request, { code: '330106', asOf: '26-1-1' }).ok).toBe(false);
  });

  it('refuses an import without an effective date or with an empty list', () => {
    const request = divisionContracts.createDivisionImport.request;
    expect(validate(request, { content: '330106\t西湖区' }).ok).toBe(false);
    expect(validate(request, { effectiveDate: '2026-12-01', content: '' }).ok).toBe(false);
  });

  it('keeps a list within one NATS message', () => {
    expect(DIVISION_IMPORT_MAX_CONTENT_BYTES).toBeLessThan(1024 * 1024);
  });

  it('replies with validity and successors beside the four original fields', () => {
    const abolished = {
      code: '330103000000',
      name: '下城区',
      level: 'county',
      parentCode: '330100000000',
      validFrom: null,
      validTo: '2021-04-09',
      successorCodes: ['330105000000'],
    };
    expect(validate(DivisionSchema, abolished).ok).toBe(true);
    expect(validate(DivisionSchema, { ...abolished, validTo: '2021-4-9' }).ok).toBe(false);
  });
});

describe('division errors and events', () => {
  it('registers every division error code', () => {
    for (const code of Object.keys(divisionErrors)) expect(errorRegistry).toHaveProperty([code]);
  });

  it('publishes list-imported under the catalog division aggregate with a valid sample', () => {
    const event = divisionEvents.listImported;
    expect(event.type).toBe('cn.gov.catalog.division.list-imported.v1');
    expect(validate(event.data, event.sample)).toMatchObject({ ok: true });
  });
});
