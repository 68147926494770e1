import { randomInt } from 'node:crypto';
import { type SuiteAddress, SuiteClient } from './suite-client';

const JOINT_ITEM = 'XK00012001';
const DEPARTMENTS = {
  market: { code: '11330102002528004D', approver: 'sc-approver' },
  fire: { code: '113301020025280304', approver: 'sc-fire-approver' },
  health: { code: '113301020025280405', approver: 'sc-health-approver' },
} as const;
/** citizen-zhang's resident ID, as the development realm verified it (deploy/seed/users.json). */
const ZHANG = '330102198808081239';

/** What the joint walkthrough leaves behind. */
export interface JointWalkthroughResult {
  readonly caseId: string;
  readonly caseNumber: string;
  readonly statuses: readonly string[];
  readonly verification: string;
  readonly tasks: readonly string[];
  readonly fee: string;
  readonly followedByAgent: boolean;
  readonly followedByCitizen: boolean;
  /** The notices each received about the case, oldest first. */
  readonly agentNotices: readonly string[];
  readonly citizenNotices: readonly string[];
}

interface JointAnswer {
  readonly id: string;
  readonly number: string;
  readonly status: string;
  readonly tasks: readonly { department: string; status: string }[];
  readonly fee: { status: string; dueFen: number; paidFen: number };
  readonly verifications: readonly { status: string; detail?: string }[];
  readonly clock: { phase: string };
}

/**
 * Issue 8's scenario through the gateway: a joint item of three departments submitted by the
 * village agent for a citizen; identity verified by the sample public security system; accepted;
 * two departments approve, one asks for supplementary material (the clock stops) which arrives
 * (it restarts) before its approval; the fee is paid at the window; concluded and delivered to the
 * agent point; both the agent and the citizen follow the case and are notified of each step.
 */
export async function jointWalkthrough(
  address: SuiteAddress,
  log: (line: string) => void = () => undefined,
): Promise<JointWalkthroughResult> {
  const api = new SuiteClient(address);
  // The citizen has signed in to the portal once: the suite knows their account.
  await api.call('GET', '/api/v1/cases?limit=1', undefined, 'citizen-zhang');
  const guide = await api.call<{
    version: { guide: { name: string; materials: { key: string; required: boolean }[] } };
  }>('GET', `/api/v1/guides/${JOINT_ITEM}`);
  const submitted = await api.call<{ case: JointAnswer }>(
    'POST',
    '/api/v1/cases',
    {
      itemCode: JOINT_ITEM,
      division: '330102001000',
      residence: '330102001001',
      applicant: { kind: 'person', name: '张三', residentId: ZHANG, phone: '13812345678' },
      materials: guide.version.guide.materials
        .filter((material) => material.required)
        .map((material) => ({ key: material.key, documentRef: `dms://joint/${material.key}` })),
    },
    'ld-agent',
    201,
  );
  const { id, number } = submitted.case;
  log(`1 代办员为张三提交“${guide.version.guide.name}”：${number}`);
  const statuses = [submitted.case.status];
  const act = async (label: string, path: string, body: unknown, user: string) => {
    const answer = await api.call<JointAnswer>('POST', `/api/v1/cases/${id}/${path}`, body, user);
    statuses.push(answer.status);
    log(`${label}：${answer.status}，计时 ${answer.clock.phase}，费用 ${answer.fee.status}`);
    return answer;
  };

  const verified = await act(
    '2 联网核查身份（公安人口信息）',
    'verifications',
    { system: 'public-security', kind: 'identity' },
    'sc-clerk',
  );
  const verification = verified.verifications.at(-1);
  log(`   核查结果：${verification?.status ?? '无'} ${verification?.detail ?? ''}`);
  const accepted = await act(
    '3 受理（开启三个部门的审批任务，核定费用）',
    'accept',
    {},
    'sc-clerk',
  );
  log(
    `   任务：${accepted.tasks.map((task) => task.department).join('、')}；应缴 ${accepted.fee.dueFen} 分`,
  );
  const decide = (department: keyof typeof DEPARTMENTS, label: string) =>
    act(
      label,
      `tasks/${DEPARTMENTS[department].code}/decision`,
      { outcome: 'approved' },
      DEPARTMENTS[department].approver,
    );
  await decide('market', '4 市场监管（牵头）同意');
  await act(
    '5 消防要求补充材料（中止，计时暂停）',
    `tasks/${DEPARTMENTS.fire.code}/material-requests`,
    { reason: '请补充消防设施检测报告' },
    DEPARTMENTS.fire.approver,
  );
  await act('6 材料补齐，恢复审查（计时继续）', 'resume', { reason: '检测报告已补交' }, 'sc-clerk');
  await decide('health', '7 卫生健康同意');
  const decided = await decide('fire', '8 消防同意（最后一个部门，办件作出决定）');
  await act('9 办结', 'conclude', {}, 'sc-clerk');
  const paid = await act(
    '10 收费窗口缴费',
    'payments',
    {
      reference: `PJ${Date.now()}${randomInt(1000)}`,
      channel: 'mobile',
      amountFen: decided.fee.dueFen,
      window: 'W05',
    },
    'sc-clerk',
  );
  await act('11 送达代办点', 'deliver', { method: 'agent-point' }, 'sc-clerk');

  const follows = async (user: string) => {
    const answer = await api.call<JointAnswer>('GET', `/api/v1/cases/${id}`, undefined, user);
    return answer.id === id;
  };
  const followedByAgent = await follows('ld-agent');
  const followedByCitizen = await follows('citizen-zhang');
  log(
    `12 代办员${followedByAgent ? '可' : '不可'}查看，申请人${followedByCitizen ? '可' : '不可'}查看`,
  );
  const noticesOf = (user: string) => notified(api, user, id, 'cn.gov.cases.case.delivered.v1');
  const [agentNotices, citizenNotices] = await Promise.all([
    noticesOf('ld-agent'),
    noticesOf('citizen-zhang'),
  ]);
  log(`13 通知：代办员 ${agentNotices.length} 条，申请人 ${citizenNotices.length} 条`);
  for (const title of citizenNotices) log(`   ${title}`);
  return {
    caseId: id,
    caseNumber: number,
    statuses,
    verification: verification?.status ?? 'none',
    tasks: decided.tasks.map((task) => task.status),
    fee: paid.fee.status,
    followedByAgent,
    followedByCitizen,
    agentNotices,
    citizenNotices,
  };
}

/**
 * The titles of a user's notices about the case, once the notice of `lastEventType` has arrived
 * (notifications follow the events a moment later); oldest first.
 */
async function notified(
  api: SuiteClient,
  user: string,
  caseId: string,
  lastEventType: string,
): Promise<string[]> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const page = await api.call<{ items: { caseId: string; eventType: string; title: string }[] }>(
      'GET',
      '/api/v1/my/notices?limit=200',
      undefined,
      user,
    );
    const mine = page.items.filter((notice) => notice.caseId === caseId);
    if (mine.some((notice) => notice.eventType === lastEventType)) {
      return mine.map((notice) => notice.title).reverse();
    }
    if (Date.now() > deadline) {
      throw new Error(`${user} had no notice of ${lastEventType} for the case within 15 s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
