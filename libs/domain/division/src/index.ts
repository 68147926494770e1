export { DIVISION_LEVELS, type DivisionLevel } from './division-level';
export {
  DivisionCode,
  parseDivisionCode,
  tryParseDivisionCode,
  type DivisionCodeParseResult,
} from './division-code';
export {
  InvalidDivisionCodeError,
  type InvalidDivisionCodeReason,
} from './invalid-division-code.error';
export type { DivisionCodeRejection } from './validate-division-code';
