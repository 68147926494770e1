import { type Access, type RequestContract, type Role, ROLE_NAMES, ROLES } from '@gov/contracts';
import { type ApiReplyOptions, type FileDownloadOptions } from './api-reply.decorator';
import { errorResponses, platformErrorsOf } from './error-responses';
import { type GatewayRoute } from './gateway-routes';
import { JSON_MEDIA_TYPE, requestParts } from './request-parts';
import { type JsonSchema, type SchemaComponents } from './schema-components';

/** An OpenAPI operation object (the parts this document writes). */
export type OperationObject = Record<string, unknown> & { readonly tags: readonly string[] };

/** The operation of a route forwarding a contract: everything comes from the contract. */
export function contractOperation(
  route: GatewayRoute,
  contract: RequestContract,
  access: Access,
  components: SchemaComponents,
): OperationObject {
  const request = requestParts(route, contract, components);
  const context = contract.subject.split('.')[2] ?? '';
  // The contract of one service stands for all: say `{service}` where it names its context.
  const inContext = (text: string) =>
    request.picksContext ? text.replace(context, '{service}') : text;
  const errors = [
    ...contract.errors,
    ...request.errors,
    ...platformErrorsOf({ access, forwards: true, paged: request.paged, path: route.path }),
  ];
  return {
    operationId: route.operationId,
    summary: inContext(contract.summary),
    description: [
      accessDescription(access),
      `NATS: \`${inContext(contract.subject)}\``,
      ...(request.idempotent
        ? ['发送 `Idempotency-Key` 可安全重试 · send an `Idempotency-Key` to retry safely']
        : []),
    ].join('\n\n'),
    tags: [request.picksContext ? 'ops' : context],
    parameters: request.parameters,
    ...(request.requestBody === undefined ? {} : { requestBody: request.requestBody }),
    responses: {
      ...(route.htmlPage !== undefined
        ? htmlResponse(route.status, route.htmlPage)
        : route.fileDownload !== undefined
          ? fileResponse(route.status, route.fileDownload)
          : successResponse(
              route.status,
              components.reference(contract.reply),
              contract.samples.reply,
            )),
      ...errorResponses(errors, route.path),
    },
    ...securityOf(access),
  };
}

/** The operation of a route of the gateway's own, from its `@ApiReply`. */
export function ownOperation(
  route: GatewayRoute,
  reply: ApiReplyOptions,
  access: Access,
  components: SchemaComponents,
): OperationObject {
  const errors = [
    ...(reply.errors ?? []),
    ...platformErrorsOf({ access, forwards: false, paged: false, path: route.path }),
  ];
  const alternates = Object.entries(reply.alternateReplies ?? {}).map(([status, alternate]) => [
    status,
    {
      description: alternate.description,
      content: { [JSON_MEDIA_TYPE]: { schema: components.reference(alternate.schema) } },
    },
  ]);
  return {
    operationId: reply.operationId ?? route.operationId,
    summary: reply.summary,
    description: [
      accessDescription(access),
      ...(reply.description ? [reply.description] : []),
    ].join('\n\n'),
    tags: [reply.tag ?? 'gateway'],
    responses: {
      ...successResponse(route.status, components.reference(reply.reply)),
      ...errorResponses(errors, route.path),
      ...Object.fromEntries(alternates),
    },
    ...securityOf(access),
  };
}

function successResponse(status: number, schema: JsonSchema, example?: unknown) {
  const created = status === 201;
  return {
    [String(status)]: {
      description: created ? '已创建 · Created' : '成功 · OK',
      ...(created ? { headers: { Location: LOCATION } } : {}),
      content: { [JSON_MEDIA_TYPE]: { schema, ...(example === undefined ? {} : { example }) } },
    },
  };
}

function htmlResponse(status: number, description: string) {
  return {
    [String(status)]: {
      description,
      content: { 'text/html': { schema: { type: 'string' } } },
    },
  };
}

function fileResponse(status: number, file: FileDownloadOptions) {
  return {
    [String(status)]: {
      description: file.description,
      headers: {
        'Content-Disposition': {
          description: '以附件下载及其文件名 · download as an attachment, with its file name',
          schema: { type: 'string' },
        },
      },
      content: { [file.mediaType]: { schema: { type: 'string' } } },
    },
  };
}

const LOCATION = {
  description: '新资源的路径 · path of the new resource',
  schema: { type: 'string' },
};

function securityOf(access: Access) {
  switch (access.kind) {
    case 'public':
      return { security: [] };
    case 'roles':
      return { security: [{ bearer: [] }], 'x-roles': [...access.roles] };
  }
}

function accessDescription(access: Access): string {
  switch (access.kind) {
    case 'public':
      return '**公开**：无需令牌 · **Public**: no token needed.';
    case 'roles':
      if (ROLE_NAMES.every((role) => access.roles.includes(role))) {
        return '**需登录**：任何角色 · **Signed in**: any role of the suite.';
      }
      return `**角色**（其一）· **Roles** (any of): ${access.roles.map(roleLabel).join(', ')}`;
  }
}

function roleLabel(role: Role): string {
  return `\`${role}\` ${ROLES[role]}`;
}
