import { join } from 'node:path';
import { DependencyError } from './dependency-error';
import { locateNatsServer, type LocateNatsServerOptions } from './nats-binary';
import { probeNats } from './nats-probe';
import { reclaimOwnNatsServer, startOwnNatsServer, type NatsEndpoint } from './own-nats-server';
import { dataDirectory } from './paths';
import { redactUrl } from './redact';

export interface FindNatsOptions extends LocateNatsServerOptions {
  /** Takes precedence over everything: NATS_URL. */
  readonly url?: string | undefined;
  /** The local server to try before starting our own (default GOV_LOCAL_NATS_URL). */
  readonly localUrl?: string;
  /** Where our own server keeps its store (default `<GOV_DATA_DIR>/nats`). */
  readonly dataDir?: string;
}

/** The local candidate: a NATS with JetStream on the default port. */
export const DEFAULT_LOCAL_NATS_URL = 'nats://127.0.0.1:4222';

/**
 * Finds NATS with JetStream in the order of DESIGN.md §7: the variable, then a server on the
 * local default port, then our own nats-server (on that port if free) with its store in
 * `<GOV_DATA_DIR>/nats`. A server without JetStream is not usable.
 */
export async function findNats(options: FindNatsOptions = {}): Promise<NatsEndpoint> {
  const env = options.env ?? process.env;
  const log = options.log ?? (() => undefined);
  const found = (url: string, source: 'variable' | 'local' | 'own'): NatsEndpoint => ({
    url,
    source,
    owned: false,
    stop: () => Promise.resolve(),
  });
  if (options.url) {
    const probe = await probeNats(options.url);
    if (probe.kind === 'jetstream') {
      log(`NATS: using ${redactUrl(options.url)}, with JetStream`);
      return found(options.url, 'variable');
    }
    throw new DependencyError(
      probe.kind === 'no-jetstream'
        ? `NATS at the configured URL ${redactUrl(options.url)} has no JetStream (${probe.reason}); ` +
            'the suite needs it: start that server with -js, or unset the variable.'
        : `NATS at the configured URL ${redactUrl(options.url)} does not answer (${probe.reason}).`,
    );
  }
  const dataDir = options.dataDir ?? join(dataDirectory(env), 'nats');
  // Before trying the local port: our own server from an earlier run may be listening there.
  const shared = await reclaimOwnNatsServer(dataDir, log);
  if (shared) {
    log(`NATS: sharing the nats-server another run started on ${dataDir}`);
    return { ...found(shared, 'own'), dataDir };
  }
  const localUrl = options.localUrl ?? env['GOV_LOCAL_NATS_URL'] ?? DEFAULT_LOCAL_NATS_URL;
  const probe = await probeNats(localUrl);
  switch (probe.kind) {
    case 'jetstream':
      log(`NATS: found a server with JetStream at ${redactUrl(localUrl)}`);
      return found(localUrl, 'local');
    case 'no-jetstream':
      log(`NATS: ${redactUrl(localUrl)} answers but has no JetStream, so it is not usable`);
      break;
    case 'unreachable':
      log(`NATS: nothing usable at ${redactUrl(localUrl)} (${probe.reason})`);
      break;
  }
  const binary = await locateNatsServer({ ...options, env, log });
  const preferredPort = Number(new URL(localUrl).port || 4222);
  return startOwnNatsServer(binary, dataDir, preferredPort, log);
}
