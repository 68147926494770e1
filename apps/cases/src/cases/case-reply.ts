import { type CaseFee, netPaidFen, paymentStatus } from '@gov/case';
import { type Case, type CaseClock } from '@gov/contracts';
import { maskName, type PersonalDataVault, type PersonalValue } from '@gov/personal-data';
import { type CaseRecord } from './case.entity';

/** The associated data a sealed column is bound to: its field and its case. */
export function sealContext(field: 'applicant_id' | 'applicant_phone', caseId: string): string {
  return `cases.case.${field}:${caseId}`;
}

/** The applicant's sealed identifiers, opened (and answered masked unless shown on purpose). */
export function openApplicant(
  vault: PersonalDataVault,
  record: CaseRecord,
): { applicantId: PersonalValue; phone: PersonalValue } {
  const kind = record.applicantKind === 'person' ? 'resident-id' : 'credit-code';
  return {
    applicantId: vault.open(kind, record.applicantId, sealContext('applicant_id', record.id)),
    phone: vault.open('phone', record.applicantPhone, sealContext('applicant_phone', record.id)),
  };
}

/** A case as answered: personal identifiers masked, a person's name masked. */
export function caseReply(
  record: CaseRecord,
  applicant: { applicantId: PersonalValue; phone: PersonalValue },
  clock: CaseClock,
): Case {
  return {
    id: record.id,
    number: record.number,
    status: record.status,
    channel: record.channel,
    division: record.division,
    item: { code: record.itemCode, version: record.itemVersion, name: record.itemName },
    applicant: {
      kind: record.applicantKind,
      name:
        record.applicantKind === 'person' ? maskName(record.applicantName) : record.applicantName,
      idNumber: applicant.applicantId.masked,
      phone: applicant.phone.masked,
    },
    materials: record.materials.map((material) => ({ ...material })),
    limits: { statutory: record.state.limits.statutory, promised: record.state.limits.promised },
    clock,
    agent:
      record.agentUsername === null || record.agentDivision === null
        ? null
        : { username: record.agentUsername, division: record.agentDivision },
    tasks: (record.state.tasks ?? []).map((task) => ({
      department: task.department,
      lead: task.lead,
      status: task.status,
      ...(task.reason === undefined ? {} : { reason: task.reason }),
      ...(task.decidedAt === undefined
        ? {}
        : { decidedAt: new Date(task.decidedAt).toISOString() }),
    })),
    verifications: (record.state.verifications ?? []).map((verification) => ({
      id: verification.id,
      system: verification.system,
      kind: verification.kind,
      subject: verification.subjectMasked,
      status: verification.status,
      ...(verification.detail === undefined ? {} : { detail: verification.detail }),
      requestedAt: new Date(verification.requestedAt).toISOString(),
      ...(verification.answeredAt === undefined
        ? {}
        : { answeredAt: new Date(verification.answeredAt).toISOString() }),
    })),
    fee: feeView(record.state.fee),
    receivedAt: record.receivedAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
    sequence: record.version,
  };
}

/** The fee as answered: its status, what is due and what is paid (net of refunds). */
function feeView(fee: CaseFee | undefined): Case['fee'] {
  return fee === undefined
    ? { status: 'not-required', dueFen: 0, paidFen: 0 }
    : { status: paymentStatus(fee), dueFen: fee.dueFen, paidFen: netPaidFen(fee) };
}
