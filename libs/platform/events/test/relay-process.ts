// A relay in a process of its own, for the leader-failover test: node --conditions=@gov/source
// -r @swc-node/register relay-process.ts <database-url> <schema> <nats-url>. Prints "leader" once
// it holds the lock; runs until killed.
import { connect } from 'nats';
import { OutboxRelay } from '../src/outbox-relay';

async function main(): Promise<void> {
  const [databaseUrl, schema, natsUrl] = process.argv.slice(2);
  if (!databaseUrl || !schema || !natsUrl)
    throw new Error('usage: relay-process <db> <schema> <nats>');
  const nats = await connect({ servers: natsUrl, maxReconnectAttempts: -1 });
  const relay = new OutboxRelay({
    databaseUrl,
    schema,
    nats,
    pollIntervalMs: 200,
    standbyRetryMs: 200,
  });
  relay.start();
  const announce = setInterval(() => {
    if (!relay.isLeader) return;
    process.stdout.write('leader\n');
    clearInterval(announce);
  }, 50);
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
