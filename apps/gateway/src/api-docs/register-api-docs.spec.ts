import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { buildOpenApiDocument } from './openapi-document';
import { API_DOCS_JSON_PATH, API_DOCS_PATH, registerApiDocs } from './register-api-docs';

@Module({})
class NoRoutesModule {}

describe('registerApiDocs', () => {
  let app: NestFastifyApplication;
  const get = (url: string) => app.getHttpAdapter().getInstance().inject({ method: 'GET', url });

  beforeAll(async () => {
    app = await NestFactory.create<NestFastifyApplication>(NoRoutesModule, new FastifyAdapter(), {
      logger: false,
    });
    await registerApiDocs(app);
    await app.init();
  });
  afterAll(() => app.close());

  it('answers the OpenAPI document at /api/docs-json', async () => {
    const response = await get(API_DOCS_JSON_PATH);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.json()).toEqual(buildOpenApiDocument());
  });

  it('answers Swagger UI at /api/docs, loading only scripts of its own origin', async () => {
    const response = await get(API_DOCS_PATH);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    const scripts = [...response.body.matchAll(/<script([^>]*)>([^<]*)<\/script>/g)];
    expect(scripts.map(([, attributes]) => attributes)).toEqual([
      ' src="/api/docs/static/swagger-ui-bundle.js" charset="UTF-8"',
      ' src="/api/docs/static/swagger-ui-standalone-preset.js" charset="UTF-8"',
      ' src="/api/docs/static/swagger-initializer.js" charset="UTF-8"',
    ]);
    // No inline script: the UI runs under `script-src 'self'` (API_DOCS_CSP).
    expect(scripts.every(([, , body]) => body?.trim() === '')).toBe(true);
    expect(response.body).not.toMatch(/<style/);
  });

  it('serves the UI assets from the package itself, so it works offline', async () => {
    const bundle = await get(`${API_DOCS_PATH}/static/swagger-ui-bundle.js`);
    expect(bundle.statusCode).toBe(200);
    const initializer = await get(`${API_DOCS_PATH}/static/swagger-initializer.js`);
    expect(initializer.body).toContain("resolveUrl('./json')");
    const json = await get(`${API_DOCS_PATH}/json`);
    expect(json.json()).toEqual(buildOpenApiDocument());
  });
});
