import { API_DOCS_CSP } from '../api-docs/register-api-docs';
import {
  API_CONTENT_SECURITY_POLICY,
  contentSecurityPolicyFor,
  helmetHeaders,
  helmetOptions,
} from './security-headers';

describe('contentSecurityPolicyFor', () => {
  it.each(['/api/v1/divisions/330102', '/health', '/', '/api/v1/me?docs=/api/docs'])(
    'gives the JSON API at %s the strict policy',
    (url) => {
      expect(contentSecurityPolicyFor(url)).toBe(API_CONTENT_SECURITY_POLICY);
    },
  );

  it.each([
    '/api/docs',
    '/api/docs/',
    '/api/docs/static/index.css',
    '/api/docs-json',
    '/api/docs?x=1',
  ])('gives the documentation at %s its own policy', (url) => {
    expect(contentSecurityPolicyFor(url)).toBe(API_DOCS_CSP);
  });

  it('still forbids framing the documentation', () => {
    expect(API_DOCS_CSP).toContain("frame-ancestors 'none'");
  });
});

describe('helmetHeaders', () => {
  it('gives the headers helmet sets for the options, HSTS only when configured', () => {
    const local = helmetHeaders(helmetOptions(0));
    expect(local).toMatchObject({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'x-frame-options': 'DENY',
      'cross-origin-opener-policy': 'same-origin',
    });
    expect(local).not.toHaveProperty('strict-transport-security');
    expect(local).not.toHaveProperty('content-security-policy');
    expect(helmetHeaders(helmetOptions(31_536_000))).toMatchObject({
      'strict-transport-security': 'max-age=31536000',
    });
  });
});
