import { type Type } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GATEWAY_CONTROLLERS } from '../gateway.module';
import { ProblemSchema } from './gateway-schemas';
import { type GatewayRoute, gatewayRoutes } from './gateway-routes';
import { contractOperation, type OperationObject, ownOperation } from './route-operations';
import { SchemaComponents } from './schema-components';

/** JSON Schema 2020-12 as TypeBox writes it is valid as is in OpenAPI 3.1 (ADR 0007). */
export const OPENAPI_VERSION = '3.1.0';

const TAGS: Record<string, string> = {
  catalog: '事项目录：行政区划、部门 · Catalog: divisions and departments',
  cases: '办件 · Cases: applications and their lifecycle',
  disclosure: '政务公开 · Disclosure: publications and requests',
  notifications: '通知 · Notifications recorded from events',
  ops: '运维：各服务的暂存事件 · Operations: events each service parked',
  gateway: '网关自身：健康状态、当前用户 · The gateway itself: health, the caller',
};

const DESCRIPTION = `政务服务中心套件的 HTTP 接口，由网关提供。本文档由请求契约（\`@gov/contracts\`）生成，请勿手工修改：\`npm run openapi:generate\`。

- 受保护的接口需携带 Keycloak 领域 \`gov\` 签发的访问令牌（\`Authorization: Bearer …\`），并具有所列角色之一（\`x-roles\`）。
- 错误均以 RFC 9457 \`application/problem+json\` 答复，\`code\` 为错误码注册表中的稳定代码；每个接口按 HTTP 状态列出其可能的错误码。

The HTTP API of the government service centre suite, served by the gateway. Generated from the request
contracts (\`@gov/contracts\`); do not edit by hand: \`npm run openapi:generate\`.

- Protected operations need an access token of the Keycloak realm \`gov\` (\`Authorization: Bearer …\`)
  carrying one of the listed roles (\`x-roles\`).
- Every error is an RFC 9457 \`application/problem+json\` document whose \`code\` is a stable code of the
  error registry; each operation lists the codes it can answer, grouped by HTTP status.`;

const BEARER_DESCRIPTION = `Keycloak 领域 \`gov\` 签发的访问令牌（JWT，受众 \`gateway\`）。
An access token (JWT, audience \`gateway\`) issued by the Keycloak realm \`gov\`:
\`POST /realms/gov/protocol/openid-connect/token\` (\`npm start\` prints a curl for the development realm).`;

/**
 * The OpenAPI document of the gateway, built from its controllers' route metadata and the request
 * contracts they forward: schemas, roles and error codes all come from those single definitions.
 */
export function buildOpenApiDocument(
  controllers: readonly Type<unknown>[] = GATEWAY_CONTROLLERS,
): Record<string, unknown> {
  const components = new SchemaComponents();
  components.reference(ProblemSchema);
  const paths: Record<string, Record<string, OperationObject>> = {};
  for (const route of gatewayRoutes(controllers)) {
    const operations = (paths[route.path] ??= {});
    if (operations[route.method] !== undefined) {
      throw new Error(
        `${route.name}: ${route.method.toUpperCase()} ${route.path} is declared twice`,
      );
    }
    operations[route.method] = operationOf(route, components);
  }
  const used = new Set(
    Object.values(paths).flatMap((operations) =>
      Object.values(operations).flatMap((operation) => operation.tags),
    ),
  );
  const document = {
    openapi: OPENAPI_VERSION,
    info: {
      title: '政务服务中心 API · Government Service Centre Suite API',
      version: gatewayVersion(),
      description: DESCRIPTION,
      license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
    },
    servers: [{ url: '/', description: '本网关 · this gateway' }],
    tags: [...used].sort().map((name) => ({ name, description: TAGS[name] ?? name })),
    paths,
    components: {
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description: BEARER_DESCRIPTION,
        },
      },
      schemas: components.toJSON(),
    },
  };
  // Plain JSON: what the committed file holds and what /api/docs-json answers.
  return JSON.parse(JSON.stringify(document)) as Record<string, unknown>;
}

function operationOf(route: GatewayRoute, components: SchemaComponents): OperationObject {
  if (route.access === undefined) {
    throw new Error(`${route.name} declares no access (@Public, @Roles, @Operation)`);
  }
  if (route.contract !== undefined) {
    return contractOperation(route, route.contract, route.access, components);
  }
  if (route.apiReply !== undefined) {
    return ownOperation(route, route.apiReply, route.access, components);
  }
  throw new Error(
    `${route.name} forwards no contract (@Operation) and has no @ApiReply: the API document ` +
      'cannot describe it',
  );
}

/** The gateway's version, from its package.json (two levels up from src/ and from dist/). */
function gatewayVersion(): string {
  const manifest = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}
