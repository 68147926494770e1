import { Type, type Static } from '@sinclair/typebox';
import { publicAccess } from '../schema/access';
import { defineQuery, type RequestContract } from '../schema/contract';

/** The services that answer on the bus; each answers its own health query. */
export const SERVICE_CONTEXTS = ['catalog', 'cases', 'disclosure', 'notifications'] as const;
export type ServiceContext = (typeof SERVICE_CONTEXTS)[number];

export const HealthStatusSchema = Type.Union([Type.Literal('up'), Type.Literal('down')]);

export const ServiceHealthSchema = Type.Object(
  {
    service: Type.String(),
    status: HealthStatusSchema,
    checks: Type.Record(Type.String(), HealthStatusSchema, {
      description: 'Each dependency of the service, e.g. database',
    }),
  },
  { $id: 'ServiceHealth', additionalProperties: false },
);
export type ServiceHealth = Static<typeof ServiceHealthSchema>;

const EmptyRequest = Type.Object({}, { additionalProperties: false });

function healthQuery(context: ServiceContext) {
  return defineQuery({
    context,
    aggregate: 'health',
    verb: 'get',
    version: 1,
    summary: `${context} 服务健康状态`,
    access: publicAccess,
    request: EmptyRequest,
    reply: ServiceHealthSchema,
    samples: {
      request: {},
      reply: { service: context, status: 'up', checks: { database: 'up' } },
    },
  });
}

/**
 * Health queries, one per service: `gov.qry.<context>.health.get.v1`.
 * WARNING: released subjects and payloads never change.
 */
export const healthContracts = Object.fromEntries(
  SERVICE_CONTEXTS.map((context) => [context, healthQuery(context)]),
) as Record<ServiceContext, RequestContract<typeof EmptyRequest, typeof ServiceHealthSchema>>;
