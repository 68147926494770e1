import { type CreatePowerRequest, type Power, powerEvents } from '@gov/contracts';
import { EVENT_STREAM } from '@gov/events';
import { connect, type NatsConnection } from 'nats';
import { randomInt } from 'node:crypto';
import { type HttpResult, type Suite } from './suite';

// Seed departments (deploy/seed/departments.json) the powers below name as implementing organ.
export const SHANGCHENG_MARKET = '11330102002528004D'; // 杭州市上城区市场监督管理局, 330102
export const HANGZHOU_MARKET = '11330100002519002R'; // 杭州市市场监督管理局, 330100
export const NINGBO_MARKET = '11330200002543007A'; // 宁波市市场监督管理局, 330200

/** A power code nobody else uses in this run: the category code, then 9 and 7 random digits. */
export function uniqueCode(category = 'XK'): string {
  return `${category}9${String(randomInt(10_000_000)).padStart(7, '0')}`;
}

/** A request registering 上城区's food business licence, valid unless overridden. */
export function aPower(overrides: Partial<CreatePowerRequest> = {}): CreatePowerRequest {
  return {
    code: uniqueCode(overrides.category),
    category: 'XK',
    division: '330102000000',
    name: '食品经营许可',
    implementingOrgan: SHANGCHENG_MARKET,
    legalBases: [
      {
        law: '《中华人民共和国食品安全法》',
        article: '第三十五条第一款',
        text: '国家对食品生产经营实行许可制度。从事食品生产、食品销售、餐饮服务，应当依法取得许可。',
      },
    ],
    flow: [
      {
        id: 'accept',
        name: '受理',
        role: '窗口受理人员',
        responsibility: '审查申请材料是否齐全；不全的一次性告知',
        next: [
          { to: 'review', condition: '材料齐全' },
          { to: 'notice', condition: '材料不全' },
        ],
      },
      {
        id: 'notice',
        name: '一次性告知补正',
        role: '窗口受理人员',
        responsibility: '一次性告知需要补正的全部内容',
        next: [],
      },
      {
        id: 'review',
        name: '审查',
        role: '审查人员',
        responsibility: '审查材料实质内容',
        next: [{ to: 'decide' }],
      },
      {
        id: 'decide',
        name: '决定',
        role: '分管负责人',
        responsibility: '作出准予或不予许可的决定',
        next: [],
      },
    ],
    supervision: { measures: ['政务服务电子监察系统全程监督'], phone: '0571-12345' },
    discretionBenchmarks: [],
    ...overrides,
  };
}

/** What a PUT of a draft version takes: the request less what names the power. */
export function contentOf(request: CreatePowerRequest) {
  const { name, implementingOrgan, legalBases, flow, supervision, discretionBenchmarks } = request;
  return { name, implementingOrgan, legalBases, flow, supervision, discretionBenchmarks };
}

export const powerOf = (result: HttpResult) => result.body as Power;
export const codeOf = (result: HttpResult) => (result.body as { code: string }).code;

interface StreamedEvent {
  type: string;
  division: string;
  sequence: number;
  data: { code: string; version: number } & Record<string, unknown>;
}

/** The last `power.<event>` of this code on the suite's JetStream stream, if any yet. */
export async function streamedEvent(
  suite: Suite,
  code: string,
  event: 'published' | 'abolished',
): Promise<StreamedEvent | undefined> {
  const prefix =
    event === 'published'
      ? powerEvents.powerPublished.subjectPrefix
      : powerEvents.powerAbolished.subjectPrefix;
  const connection: NatsConnection = await connect({ servers: suite.nats.url });
  try {
    const jsm = await connection.jetstreamManager();
    const { state } = await jsm.streams.info(EVENT_STREAM);
    let found: StreamedEvent | undefined;
    for (let seq = state.first_seq; state.messages > 0 && seq <= state.last_seq; seq += 1) {
      const message = await jsm.streams.getMessage(EVENT_STREAM, { seq });
      if (!message.subject.startsWith(prefix)) continue;
      const envelope = message.json<StreamedEvent>();
      if (envelope.data.code === code) found = envelope;
    }
    return found;
  } finally {
    await connection.close();
  }
}
