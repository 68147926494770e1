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
    const error = this.toGovError(exception);
    const status = httpStatusOf(error.kind);
    const problem: ProblemDetails = {
      type: `urn:gov:error:${error.code}`,
      title: errorRegistry[error.code].message,
      status,
      detail: error.message,
      instance: request.url,
      code: error.code,
      ...(error.details === undefined ? {} : { details: error.details }),
    };
    const reply = http.getResponse<FastifyReply>();
    if (error.kind === 'unauthenticated') {
      void reply.header(
        'www-authenticate',
        error.code === 'AUTH.TOKEN_MISSING'
          ? 'Bearer realm="gov"'
          : 'Bearer realm="gov", error="invalid_token"',
      );
    }
    void reply
      .status(status)
      .header('content-type', 'application/problem+json; charset=utf-8')
      .send(problem);
  }

  private toGovError(exception: unknown): GovError {
    if (exception instanceof GovError) return exception;
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
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
