import { ERROR_KINDS } from '@gov/contracts';
import { httpStatusOf } from './http-status';

describe('httpStatusOf', () => {
  it.each([
    ['validation', 400],
    ['unauthenticated', 401],
    ['forbidden', 403],
    ['not_found', 404],
    ['conflict', 409],
    ['payload_too_large', 413],
    ['unprocessable', 422],
    ['rate_limited', 429],
    ['internal', 500],
    ['unavailable', 503],
    ['timeout', 504],
  ] as const)('answers a %s error with %i', (kind, status) => {
    expect(httpStatusOf(kind)).toBe(status);
  });

  it('gives every kind an error status', () => {
    for (const kind of ERROR_KINDS) {
      expect(httpStatusOf(kind)).toBeGreaterThanOrEqual(400);
    }
  });
});
