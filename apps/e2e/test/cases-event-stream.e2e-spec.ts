import { EVENT_STREAM } from '@gov/events';
import { type CloudEvent } from '@gov/contracts';
import { type EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { connect, type MsgRequest } from 'nats';
import { eventually, requiredMaterials, submitCase } from './support/cases';
import { Suite } from './support/suite';

/**
 * The events are the record others build on: replaying the stream must give every case the status
 * the service holds, through every kind of transition, with no sequence missing.
 */
describe('the case events on the stream', () => {
  let suite: Suite;

  beforeAll(async () => {
    suite = await Suite.start(['catalog', 'cases']);
  });
  afterAll(() => suite.stop());

  it('rebuild every case’s status, in order and without gaps', async () => {
    const clerk = await suite.as('sc-clerk');
    const approver = await suite.as('sc-approver');
    const citizen = await suite.as('citizen-zhang');
    const act = (id: string, action: string, body: unknown = {}, as = clerk) =>
      suite.send('POST', `/api/v1/cases/${id}/${action}`, body, as);
    const [material] = await requiredMaterials(suite);
    const journeys: ((id: string) => Promise<unknown>)[] = [
      () => Promise.resolve(undefined),
      (id) => act(id, 'reject', { reason: '不属于本机关职权范围' }),
      async (id) => {
        await act(id, 'correction-notices', {
          items: [{ material: material?.key, problem: '缺少签字' }],
        });
        await act(id, 'resubmit', {}, citizen);
        await act(id, 'accept');
      },
      async (id) => {
        await act(id, 'accept');
        await act(id, 'suspend', { kind: 'expert-review', reason: '组织专家评审' }, approver);
      },
      async (id) => {
        await act(id, 'accept');
        await act(id, 'suspend', { kind: 'hearing', reason: '举行听证' }, approver);
        await act(id, 'resume', {}, approver);
        await act(id, 'extend', { reason: '情况复杂' }, approver);
        await act(id, 'decide', { outcome: 'approved' }, approver);
        await act(id, 'conclude');
        await act(id, 'deliver', { method: 'window' });
      },
      async (id) => {
        await act(id, 'accept');
        await act(id, 'withdraw', { reason: '不再需要' }, citizen);
      },
    ];
    const cases = await Promise.all(
      journeys.map(async (journey) => {
        const submitted = await submitCase(suite, citizen);
        await journey(submitted.id);
        return submitted.id;
      }),
    );

    const em = suite.service('cases').get(MikroORM).em.fork() as EntityManager;
    const stored = new Map(
      (
        await em.execute<{ id: string; status: string; version: number }[]>(
          `select id, status, version from cases."case" where id in (${cases.map(() => '?').join(', ')})`,
          cases,
        )
      ).map((row) => [row.id, row]),
    );
    const rebuilt = await eventually(async () => {
      const folded = foldStatuses(await caseEvents(suite.nats.url));
      const complete = cases.every((id) => folded.get(id)?.sequence === stored.get(id)?.version);
      return complete ? folded : undefined;
    });

    for (const id of cases) {
      expect(rebuilt.get(id)).toEqual({
        status: stored.get(id)?.status,
        sequence: stored.get(id)?.version,
        gaps: false,
      });
    }
    expect(new Set(cases.map((id) => rebuilt.get(id)?.status))).toEqual(
      new Set(['submitted', 'rejected', 'under-review', 'suspended', 'delivered', 'withdrawn']),
    );
  });
});

/** Every case event on the suite's stream, in stream order (read directly, no consumer left behind). */
async function caseEvents(natsUrl: string): Promise<CloudEvent<{ status: string }>[]> {
  const connection = await connect({ servers: natsUrl });
  try {
    const jsm = await connection.jetstreamManager();
    const events: CloudEvent<{ status: string }>[] = [];
    for (let seq = 1; ;) {
      const message = await jsm.streams
        .getMessage(EVENT_STREAM, nextCaseEventFrom(seq))
        .catch((error: unknown) => {
          // JetStream's "no message found" (10037): past the last case event.
          if ((error as { api_error?: { err_code?: number } }).api_error?.err_code === 10037) {
            return undefined;
          }
          throw error;
        });
      if (!message) return events;
      events.push(message.json<CloudEvent<{ status: string }>>());
      seq = message.seq + 1;
    }
  } finally {
    await connection.close();
  }
}

/** Each aggregate's status after its last event, and whether its sequences ran 1, 2, 3, … */
function foldStatuses(events: readonly CloudEvent<{ status: string }>[]) {
  const folded = new Map<string, { status: string; sequence: number; gaps: boolean }>();
  for (const event of events) {
    const previous = folded.get(event.subject);
    folded.set(event.subject, {
      status: event.data.status,
      sequence: event.sequence,
      gaps: (previous?.gaps ?? false) || event.sequence !== (previous?.sequence ?? 0) + 1,
    });
  }
  return folded;
}

/**
 * A direct get of the next message on the case subjects at or after `seq`. The server has
 * answered `next_by_subj` since 2.9; this client's types list only `seq` and `last_by_subj`.
 */
function nextCaseEventFrom(seq: number): MsgRequest {
  return { seq, next_by_subj: 'gov.evt.cases.case.>' } as MsgRequest;
}
