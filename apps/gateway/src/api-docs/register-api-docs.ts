import fastifySwagger, { type StaticDocumentSpec } from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { type NestFastifyApplication } from '@nestjs/platform-fastify';
import { buildOpenApiDocument } from './openapi-document';

/** The interactive documentation (Swagger UI, its assets under `/api/docs/static/`). */
export const API_DOCS_PATH = '/api/docs';
/** The OpenAPI document as JSON (also at `/api/docs/json`, where the UI reads it). */
export const API_DOCS_JSON_PATH = '/api/docs-json';

/**
 * What Swagger UI needs from a Content-Security-Policy on `/api/docs*`: its scripts and styles
 * are files of this origin (the initializer too, no inline script), its icons are `data:` images,
 * it fetches the document (and "Try it out" requests) from this origin. `'unsafe-inline'` styles
 * only keep `style` attributes in rendered Markdown; nothing else needs them.
 */
export const API_DOCS_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Serves the API documentation, built once at start from the same routes and contracts as the
 * committed `docs/api/openapi.json`. Routes registered on Fastify directly, so Nest's guard never
 * sees them: they are public by design, and they work offline (Swagger UI ships in the package).
 */
export async function registerApiDocs(app: NestFastifyApplication): Promise<void> {
  const document = buildOpenApiDocument();
  // Static mode serves the document as is; its types only name OpenAPI 2 and 3.0 documents.
  const specification = { document: document as unknown as StaticDocumentSpec['document'] };
  await app.register(fastifySwagger, { mode: 'static', specification });
  await app.register(fastifySwaggerUi, {
    routePrefix: API_DOCS_PATH,
    uiConfig: { deepLinking: true, displayOperationId: true, persistAuthorization: false },
    theme: { title: '政务服务中心 API' },
  });
  app
    .getHttpAdapter()
    .getInstance()
    .get(API_DOCS_JSON_PATH, (_request, reply) => reply.type('application/json').send(document));
}
