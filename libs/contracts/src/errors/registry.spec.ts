import { ERROR_KINDS } from './error-kind';
import { GovError } from './gov-error';
import { errorRegistry, isErrorCode, type ErrorCode } from './registry';

describe('error registry', () => {
  const codes = Object.keys(errorRegistry) as ErrorCode[];

  it('names every code CONTEXT.UPPER_SNAKE with a known kind and a message', () => {
    for (const code of codes) {
      expect(code).toMatch(/^[A-Z]+\.[A-Z][A-Z0-9_]*$/);
      expect(ERROR_KINDS).toContain(errorRegistry[code].kind);
      expect(errorRegistry[code].message.length).toBeGreaterThan(0);
    }
  });

  it('recognises registered codes only', () => {
    expect(isErrorCode('CATALOG.DIVISION_NOT_FOUND')).toBe(true);
    expect(isErrorCode('CATALOG.NO_SUCH_THING')).toBe(false);
    expect(isErrorCode('toString')).toBe(false);
  });
});

describe('GovError', () => {
  it('takes its kind and default message from the registry', () => {
    const error = new GovError('CATALOG.DIVISION_NOT_FOUND');
    expect(error.kind).toBe('not_found');
    expect(error.message).toBe(errorRegistry['CATALOG.DIVISION_NOT_FOUND'].message);
  });

  it('survives a round trip through a reply', () => {
    const original = new GovError('PLATFORM.VALIDATION_FAILED', '字段缺失', { field: 'code' });
    const copy = GovError.fromReply(original.toReply());
    expect(copy).toMatchObject({ code: original.code, message: '字段缺失', kind: 'validation' });
    expect(copy.details).toEqual({ field: 'code' });
  });

  it('turns a reply with an unregistered code into an internal error that keeps the code', () => {
    const error = GovError.fromReply({ code: 'DEPT.SOMETHING', message: 'x' });
    expect(error.code).toBe('PLATFORM.INTERNAL');
    expect(error.details).toEqual({ unregisteredCode: 'DEPT.SOMETHING' });
  });
});
