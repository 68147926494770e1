import { MikroORM, RequestContext } from '@mikro-orm/core';
import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import { Observable } from 'rxjs';

/**
 * Gives every NATS handler its own MikroORM identity map, like the HTTP middleware does for
 * requests. The handler is subscribed inside the context so all of its async work sees it.
 */
@Injectable()
export class RequestContextInterceptor implements NestInterceptor {
  constructor(private readonly orm: MikroORM) {}

  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return new Observable((subscriber) =>
      RequestContext.create(this.orm.em, () => next.handle().subscribe(subscriber)),
    );
  }
}
