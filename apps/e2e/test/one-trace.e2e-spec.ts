import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { freePort, startNatsServer, testInfrastructure, waitUntil } from '@gov/testing';
import { AppProcess } from './support/app-process';
import { aDepartment } from './support/builders';
import { userToken } from '@gov/testing';
import { OtlpReceiver, type ReceivedSpan, SPAN_KIND } from './support/otlp-receiver';

/** Apps run as processes, with a nats-server of their own. */
interface Processes {
  readonly gatewayUrl: string;
  readonly apps: readonly AppProcess[];
  stop(): Promise<void>;
}

/** Starts `names` as processes with `env` added, and answers once the gateway and catalog answer. */
async function startProcesses(
  names: readonly string[],
  env: Record<string, string> = {},
): Promise<Processes> {
  const nats = await startNatsServer();
  const port = await freePort();
  const gatewayUrl = `http://127.0.0.1:${port}`;
  const apps = names.map(
    (app) =>
      new AppProcess(app, {
        DATABASE_URL: testInfrastructure().databaseUrl,
        OIDC_ISSUER: testInfrastructure().oidcIssuer,
        NATS_URL: nats.url,
        PORT: String(port),
        HEALTH_PORT: '0',
        LOG_LEVEL: 'warn',
        ...env,
      }),
  );
  const stop = async () => {
    await Promise.all(apps.map((app) => app.stop()));
    await nats.stop();
  };
  await waitUntil(
    'the gateway and catalog to answer',
    async () => (await fetch(`${gatewayUrl}/api/v1/divisions/330100`)).status === 200,
    60_000,
    250,
  ).catch(async (error: Error) => {
    const logs = apps.map((app) => app.log).join('\n');
    await stop();
    throw new Error(`${error.message}\n${logs}`);
  });
  return { gatewayUrl, apps, stop };
}

