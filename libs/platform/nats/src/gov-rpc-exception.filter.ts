import { Catch, type RpcExceptionFilter } from '@nestjs/common';
import { throwError, type Observable } from 'rxjs';

/**
 * Hands every exception from a handler to {@link GovNatsTransport} unchanged. Nest's default RPC
 * filter would replace a GovError with `{status: 'error', message: 'Internal server error'}`.
 */
@Catch()
export class GovRpcExceptionFilter implements RpcExceptionFilter<unknown> {
  catch(exception: unknown): Observable<never> {
    return throwError(() => exception);
  }
}
