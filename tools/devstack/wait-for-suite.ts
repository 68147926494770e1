import { DependencyError } from '@gov/local-infra';

/** How long the services may take to connect, migrate and seed before we give up. */
const READY_TIMEOUT_MS = 90_000;
const REPORT_EVERY_MS = 5_000;

/**
 * Polls `GET <gateway>/health` until it answers 200 (the gateway, NATS and every service are up),
 * saying every few seconds what it still waits for. Rejects after 90 s or when `signal` aborts.
 */
export async function waitForSuite(
  gatewayUrl: string,
  say: (line: string) => void,
  signal: AbortSignal,
): Promise<void> {
  const started = Date.now();
  let nextReport = started + REPORT_EVERY_MS;
  let waitingFor = 'the gateway';
  while (!signal.aborted) {
    const answer = await health(gatewayUrl);
    if (answer.ready) return;
    waitingFor = answer.waitingFor;
    const now = Date.now();
    if (now - started > READY_TIMEOUT_MS) {
      throw new DependencyError(
        `the suite did not come up within ${READY_TIMEOUT_MS / 1000} s; still waiting for ${waitingFor}`,
      );
    }
    if (now >= nextReport) {
      const seconds = Math.round((now - started) / 1000);
      say(
        `waiting for ${waitingFor} (${seconds} s; services migrate and seed on their first start)`,
      );
      nextReport = now + REPORT_EVERY_MS;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function health(
  gatewayUrl: string,
): Promise<{ ready: true } | { ready: false; waitingFor: string }> {
  try {
    const response = await fetch(`${gatewayUrl}/health`, { signal: AbortSignal.timeout(3_000) });
    if (response.status === 200) return { ready: true };
    return { ready: false, waitingFor: whatIsDown(await response.json().catch(() => undefined)) };
  } catch {
    return { ready: false, waitingFor: 'the gateway to answer' };
  }
}

/** Names what `/health` reports down, e.g. "catalog, notifications". */
function whatIsDown(body: unknown): string {
  const report = body as { nats?: string; services?: Record<string, { status?: string }> };
  const down = Object.entries(report?.services ?? {})
    .filter(([, service]) => service?.status !== 'up')
    .map(([name]) => name);
  if (report?.nats === 'down') down.unshift('the gateway’s NATS connection');
  return down.length > 0 ? down.join(', ') : 'the suite to report healthy';
}
