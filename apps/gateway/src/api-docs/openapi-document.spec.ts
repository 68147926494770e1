import { catalogContracts, errorRegistry, type ErrorCode, jsonSchemaOf } from '@gov/contracts';
import { Controller, Get } from '@nestjs/common';
import { Type } from '@sinclair/typebox';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Public } from '../auth/access.decorators';
import { GATEWAY_CONTROLLERS } from '../gateway.module';
import { httpStatusOf } from '../problems/http-status';
import { gatewayRoutes } from './gateway-routes';
import { buildOpenApiDocument } from './openapi-document';
import { SchemaComponents } from './schema-components';

const COMMITTED_FILE = join(__dirname, '../../../../docs/api/openapi.json');

interface Operation {
  operationId: string;
  summary: string;
  tags: string[];
  parameters?: { name: string; in: string; required: boolean }[];
  requestBody?: { content: Record<string, { schema: Record<string, unknown> }> };
  responses: Record<string, { 'x-error-codes'?: string[]; content?: Record<string, unknown> }>;
  security: Record<string, string[]>[];
  'x-roles'?: string[];
}
interface Document {
  info: { version: string };
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Record<string, unknown>> };
}

const document = buildOpenApiDocument() as unknown as Document;
const routes = gatewayRoutes(GATEWAY_CONTROLLERS);
const operationOf = (method: string, path: string): Operation => {
  const operation = document.paths[path]?.[method];
  if (!operation) throw new Error(`${method.toUpperCase()} ${path} is not in the document`);
  return operation;
};
/** The status a code answers with, and the codes the operation lists there. */
const codesAt = (operation: Operation, code: ErrorCode) =>
  operation.responses[String(httpStatusOf(errorRegistry[code].kind))]?.['x-error-codes'] ?? [];

describe('the committed OpenAPI document', () => {
  it('is what the routes and contracts describe today', () => {
    const committed: unknown = JSON.parse(readFileSync(COMMITTED_FILE, 'utf8'));
    try {
      expect(committed).toEqual(buildOpenApiDocument());
    } catch (error) {
      throw new Error(
        'docs/api/openapi.json is out of date: run `npm run openapi:generate` and commit it.\n\n' +
          (error instanceof Error ? error.message : String(error)),
      );
    }
  });
});

