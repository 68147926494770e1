import { errorRegistry, GovError } from '@gov/contracts';
import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  Logger,
} from '@nestjs/common';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { httpStatusOf } from './http-status';

/** An RFC 9457 problem document carrying the registry's stable code. */
export interface ProblemDetails {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly instance: string;
  readonly code: string;
  readonly details?: Record<string, unknown>;
}

/** The problem document of `error` for the request target `instance`. */
export function problemDocument(error: GovError, instance: string): ProblemDetails {
  return {
    type: `urn:gov:error:${error.code}`,
    title: errorRegistry[error.code].message,
    status: httpStatusOf(error.kind),
    detail: error.message,
    instance,
    code: error.code,
    ...(error.details === undefined ? {} : { details: error.details }),
  };
}

/**
 * Answers with the problem document of `error`, keeping headers already set (security, CORS,
 * rate-limit). The filter and the gateway's own Fastify hooks both answer through it.
 */
export function sendProblem(reply: FastifyReply, instance: string, error: GovError): FastifyReply {
  const problem = problemDocument(error, instance);
  if (error.kind === 'unauthenticated') {
    void reply.header(
      'www-authenticate',
      error.code === 'AUTH.TOKEN_MISSING'
        ? 'Bearer realm="gov"'
        : 'Bearer realm="gov", error="invalid_token"',
    );
  }
  return reply
    .status(problem.status)
    .header('content-type', 'application/problem+json; charset=utf-8')
    .send(problem);
}

/** A request body over the limit (Fastify refuses it before any handler runs). */
function payloadTooLarge(limitBytes: number): GovError {
  return new GovError(
    'PLATFORM.PAYLOAD_TOO_LARGE',
    `请求内容过大：请求体不得超过 ${describeSize(limitBytes)}，请精简内容后重新提交`,
    { limitBytes },
  );
}

function describeSize(bytes: number): string {
  const unit =
    bytes >= 1024 * 1024 ? { size: 1024 * 1024, name: 'MiB' } : { size: 1024, name: 'KiB' };
  if (bytes < 1024) return `${bytes} 字节`;
  return `${Number((bytes / unit.size).toFixed(1))} ${unit.name}（${bytes} 字节）`;
}

/**
 * Every error leaving the gateway becomes `application/problem+json` with a stable code and a
 * message a person can act on. Services never speak HTTP; this is where kinds become statuses.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger(ProblemDetailsFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    void sendProblem(
      http.getResponse<FastifyReply>(),
      request.url,
      this.toGovError(exception, request),
    );
  }

  private toGovError(exception: unknown, request: FastifyRequest): GovError {
    if (exception instanceof GovError) return exception;
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      if (status === 413) return payloadTooLarge(request.routeOptions.bodyLimit);
      if (status === 404 || status === 405) {
        return new GovError('PLATFORM.ROUTE_NOT_FOUND');
      }
      if (status >= 400 && status < 500) {
        return new GovError('PLATFORM.VALIDATION_FAILED', undefined, { reason: exception.message });
      }
    }
    this.logger.error(
      exception instanceof Error ? exception.message : String(exception),
      exception instanceof Error ? exception.stack : undefined,
    );
    return new GovError('PLATFORM.INTERNAL');
  }
}
