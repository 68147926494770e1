import { type Principal } from '@gov/auth';
import { BaseRpcContext } from '@nestjs/microservices';
import { type MsgHdrs } from 'nats';

/**
 * What a handler can learn about the request besides its payload: the subject, the headers and the
 * caller whose token the transport verified.
 */
export class GovRpcContext extends BaseRpcContext<
  [string, MsgHdrs | undefined, Principal | undefined]
> {
  getSubject(): string {
    return this.args[0];
  }

  /** A request header (`authorization`, `traceparent`, `idempotency-key`, …), if present. */
  getHeader(name: string): string | undefined {
    const value = this.args[1]?.get(name);
    return value === undefined || value === '' ? undefined : value;
  }

  /** The verified caller; undefined only on a public request. */
  getPrincipal(): Principal | undefined {
    return this.args[2];
  }

  /** The verified caller of a request whose contract admits roles (never a public one). */
  requirePrincipal(): Principal {
    const principal = this.args[2];
    if (!principal) throw new Error(`${this.getSubject()} is public: it has no verified caller`);
    return principal;
  }
}