describe('buildOpenApiDocument', () => {
  it('describes every route of every gateway controller, once', () => {
    const handlers = GATEWAY_CONTROLLERS.flatMap((controller) =>
      Object.getOwnPropertyNames(controller.prototype).filter(
        (name) => Reflect.getMetadata('method', controller.prototype[name as never]) !== undefined,
      ),
    );
    const operations = Object.values(document.paths).flatMap((methods) => Object.values(methods));
    expect(operations).toHaveLength(handlers.length);
    expect(routes).toHaveLength(handlers.length);
    for (const route of routes) expect(operationOf(route.method, route.path)).toBeDefined();
    expect(new Set(operations.map((operation) => operation.operationId)).size).toBe(
      operations.length,
    );
  });

  it('takes the summary and the tag of a forwarding route from its contract', () => {
    const operation = operationOf('get', '/api/v1/divisions/{code}');
    expect(operation.summary).toBe(catalogContracts.getDivision.summary);
    expect(operation.tags).toEqual(['catalog']);
  });

  it('secures protected operations with the bearer scheme and lists the roles they admit', () => {
    for (const route of routes) {
      const operation = operationOf(route.method, route.path);
      if (route.access?.kind === 'roles') {
        expect([route.name, operation.security]).toEqual([route.name, [{ bearer: [] }]]);
        expect([route.name, operation['x-roles']]).toEqual([route.name, [...route.access.roles]]);
        expect(codesAt(operation, 'AUTH.TOKEN_MISSING')).toEqual(
          expect.arrayContaining(['AUTH.TOKEN_MISSING', 'AUTH.TOKEN_INVALID']),
        );
        expect(codesAt(operation, 'AUTH.ROLE_NOT_ADMITTED')).toContain('AUTH.ROLE_NOT_ADMITTED');
      } else {
        expect([route.name, operation.security]).toEqual([route.name, []]);
        expect(operation.responses['401']).toBeUndefined();
      }
    }
    expect(operationOf('post', '/api/v1/departments')['x-roles']).toEqual(['catalog_admin']);
  });

  it("lists every code of an operation's contract under the HTTP status its kind maps to", () => {
    for (const route of routes.filter((candidate) => candidate.contract !== undefined)) {
      const operation = operationOf(route.method, route.path);
      for (const code of route.contract?.errors ?? []) {
        expect([route.name, code, codesAt(operation, code)]).toEqual([
          route.name,
          code,
          expect.arrayContaining([code]),
        ]);
      }
      for (const code of ['PLATFORM.VALIDATION_FAILED', 'PLATFORM.INTERNAL'] as const) {
        expect(codesAt(operation, code)).toContain(code);
      }
    }
    const create = operationOf('post', '/api/v1/departments');
    expect(create.responses['409']?.['x-error-codes']).toEqual([
      'CATALOG.DEPARTMENT_EXISTS',
      'PLATFORM.IDEMPOTENCY_KEY_REUSED',
    ]);
    expect(create.responses['409']?.content).toHaveProperty(['application/problem+json']);
  });

  it('answers the unknown-service code on the routes whose path names a service', () => {
    const list = operationOf('get', '/api/v1/ops/{service}/parked-events');
    expect(list.responses['404']?.['x-error-codes']).toEqual(['PLATFORM.ROUTE_NOT_FOUND']);
    expect(list.summary).toBe('{service} 服务中处理失败而暂存的事件');
    expect(list.tags).toEqual(['ops']);
  });

  it('splits a request into path and query parameters for GET, path and body otherwise', () => {
    const parameters = (operation: Operation) =>
      (operation.parameters ?? []).map((parameter) => `${parameter.in}:${parameter.name}`);
    const notices = operationOf('get', '/api/v1/notices');
    expect(parameters(notices)).toEqual([
      'query:aggregateId',
      'query:division',
      'query:cursor',
      'query:limit',
    ]);
    expect(codesAt(notices, 'PLATFORM.CURSOR_INVALID')).toContain('PLATFORM.CURSOR_INVALID');

    const rename = operationOf('patch', '/api/v1/departments/{id}');
    expect(parameters(rename)).toEqual(['path:id', 'header:Idempotency-Key']);
    const body = rename.requestBody?.content['application/json']?.schema;
    expect(body).toMatchObject({ properties: { name: {} }, required: ['name'] });
    expect(body?.properties).not.toHaveProperty('id');

    const replay = operationOf('post', '/api/v1/ops/{service}/parked-events/{id}/replay');
    expect(parameters(replay)).toEqual(['path:service', 'path:id']);
    expect(replay.requestBody).toBeUndefined();
  });

  it('publishes schemas with an $id once under components and refers to them', () => {
    const create = operationOf('post', '/api/v1/departments');
    expect(create.requestBody?.content['application/json']?.schema).toEqual({
      $ref: '#/components/schemas/CreateDepartmentRequest',
    });
    const { $id, ...department } = jsonSchemaOf(catalogContracts.createDepartment.reply);
    expect($id).toBe('Department');
    expect(document.components.schemas.Department).toEqual(department);
    expect(document.components.schemas.NoticePage).toMatchObject({
      properties: { items: { items: { $ref: '#/components/schemas/Notice' } } },
    });
  });

  it('takes its version from the gateway package', () => {
    const manifest = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as {
      version: string;
    };
    expect(document.info.version).toBe(manifest.version);
  });

  it('refuses a route it cannot describe rather than leave it out', () => {
    @Controller('undocumented')
    class UndocumentedController {
      @Get()
      @Public()
      get() {
        return {};
      }
    }
    expect(() => buildOpenApiDocument([UndocumentedController])).toThrow(
      'UndocumentedController.get forwards no contract (@Operation) and has no @ApiReply',
    );
  });

  it('refuses two different schemas under one name', () => {
    const components = new SchemaComponents();
    components.reference(Type.Object({ a: Type.String() }, { $id: 'Twice' }));
    expect(() => components.reference(Type.Object({ b: Type.String() }, { $id: 'Twice' }))).toThrow(
      'Two different schemas are both named "Twice"',
    );
  });
});
