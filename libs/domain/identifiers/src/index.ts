export { CREDIT_CODE_CHARSET, creditCodeCheckCharacter } from './credit-code-check';
export {
  isValidCreditCode,
  validateCreditCode,
  type CreditCodeRejection,
  type CreditCodeRejectionReason,
  type CreditCodeValidation,
  type ValidCreditCode,
} from './validate-credit-code';
export { residentIdCheckCharacter } from './resident-id-check';
export {
  isValidResidentId,
  validateResidentId,
  type ResidentIdRejection,
  type ResidentIdRejectionReason,
  type ResidentIdValidation,
  type ValidResidentId,
} from './validate-resident-id';
export { maskResidentId } from './mask-resident-id';
