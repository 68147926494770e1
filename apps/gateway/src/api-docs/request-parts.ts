import { type ErrorCode, type RequestContract } from '@gov/contracts';
import { GATEWAY_PATH_PARAMETERS, type GatewayPathParameter } from './gateway-schemas';
import { type GatewayRoute } from './gateway-routes';
import { type JsonSchema, type SchemaComponents } from './schema-components';

export const JSON_MEDIA_TYPE = 'application/json';

const IDEMPOTENCY_KEY_PARAMETER = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description: '同一键重试返回首次结果 · a retry with the same key gets the first reply back',
  schema: { type: 'string', minLength: 1, maxLength: 200, pattern: '^[!-~]+$' },
};

/** Where a contract's request fields travel on this route, and what that adds to the operation. */
export interface RequestParts {
  readonly parameters: readonly Record<string, unknown>[];
  readonly requestBody?: Record<string, unknown>;
  /** Codes of the gateway's own path parameters (an unknown `{service}`). */
  readonly errors: readonly ErrorCode[];
  /** A path parameter picks the contract's context (the contract stands for every service). */
  readonly picksContext: boolean;
  readonly paged: boolean;
  readonly idempotent: boolean;
}

/**
 * Splits a contract's request as the controllers do: fields named in the route path are path
 * parameters; for GET and DELETE the others come from the query string, otherwise from the JSON
 * body. A command whose contract knows idempotency keys takes the `Idempotency-Key` header.
 */
export function requestParts(
  route: GatewayRoute,
  contract: RequestContract,
  components: SchemaComponents,
): RequestParts {
  const request = components.inline(contract.request);
  const properties = (request.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((request.required ?? []) as string[]);
  const sample = contract.samples.request as Record<string, unknown>;
  const parameter = (name: string, location: 'path' | 'query', schema: JsonSchema) => ({
    name,
    in: location,
    required: location === 'path' || required.has(name),
    ...(typeof schema.description === 'string' ? { description: schema.description } : {}),
    schema,
    ...(name in sample ? { example: sample[name] } : {}),
  });

  const own = new Map(
    route.pathParameters
      .filter((name) => !(name in properties))
      .map((name) => [name, gatewayPathParameter(route, name)]),
  );
  const pathParameters = route.pathParameters.map((name) => {
    const described = own.get(name);
    if (described === undefined) return parameter(name, 'path', properties[name] ?? {});
    const schema = components.inline(described.schema);
    return { ...parameter(name, 'path', schema), description: described.description };
  });
  const rest = Object.keys(properties).filter((name) => !route.pathParameters.includes(name));
  const inQuery = route.method === 'get' || route.method === 'delete';
  const idempotent = contract.errors.includes('PLATFORM.IDEMPOTENCY_KEY_REUSED');

  const body = () => ({
    required: true,
    content: {
      [JSON_MEDIA_TYPE]: {
        schema:
          rest.length === Object.keys(properties).length
            ? components.reference(contract.request)
            : bodyWithout(request, route.pathParameters),
        example: Object.fromEntries(Object.entries(sample).filter(([name]) => rest.includes(name))),
      },
    },
  });
  return {
    parameters: [
      ...pathParameters,
      ...(inQuery ? rest.map((name) => parameter(name, 'query', properties[name] ?? {})) : []),
      ...(idempotent ? [IDEMPOTENCY_KEY_PARAMETER] : []),
    ],
    ...(inQuery || rest.length === 0 ? {} : { requestBody: body() }),
    errors: [...own.values()].flatMap((described) => described.errors),
    picksContext: [...own.values()].some((described) => described.picksContext),
    paged: 'cursor' in properties,
    idempotent,
  };
}

function gatewayPathParameter(route: GatewayRoute, name: string): GatewayPathParameter {
  const parameter = GATEWAY_PATH_PARAMETERS[name];
  if (parameter === undefined) {
    throw new Error(
      `${route.name}: path parameter :${name} is neither a field of the contract's request ` +
        'nor described in GATEWAY_PATH_PARAMETERS',
    );
  }
  return parameter;
}

/** The request schema less the fields the path carries (the body of PATCH /departments/{id}). */
function bodyWithout(request: JsonSchema, fromPath: readonly string[]): JsonSchema {
  const kept = (name: string) => !fromPath.includes(name);
  const properties = Object.entries((request.properties ?? {}) as Record<string, JsonSchema>);
  const required = ((request.required ?? []) as string[]).filter(kept);
  const body: JsonSchema = {
    ...request,
    properties: Object.fromEntries(properties.filter(([name]) => kept(name))),
    required,
  };
  if (required.length === 0) delete body.required;
  return body;
}
