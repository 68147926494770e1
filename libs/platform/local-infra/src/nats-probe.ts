import { connect } from 'nats';

/** What answers at a NATS URL. */
export type NatsProbe =
  | { readonly kind: 'jetstream' }
  | { readonly kind: 'no-jetstream'; readonly reason: string }
  | { readonly kind: 'unreachable'; readonly reason: string };

/** Connects to `url` (comma-separated servers) and asks JetStream for the account's info. */
export async function probeNats(url: string, timeoutMs = 2_000): Promise<NatsProbe> {
  let connection;
  try {
    connection = await connect({
      servers: url.split(','),
      reconnect: false,
      timeout: timeoutMs,
    });
  } catch (error) {
    return { kind: 'unreachable', reason: messageOf(error) };
  }
  try {
    const manager = await connection.jetstreamManager({ timeout: timeoutMs });
    await manager.getAccountInfo();
    return { kind: 'jetstream' };
  } catch (error) {
    return { kind: 'no-jetstream', reason: messageOf(error) };
  } finally {
    await connection.close().catch(() => undefined);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error && error.message ? error.message : String(error);
}
