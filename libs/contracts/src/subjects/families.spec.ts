import {
  commandSubject,
  eventSubject,
  eventSubjectPrefix,
  eventType,
  integrationSubject,
  querySubject,
} from './families';

describe('subject families', () => {
  it('builds command and query subjects with a version suffix', () => {
    expect(commandSubject('catalog', 'department', 'create', 1)).toBe(
      'gov.cmd.catalog.department.create.v1',
    );
    expect(querySubject('catalog', 'division', 'get', 2)).toBe('gov.qry.catalog.division.get.v2');
  });

  it('builds integration subjects for a department system', () => {
    expect(integrationSubject('market-regulation', 'licence-verify', 1)).toBe(
      'gov.int.market-regulation.licence-verify.v1',
    );
  });

  it('puts the five division groups at the end of an event subject', () => {
    const prefix = eventSubjectPrefix('cases', 'case', 'correction-requested', 1);
    expect(eventSubject(prefix, '330102001001')).toBe(
      'gov.evt.cases.case.correction-requested.v1.33.01.02.001.001',
    );
  });

  it('names the CloudEvents type after the same tokens', () => {
    expect(eventType('cases', 'case', 'accepted', 1)).toBe('cn.gov.cases.case.accepted.v1');
  });

  it.each([
    ['an upper-case token', () => querySubject('Catalog', 'division', 'get', 1)],
    ['a token with a dot', () => commandSubject('catalog', 'division.x', 'get', 1)],
    ['a wildcard token', () => querySubject('catalog', '*', 'get', 1)],
    ['version zero', () => querySubject('catalog', 'division', 'get', 0)],
    ['a short division code', () => eventSubject('gov.evt.a.b.c.v1', '330102')],
  ])('rejects %s', (_name, build) => {
    expect(build).toThrow(RangeError);
  });
});