describe('one trace across every hop of a write', () => {
  let receiver: OtlpReceiver;
  let processes: Processes;

  beforeAll(async () => {
    receiver = await OtlpReceiver.start();
    processes = await startProcesses(['gateway', 'catalog', 'notifications'], {
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
      OTEL_BSP_SCHEDULE_DELAY: '100',
    });
  }, 90_000);

  afterAll(async () => {
    await processes.stop();
    await receiver.close();
  });

  it('links HTTP, the NATS request and handler, PostgreSQL, the relay publish and the consumer', async () => {
    const response = await fetch(`${processes.gatewayUrl}/api/v1/departments`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await userToken('zj-catalog-admin')}`,
      },
      body: JSON.stringify(aDepartment()),
    });
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    await waitUntil('the notice', async () => {
      const notices = await fetch(`${processes.gatewayUrl}/api/v1/notices?aggregateId=${id}`, {
        headers: { authorization: `Bearer ${await userToken('zj-catalog-admin')}` },
      });
      return ((await notices.json()) as { items: unknown[] }).items.length === 1;
    });

    const find = (spans: ReceivedSpan[], service: string, kind: number, name: RegExp) =>
      spans.find((span) => span.service === service && span.kind === kind && name.test(span.name));
    let trace: ReceivedSpan[] = [];
    await waitUntil(
      'every span of the trace to be exported',
      () => {
        const httpSpan = receiver.spans.find(
          (span) =>
            span.service === 'gateway' && span.kind === SPAN_KIND.server && /POST/.test(span.name),
        );
        trace = receiver.spans.filter((span) => span.traceId === httpSpan?.traceId);
        return Promise.resolve(
          find(trace, 'notifications', SPAN_KIND.consumer, /process$/) !== undefined &&
            trace.some(
              (span) => span.service === 'notifications' && span.kind === SPAN_KIND.client,
            ),
        );
      },
      20_000,
    );

    const http = find(trace, 'gateway', SPAN_KIND.server, /POST/)!;
    const request = find(
      trace,
      'gateway',
      SPAN_KIND.client,
      /^gov\.cmd\.catalog\.department\.create\.v1 send$/,
    );
    const handler = find(
      trace,
      'catalog',
      SPAN_KIND.server,
      /^gov\.cmd\.catalog\.department\.create\.v1 process$/,
    );
    const publish = find(
      trace,
      'catalog',
      SPAN_KIND.producer,
      /^gov\.evt\.catalog\.department\.created\.v1\..* publish$/,
    );
    const consume = find(
      trace,
      'notifications',
      SPAN_KIND.consumer,
      /^gov\.evt\.catalog\.department\.created\.v1\..* process$/,
    );

    expect(http.parentSpanId).toBe('');
    expect(request?.parentSpanId).toBe(http.spanId);
    expect(handler?.parentSpanId).toBe(request?.spanId);
    expect(publish?.parentSpanId).toBe(handler?.spanId);
    expect(consume?.parentSpanId).toBe(publish?.spanId);

    const descendsFrom = (span: ReceivedSpan, ancestor: ReceivedSpan): boolean => {
      const parent = trace.find((candidate) => candidate.spanId === span.parentSpanId);
      return (
        parent !== undefined &&
        (parent.spanId === ancestor.spanId || descendsFrom(parent, ancestor))
      );
    };
    const catalogQueries = trace.filter(
      (span) => span.service === 'catalog' && span.kind === SPAN_KIND.client,
    );
    const noticeQueries = trace.filter(
      (span) => span.service === 'notifications' && span.kind === SPAN_KIND.client,
    );
    expect(catalogQueries.some((span) => descendsFrom(span, handler!))).toBe(true);
    expect(noticeQueries.some((span) => descendsFrom(span, consume!))).toBe(true);
  });
});

describe('one trace id across the hops when nothing exports spans', () => {
  let processes: Processes;

  beforeAll(async () => {
    processes = await startProcesses(['gateway', 'catalog']);
  }, 90_000);

  afterAll(() => processes.stop());

  it('continues the caller’s traceparent into the service’s event and the gateway’s log lines', async () => {
    const traceId = randomBytes(16).toString('hex');
    const traceparent = `00-${traceId}-${randomBytes(8).toString('hex')}-00`;
    const created = await fetch(`${processes.gatewayUrl}/api/v1/departments`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await userToken('zj-catalog-admin')}`,
        traceparent,
      },
      body: JSON.stringify(aDepartment()),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const db = new Client({ connectionString: testInfrastructure().databaseUrl });
    await db.connect();
    const { rows } = await db
      .query<{ traceparent: string }>(
        `select headers->>'traceparent' as traceparent from catalog.outbox
         where envelope->>'subject' = $1`,
        [id],
      )
      .finally(() => db.end());
    expect(rows.map((row) => row.traceparent.split('-')[1])).toEqual([traceId]);

    const refused = await fetch(`${processes.gatewayUrl}/api/v1/me`, {
      headers: { authorization: 'Bearer not-a-token', traceparent },
    });
    expect(refused.status).toBe(401);
    await waitUntil('the refusal to be logged', () =>
      Promise.resolve(processes.apps[0]?.log.includes('Token refused') === true),
    );
    const refusal = processes.apps[0]?.log
      .split('\n')
      .find((line) => line.includes('Token refused'));
    expect(refusal).toContain(`"trace_id":"${traceId}"`);
  });

  it('starts a trace of its own for each request that comes without one', async () => {
    const token = await userToken('zj-catalog-admin');
    const ids: string[] = [];
    for (let request = 0; request < 2; request += 1) {
      const created = await fetch(`${processes.gatewayUrl}/api/v1/departments`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(aDepartment()),
      });
      expect(created.status).toBe(201);
      ids.push(((await created.json()) as { id: string }).id);
    }
    const db = new Client({ connectionString: testInfrastructure().databaseUrl });
    await db.connect();
    const { rows } = await db
      .query<{ traceparent: string }>(
        `select headers->>'traceparent' as traceparent from catalog.outbox
         where envelope->>'subject' = any($1) order by position`,
        [ids],
      )
      .finally(() => db.end());
    const traceIds = rows.map((row) => row.traceparent.split('-')[1]);
    expect(traceIds).toHaveLength(2);
    for (const traceId of traceIds) expect(traceId).toMatch(/^(?!0{32})[0-9a-f]{32}$/);
    expect(traceIds[0]).not.toBe(traceIds[1]);
  });
});
