import { type Access, type ErrorCode, errorRegistry } from '@gov/contracts';
import { isExemptFromIpLimit } from '../http/rate-limit';
import { httpStatusOf } from '../problems/http-status';

export const PROBLEM_MEDIA_TYPE = 'application/problem+json';
const PROBLEM_REF = '#/components/schemas/Problem';

/** What decides which platform failures an operation can meet. */
export interface ErrorSources {
  readonly access: Access;
  /** The route forwards a contract over NATS (so it validates input and can find it down). */
  readonly forwards: boolean;
  /** The request takes a page cursor. */
  readonly paged: boolean;
  /** The OpenAPI path (for the rate limits' exemptions). */
  readonly path: string;
}

/**
 * The platform's codes that apply to an operation, beside its own: validation and availability
 * where it forwards a request, authentication and roles where it is protected, the rate limits
 * (per IP on every path but the exempt ones, per principal on protected routes).
 */
export function platformErrorsOf({ access, forwards, paged, path }: ErrorSources): ErrorCode[] {
  const codes: ErrorCode[] = [];
  if (forwards) codes.push('PLATFORM.VALIDATION_FAILED');
  if (paged) codes.push('PLATFORM.CURSOR_INVALID');
  if (access.kind === 'roles') {
    codes.push('AUTH.TOKEN_MISSING', 'AUTH.TOKEN_INVALID', 'AUTH.ROLE_NOT_ADMITTED');
  }
  if (access.kind === 'roles' || !isExemptFromIpLimit(path)) codes.push('PLATFORM.RATE_LIMITED');
  if (forwards) codes.push('PLATFORM.SERVICE_UNAVAILABLE', 'PLATFORM.TIMEOUT');
  codes.push('PLATFORM.INTERNAL');
  return codes;
}

/**
 * One response per HTTP status the codes map to, each an `application/problem+json` document whose
 * `code` is one of the codes listed (in the description, an enum, `x-error-codes` and an example
 * per code).
 */
export function errorResponses(codes: readonly ErrorCode[], path: string): Record<string, unknown> {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of [...new Set(codes)].sort()) {
    const status = httpStatusOf(errorRegistry[code].kind);
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  const statuses = [...byStatus.keys()].sort((a, b) => a - b);
  return Object.fromEntries(
    statuses.map((status) => {
      const group = byStatus.get(status) ?? [];
      return [String(status), problemResponse(status, group, path)];
    }),
  );
}

function problemResponse(status: number, codes: readonly ErrorCode[], path: string) {
  return {
    description: codes.map((code) => `- \`${code}\`: ${errorRegistry[code].message}`).join('\n'),
    ...(status === 401 ? { headers: { 'WWW-Authenticate': WWW_AUTHENTICATE } } : {}),
    ...(status === 429 ? { headers: { 'Retry-After': RETRY_AFTER } } : {}),
    content: {
      [PROBLEM_MEDIA_TYPE]: {
        schema: {
          allOf: [
            { $ref: PROBLEM_REF },
            {
              type: 'object',
              properties: { status: { const: status }, code: { enum: codes } },
            },
          ],
        },
        examples: Object.fromEntries(
          codes.map((code) => [
            code,
            {
              summary: errorRegistry[code].message,
              value: {
                type: `urn:gov:error:${code}`,
                title: errorRegistry[code].message,
                status,
                detail: errorRegistry[code].message,
                instance: path,
                code,
              },
            },
          ]),
        ),
      },
    },
    'x-error-codes': codes,
  };
}

const RETRY_AFTER = {
  description: '几秒后可再试 · seconds to wait before trying again',
  schema: { type: 'integer', minimum: 0 },
};

const WWW_AUTHENTICATE = {
  description: '`Bearer realm="gov"`, with `error="invalid_token"` when a token was refused',
  schema: { type: 'string' },
};
