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
    receivedAt: record.receivedAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
    sequence: record.version,
  };
}
