import { CaseDomainError } from './case-domain.error';
import { CASE_ACTION_LABELS, type CaseAction } from './case-transitions';

/** The trimmed `text`, or `CASE.REASON_REQUIRED` naming the action when it is missing or blank. */
export function requiredReason(text: string | undefined, action: CaseAction): string {
  const trimmed = text?.trim() ?? '';
  if (trimmed === '') {
    throw new CaseDomainError(
      'CASE.REASON_REQUIRED',
      `“${CASE_ACTION_LABELS[action]}”须填写理由（将告知申请人），请填写后重新提交`,
      { action },
    );
  }
  return trimmed;
}

/** The trimmed `text`, or undefined when it is missing or blank. */
export function optionalReason(text: string | undefined): string | undefined {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? undefined : trimmed;
}
