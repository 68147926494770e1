import { localDateOf } from '@gov/calendar';
import { type EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { aResidentId, requiredMaterials, submitCase } from './cases';
import { type HttpResult, type Suite } from './suite';

/** The township centre the rating tests send their cases to, so its figures move only with them. */
export const TOWNSHIP = '330102001000';
export const ITEM = 'XK00001001';
export const GOOD = { efficiency: 5, guideAccuracy: 5, convenience: 4, attitude: 5 };
export const POOR = { efficiency: 2, guideAccuracy: 3, convenience: 2, attitude: 2 };

/** The fields of a rating answer the tests read. */
export interface RatingBody {
  level: number;
  raterRole: string;
  annulled: boolean;
  rectification: { id: string; status: string; dueOn: string } | null;
}

/** The published figures of a group of ratings. */
export interface Figures {
  levels: { level: number; count: number }[];
  total: number;
  badReviews: number;
  rectified: number;
  annulled: number;
}

const USERS = [
  'citizen-zhang',
  'citizen-li',
  'ld-agent',
  'sc-clerk',
  'sc-approver',
  'sc-center-admin',
  'hz-supervisor',
] as const;
type User = (typeof USERS)[number];

/** Cases walked to their conclusion, their ratings and rectifications, each as a seed user. */
export class RatingSession {
  private constructor(
    private readonly suite: Suite,
    private readonly headers: Record<User, Record<string, string>>,
  ) {}

  static async start(suite: Suite): Promise<RatingSession> {
    const headers = {} as Record<User, Record<string, string>>;
    for (const name of USERS) headers[name] = await suite.as(name);
    return new RatingSession(suite, headers);
  }

  user(name: User): Record<string, string> {
    return this.headers[name];
  }

  /** A case of the citizen, or one the village agent submitted for them, accepted by the clerk. */
  async acceptedCase(by: 'citizen-zhang' | 'ld-agent' = 'citizen-zhang'): Promise<string> {
    const submitted =
      by === 'citizen-zhang'
        ? await submitCase(this.suite, this.user(by), { division: TOWNSHIP })
        : await this.agentSubmission();
    await this.act(submitted.id, 'accept', {}, 'sc-clerk');
    return submitted.id;
  }

  /** The same, decided and concluded (办结). */
  async concludedCase(by: 'citizen-zhang' | 'ld-agent' = 'citizen-zhang'): Promise<string> {
    const id = await this.acceptedCase(by);
    await this.act(id, 'decide', { outcome: 'approved' }, 'sc-approver');
    await this.act(id, 'conclude', {}, 'sc-clerk');
    return id;
  }

  rate(id: string, level: number, by: User = 'citizen-zhang', comment?: string) {
    return this.suite.send(
      'POST',
      `/api/v1/cases/${id}/rating`,
      { level, dimensions: level <= 2 ? POOR : GOOD, ...(comment ? { comment } : {}) },
      this.user(by),
    );
  }

  rectification(id: string, action: string, body: unknown, by: User = 'sc-center-admin') {
    return this.suite.send('POST', `/api/v1/rectifications/${id}/${action}`, body, this.user(by));
  }

  /** Today's published figures of the township, asked without a token. */
  async townshipFigures(): Promise<Figures> {
    const today = localDateOf(new Date());
    const answer = await this.suite.send(
      'GET',
      `/api/v1/rating-statistics?division=${TOWNSHIP}&from=${today}&to=${today}`,
    );
    if (answer.status !== 200) throw new Error(`statistics answered ${answer.status}`);
    return (answer.body as { totals: Figures }).totals;
  }

  /** The types of the events of an aggregate in its outbox, in sequence. */
  async outboxEvents(aggregateId: string): Promise<string[]> {
    const rows = await this.em().execute<{ type: string }[]>(
      `select envelope->>'type' as type from cases.outbox where envelope->>'subject' = ?
       order by (envelope->>'sequence')::int`,
      [aggregateId],
    );
    return rows.map((row) => row.type);
  }

  em(): EntityManager {
    return this.suite.service('cases').get(MikroORM).em.fork() as EntityManager;
  }

  private async agentSubmission(): Promise<{ id: string }> {
    const answer = await expectOk(
      this.suite.send(
        'POST',
        '/api/v1/cases',
        {
          itemCode: ITEM,
          division: TOWNSHIP,
          residence: '330102001001',
          applicant: {
            kind: 'person',
            name: '张三',
            residentId: aResidentId(),
            phone: '13812345678',
          },
          materials: await requiredMaterials(this.suite, ITEM),
        },
        this.user('ld-agent'),
      ),
    );
    return (answer.body as { case: { id: string } }).case;
  }

  private act(id: string, action: string, body: unknown, by: User): Promise<HttpResult> {
    return expectOk(this.suite.send('POST', `/api/v1/cases/${id}/${action}`, body, this.user(by)));
  }
}

/** The answer, or the test fails naming the status and problem. */
export async function expectOk(answer: Promise<HttpResult>): Promise<HttpResult> {
  const result = await answer;
  if (result.status >= 300) {
    throw new Error(`answered ${result.status}: ${JSON.stringify(result.body)}`);
  }
  return result;
}

/** The count of one level in published figures. */
export function countOf(figures: Figures, level: number): number {
  return figures.levels.find((each) => each.level === level)?.count ?? 0;
}
