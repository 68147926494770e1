// The sample department systems as a process of their own (`npm start` runs it beside the apps):
//   NATS_URL=nats://127.0.0.1:4222 node --conditions=@gov/source -r @swc-node/register \
//     tools/department-system/main.ts
// Stops on SIGINT/SIGTERM, and when the parent that started it with an IPC channel is gone.
import { startDepartmentSystem, type RunningDepartmentSystem } from './department-system';

const NAME = 'department-system';
const natsUrl = process.env['NATS_URL'] || 'nats://127.0.0.1:4222';
let running: RunningDepartmentSystem | undefined;
let stopping = false;

async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  const timeout = new Promise((resolve) => setTimeout(resolve, 10_000).unref());
  await Promise.race([running?.stop().catch(() => undefined), timeout]);
  process.exit(0);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void stop());
if (process.connected) process.once('disconnect', () => void stop());

startDepartmentSystem({ natsUrl })
  .then((system) => {
    running = system;
    const where = natsUrl.replace(/\/\/[^@/]*@/g, '//***@');
    process.stdout.write(`${NAME}: answering ${system.subjects.join(', ')} on ${where}\n`);
  })
  .catch((error: unknown) => {
    process.stderr.write(
      `${NAME} failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  });
