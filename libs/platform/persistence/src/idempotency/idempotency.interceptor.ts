import { canonicalJson, GovError, Headers } from '@gov/contracts';
import { type GovRpcContext } from '@gov/nats';
import { MikroORM } from '@mikro-orm/postgresql';
import {
  type CallHandler,
  type ExecutionContext,
  Inject,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import { createHash } from 'node:crypto';
import { defer, lastValueFrom, type Observable } from 'rxjs';
import { POOL_SIZE } from '../mikro-orm-options';
import { SERVICE_SCHEMA } from '../service-schema.token';
import { sqlRunner } from '../sql-runner';
import { Slots } from './slots';

const VALID_KEY = /^[\x21-\x7e]{1,200}$/;

/**
 * Commands holding their key's transaction at once. Each holds a pooled connection for its whole
 * run, and the use case inside takes more (reads on a forked EntityManager); had every connection
 * of the pool gone to such transactions, each would wait for another forever (until the pool's
 * acquire timeout). Half the pool leaves the other half for what runs inside them and for reads.
 */
const CONCURRENT_COMMANDS = POOL_SIZE / 2;

/**
 * Makes a command with an `idempotency-key` header run at most once per (principal, key): the key,
 * a hash of the request and the reply are stored in the same transaction as the command's effect.
 * A retry returns the first reply; the same key with a different request is a conflict. A command
 * that fails stores nothing, so it can be retried.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly orm: MikroORM,
    @Inject(SERVICE_SCHEMA) private readonly schema: string,
  ) {}

  private readonly slots = new Slots(CONCURRENT_COMMANDS);

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const rpc = context.switchToRpc();
    const request = rpc.getContext<GovRpcContext>();
    const key = request.getHeader(Headers.idempotencyKey);
    if (key === undefined || !request.getSubject().startsWith('gov.cmd.')) return next.handle();
    if (!VALID_KEY.test(key)) throw new GovError('PLATFORM.IDEMPOTENCY_KEY_INVALID');

    const principal = principalOf(request);
    const requestHash = sha256(`${request.getSubject()}\n${canonicalJson(rpc.getData())}`);
    return defer(() => this.slots.run(() => this.runOnce(principal, key, requestHash, next)));
  }

  private runOnce(
    principal: string,
    key: string,
    requestHash: string,
    next: CallHandler,
  ): Promise<unknown> {
    // The command's own `transactional` runs in this transaction as it is: a savepoint around it
    // would cost two more round trips on every keyed command and undo nothing that the rollback of
    // this transaction does not (a command's failure fails the whole of it).
    return this.orm.em.transactional(
      async (em) => {
        const sql = sqlRunner(em);
        const table = `${this.schema}.idempotency_key`;
        const claimed = await sql.rows(
          `insert into ${table} (principal, key, request_hash) values ($1, $2, $3)
           on conflict do nothing returning key`,
          [principal, key, requestHash],
        );
        if (claimed.length === 0) {
          const [first] = await sql.rows<{ request_hash: string; reply: unknown }>(
            `select request_hash, reply from ${table} where principal = $1 and key = $2`,
            [principal, key],
          );
          if (first?.request_hash !== requestHash) {
            throw new GovError('PLATFORM.IDEMPOTENCY_KEY_REUSED', undefined, { key });
          }
          return first.reply;
        }
        const reply: unknown = await lastValueFrom(next.handle(), { defaultValue: null });
        await sql.write(`update ${table} set reply = $1 where principal = $2 and key = $3`, [
          JSON.stringify(reply ?? null),
          principal,
          key,
        ]);
        return reply;
      },
      { ignoreNestedTransactions: true },
    );
  }
}

/**
 * Whose key it is: the verified caller's subject (the transport verified the token before this
 * runs), so a key survives a token refresh and different callers' keys never collide.
 */
function principalOf(request: GovRpcContext): string {
  const principal = request.getPrincipal();
  return principal === undefined ? 'anonymous' : `subject:${principal.subject}`;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
