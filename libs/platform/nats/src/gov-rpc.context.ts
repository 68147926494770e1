import { BaseRpcContext } from '@nestjs/microservices';
import { type MsgHdrs } from 'nats';

/** What a handler can learn about the request besides its payload: the subject and the headers. */
export class GovRpcContext extends BaseRpcContext<[string, MsgHdrs | undefined]> {
  getSubject(): string {
    return this.args[0];
  }

  /** A request header (`authorization`, `traceparent`, `idempotency-key`, …), if present. */
  getHeader(name: string): string | undefined {
    const value = this.args[1]?.get(name);
    return value === undefined || value === '' ? undefined : value;
  }
}
