import { isProgressLookup } from './rate-limit';

describe('the public progress lookup budget', () => {
  it('covers the case-progress lookup route', () => {
    expect(isProgressLookup('/api/v1/case-progress/:number')).toBe(true);
  });

  it.each([
    ['/api/v1/cases/:id'],
    ['/api/v1/divisions/:code'],
    ['/api/v1/case-progress'],
    ['/api/v1/case-progressive/:number'],
    ['/health'],
  ])('leaves %s to the general limits', (route) => {
    expect(isProgressLookup(route)).toBe(false);
  });

  it('leaves a request that matched no route to the general limits', () => {
    expect(isProgressLookup(undefined)).toBe(false);
  });
});
