import { type Principal } from '@gov/auth';
import {
  type ErrorCode,
  HealthStatusSchema,
  type Role,
  ROLE_NAMES,
  SERVICE_CONTEXTS,
  ServiceHealthSchema,
} from '@gov/contracts';
import { type Static, type TSchema, Type } from '@sinclair/typebox';
import { type ProblemDetails } from '../problems/problem-details.filter';

/** An RFC 9457 problem document as the gateway answers every error (`ProblemDetailsFilter`). */
export const ProblemSchema = Type.Object(
  {
    type: Type.String({ description: '`urn:gov:error:<code>`', examples: ['urn:gov:error:X.Y'] }),
    title: Type.String({ description: '错误码的默认说明 · the registry message of the code' }),
    status: Type.Integer({ minimum: 400, maximum: 599 }),
    detail: Type.String({ description: '本次错误的说明 · what went wrong this time' }),
    instance: Type.String({ description: '请求的路径 · the path of the request' }),
    code: Type.String({ description: '错误码注册表中的稳定代码 · the stable registry code' }),
    details: Type.Optional(
      Type.Record(Type.String(), Type.Unknown(), {
        description: '机器可读的补充信息，例如校验问题 · machine-readable details',
      }),
    ),
  },
  { $id: 'Problem', additionalProperties: false },
);

const RoleSchema = Type.Unsafe<Role>({ type: 'string', enum: [...ROLE_NAMES] });

/** `GET /api/v1/me`: the caller as the suite sees it. */
export const PrincipalSchema = Type.Object(
  {
    subject: Type.String({ description: "令牌的 `sub` · the token's subject" }),
    username: Type.String(),
    clientId: Type.String({ description: '取得令牌的客户端 (`azp`) · the client' }),
    roles: Type.Array(RoleSchema),
    division: Type.Union([Type.String({ pattern: '^\\d{12}$' }), Type.Null()], {
      description: '12 位统计用区划代码 · the division the caller acts in',
    }),
    department: Type.Union([Type.String(), Type.Null()], {
      description: '所属部门的统一社会信用代码 · credit code of the caller’s department',
    }),
    residentId: Type.Union([Type.String(), Type.Null()], {
      description: '实名认证的居民身份证号码（脱敏） · the verified resident ID, masked',
    }),
  },
  { $id: 'Principal', additionalProperties: false },
);

const ServiceDownSchema = Type.Object(
  {
    status: Type.Literal('down'),
    error: Type.String({ description: '未答复的原因（错误码） · why it did not answer' }),
  },
  { additionalProperties: false },
);

/** `GET /health`: the gateway, its NATS connection and each service. */
export const SuiteHealthSchema = Type.Object(
  {
    status: HealthStatusSchema,
    nats: HealthStatusSchema,
    services: Type.Object(
      Object.fromEntries(
        SERVICE_CONTEXTS.map((context) => [
          context,
          Type.Union([ServiceHealthSchema, ServiceDownSchema]),
        ]),
      ),
      { additionalProperties: false },
    ),
  },
  { $id: 'SuiteHealth', additionalProperties: false },
);

/** A path parameter the gateway resolves itself, outside any request contract. */
export interface GatewayPathParameter {
  readonly schema: TSchema;
  readonly description: string;
  /** What the gateway answers when the value names nothing. */
  readonly errors: readonly ErrorCode[];
  /** The value picks the context of the contract, so the route is tagged `ops`, not by context. */
  readonly picksContext: boolean;
}

export const GATEWAY_PATH_PARAMETERS: Readonly<Record<string, GatewayPathParameter>> = {
  service: {
    schema: Type.Unsafe<string>({ type: 'string', enum: [...SERVICE_CONTEXTS] }),
    description: '服务名称 · the service: ' + SERVICE_CONTEXTS.join(', '),
    errors: ['PLATFORM.ROUTE_NOT_FOUND'],
    picksContext: true,
  },
};

type Assert<T extends true> = T;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Writable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? U[] : T[K] };
/** Compile-time proof that the documented problem is the one the filter writes. */
export type ProblemSchemaIsProblemDetails = Assert<
  Same<Static<typeof ProblemSchema>, ProblemDetails>
>;
/** Compile-time proof that the documented principal is the one `GET /api/v1/me` answers. */
export type PrincipalSchemaIsPrincipal = Assert<
  Same<Static<typeof PrincipalSchema>, Writable<Principal>>
>;
