/**
 * Province-level codes of GB/T 2260: 11–15 (North), 21–23 (North-east), 31–37 (East),
 * 41–46 (Central-south), 50–54 (South-west), 61–65 (North-west), 71 Taiwan, 81 Hong Kong, 82 Macao.
 */
export const PROVINCE_CODES: readonly string[] = Object.freeze([
  ...['11', '12', '13', '14', '15'],
  ...['21', '22', '23'],
  ...['31', '32', '33', '34', '35', '36', '37'],
  ...['41', '42', '43', '44', '45', '46'],
  ...['50', '51', '52', '53', '54'],
  ...['61', '62', '63', '64', '65'],
  ...['71', '81', '82'],
]);

const PROVINCE_CODE_SET: ReadonlySet<string> = new Set(PROVINCE_CODES);

/** True when two digits are a real GB/T 2260 province-level code. */
export function isProvinceCode(twoDigits: string): boolean {
  return PROVINCE_CODE_SET.has(twoDigits);
}
