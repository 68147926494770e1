import { AuditTrail } from '@gov/audit';
import { type Principal, Scope } from '@gov/auth';
import { GovError, type RevealApplicantRequest, type RevealedApplicant } from '@gov/contracts';
import { PersonalDataVault } from '@gov/personal-data';
import { MikroORM } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { CaseRecord } from '../case.entity';
import { openApplicant } from '../case-reply';

/** The audit trail's aggregate for views of a case's personal data (not versions of the case). */
export const PERSONAL_DATA_VIEWS = 'case-personal-data';

/**
 * The applicant's identifiers in clear, for the staff handling the case (clerks and approvers of
 * its subtree), with the purpose they give. Each view is an audit row in the same transaction as
 * the answer is prepared: no row, no answer.
 */
@Injectable()
export class RevealApplicantUseCase {
  constructor(
    private readonly orm: MikroORM,
    private readonly vault: PersonalDataVault,
    private readonly audit: AuditTrail,
  ) {}

  reveal(request: RevealApplicantRequest, caller: Principal): Promise<RevealedApplicant> {
    return this.orm.em.transactional(async (em) => {
      const record = await em.findOne(CaseRecord, { id: request.id });
      if (!record || !Scope.of(caller).includes(record.division)) {
        throw new GovError('CASE.NOT_FOUND', undefined, { id: request.id });
      }
      const role = caller.roles.includes('clerk') ? 'clerk' : 'approver';
      const viewer = { subject: caller.subject, role };
      const purpose = request.purpose.trim();
      const applicant = openApplicant(this.vault, record);
      const idNumber = applicant.applicantId.reveal(viewer, purpose);
      const phone = applicant.phone.reveal(viewer, purpose);
      // The record names what was seen by its masked form, never by the clear value.
      await this.audit.appendNext(em, {
        aggregateType: PERSONAL_DATA_VIEWS,
        aggregateId: record.id,
        actor: { kind: 'user', subject: caller.subject, username: caller.username, role },
        action: 'view',
        change: {
          purpose,
          seen: [idNumber.access, phone.access].map(({ kind, masked }) => ({ kind, masked })),
        },
      });
      return {
        kind: record.applicantKind,
        name: record.applicantName,
        idNumber: idNumber.value,
        phone: phone.value,
      };
    });
  }
}
