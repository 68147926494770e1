import { residentIdCheckCharacter } from '@gov/identifiers';
import { randomInt } from 'node:crypto';
import { type SuiteAddress, SuiteClient } from './suite-client';

export type { SuiteAddress } from './suite-client';

/** What the walkthrough leaves behind, for the caller to show or check. */
export interface WalkthroughResult {
  readonly caseId: string;
  readonly caseNumber: string;
  readonly statuses: readonly string[];
  readonly notices: readonly string[];
  readonly publicStatus: string;
  readonly auditRows: number;
  readonly auditVerified: boolean;
}

type Log = (line: string) => void;

/**
 * Issue 7's scenario through the gateway, as people do it: a citizen applies online, the clerk
 * gives a one-time correction notice, the citizen resubmits, the clerk accepts, the approver
 * suspends for an inspection and resumes, decides; the clerk concludes and delivers; anyone with
 * the number and query code looks up the progress; a supervisor reads and verifies the audit
 * trail. Every step checks its answer and stops with what went wrong.
 */
export async function casesWalkthrough(
  address: SuiteAddress,
  log: Log = () => undefined,
): Promise<WalkthroughResult> {
  const api = new SuiteClient(address);
  const guide = await api.call<{
    version: { guide: { name: string; materials: { key: string; required: boolean }[] } };
  }>('GET', '/api/v1/guides/XK00001001');
  const materials = guide.version.guide.materials
    .filter((material) => material.required)
    .map((material) => ({ key: material.key, documentRef: `dms://walkthrough/${material.key}` }));
  log(`事项：${guide.version.guide.name}（XK00001001），必交材料 ${materials.length} 份`);

  const first17 = `33010219900101${String(randomInt(1000)).padStart(3, '0')}`;
  const submitted = await api.call<{ case: CaseAnswer; queryCode: string }>(
    'POST',
    '/api/v1/cases',
    {
      itemCode: 'XK00001001',
      division: '330102000000',
      applicant: {
        kind: 'person',
        name: '张三',
        residentId: first17 + residentIdCheckCharacter(first17),
        phone: '13812345678',
      },
      materials,
    },
    'citizen-zhang',
    201,
  );
  const { id, number } = submitted.case;
  log(`1 网上申请：办件编号 ${number}，查询码 ${submitted.queryCode}`);
  const statuses = [submitted.case.status];
  const step = async (label: string, action: string, body: unknown, user: string) => {
    const answer = await api.call<CaseAnswer>('POST', `/api/v1/cases/${id}/${action}`, body, user);
    statuses.push(answer.status);
    log(
      `${label}：${answer.status}${answer.clock?.statutory ? `，法定期限 ${answer.clock.statutory.dueDate}` : ''}`,
    );
  };

  await step(
    '2 一次性告知补正',
    'correction-notices',
    { items: [{ material: materials[0]?.key, problem: '复印件不清晰，请提交清晰的复印件' }] },
    'sc-clerk',
  );
  await step('3 补正后重新提交', 'resubmit', {}, 'citizen-zhang');
  await step('4 受理', 'accept', {}, 'sc-clerk');
  await step(
    '5 中止（现场核查）',
    'suspend',
    { kind: 'inspection-testing-quarantine', reason: '现场核查经营场所' },
    'sc-approver',
  );
  await step('6 恢复审查', 'resume', {}, 'sc-approver');
  await step('7 准予许可', 'decide', { outcome: 'approved' }, 'sc-approver');
  await step('8 办结', 'conclude', {}, 'sc-clerk');
  await step('9 送达', 'deliver', { method: 'window' }, 'sc-clerk');

  const detail = await api.call<{ notices: { title: string; number: string }[] }>(
    'GET',
    `/api/v1/cases/${id}`,
    undefined,
    'citizen-zhang',
  );
  for (const notice of detail.notices) log(`   文书：${notice.title} ${notice.number}`);

  const progress = await api.call<{ statusLabel: string; status: string }>(
    'GET',
    `/api/v1/case-progress/${encodeURIComponent(number)}?queryCode=${submitted.queryCode}`,
  );
  log(`10 公开查询（无需登录）：${progress.statusLabel}`);

  const trail = await api.call<{ rows: unknown[]; verification: { ok: boolean } }>(
    'GET',
    `/api/v1/cases/${id}/audit-trail`,
    undefined,
    'hz-supervisor',
  );
  log(
    `11 监察核验审计日志：${trail.rows.length} 条，${trail.verification.ok ? '哈希链完整' : '发现篡改'}`,
  );
  return {
    caseId: id,
    caseNumber: number,
    statuses,
    notices: detail.notices.map((notice) => notice.title),
    publicStatus: progress.status,
    auditRows: trail.rows.length,
    auditVerified: trail.verification.ok,
  };
}

interface CaseAnswer {
  readonly id: string;
  readonly number: string;
  readonly status: string;
  readonly clock?: { statutory: { dueDate: string } | null };
}
