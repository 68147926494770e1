// Jest loads its global hooks with Node's own resolver, which does not know the @gov/source
// condition (it would pick the unbuilt dist/): hence the relative path to the library's source.
import { dropDatabase } from '../../platform/local-infra/src/index';
import { type TestRunState } from './test-infrastructure';

/** Drops the run's database and stops what the global setup started. */
export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as { govTestRun?: TestRunState }).govTestRun;
  if (!state) return;
  await state.realm.stop();
  await state.nats.stop();
  await dropDatabase(state.postgres.adminUrl, state.databaseName);
  await state.postgres.stop();
}
