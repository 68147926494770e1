import { dropDatabase } from './postgres';
import { type TestRunState } from './test-infrastructure';

/** Drops the run's database and stops what the global setup started. */
export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as { govTestRun?: TestRunState }).govTestRun;
  if (!state) return;
  await state.nats.stop();
  await dropDatabase(state.postgres.adminUrl, state.databaseName);
  await state.postgres.stop();
}
