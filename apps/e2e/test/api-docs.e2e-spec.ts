import { validate } from '@gov/contracts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ProblemSchema, SuiteHealthSchema } from '../../gateway/src/api-docs/gateway-schemas';
import { API_DOCS_CSP } from '../../gateway/src/api-docs/register-api-docs';
import { Suite } from './support/suite';

const committed = JSON.parse(
  readFileSync(join(__dirname, '../../../docs/api/openapi.json'), 'utf8'),
) as { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };

describe('the API documentation served by the gateway', () => {
  let suite: Suite;

  beforeAll(async () => {
    suite = await Suite.start([]);
  });
  afterAll(() => suite.stop());

  it('answers the committed OpenAPI document at /api/docs-json, without a token', async () => {
    const response = await suite.get('/api/docs-json');
    expect(response.status).toBe(200);
    expect(response.contentType).toMatch(/^application\/json/);
    expect(response.body).toEqual(committed);
  });

  it('answers the interactive documentation at /api/docs as HTML its CSP lets run', async () => {
    const response = await fetch(`${suite.baseUrl}/api/docs`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await response.text()).toContain('<div id="swagger-ui"></div>');
    const policy = response.headers.get('content-security-policy') ?? '';
    const served = policy.split(';').map((directive) => directive.trim());
    expect(API_DOCS_CSP.split('; ').filter((directive) => !served.includes(directive))).toEqual([]);

    const bundle = await fetch(`${suite.baseUrl}/api/docs/static/swagger-ui-bundle.js`);
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('content-type')).toMatch(/javascript/);
    // Read the body: an unread response keeps its connection busy and the gateway waits for it.
    expect((await bundle.text()).length).toBeGreaterThan(100_000);
  });

  it('documents what the gateway really answers: a problem and the health of the suite', async () => {
    const division = await suite.get('/api/v1/divisions/330102');
    expect(division.status).toBe(503);
    expect(validate(ProblemSchema, division.body).ok).toBe(true);
    const documented = committed.paths['/api/v1/divisions/{code}']?.get?.responses['503'] as {
      'x-error-codes': string[];
    };
    expect(documented['x-error-codes']).toContain((division.body as { code: string }).code);

    const health = await suite.get('/health');
    expect(health.status).toBe(503);
    expect(validate(SuiteHealthSchema, health.body)).toEqual({ ok: true, value: health.body });
  });
});
