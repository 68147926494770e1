import { API_DOCS_CSP } from '../api-docs/register-api-docs';
import { API_CONTENT_SECURITY_POLICY, contentSecurityPolicyFor } from './security-headers';

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
