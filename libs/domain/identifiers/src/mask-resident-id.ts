const LENGTH = 18;
const KEPT_HEAD = 6;
const KEPT_TAIL = 4;

/**
 * Masks an identity number for display (`330102********123X`): keeps the first 6 and last 4 of an
 * 18-character value. Anything of another length is masked entirely, as it is unclear what it shows.
 */
export function maskResidentId(value: string): string {
  if (value.length !== LENGTH) {
    return '*'.repeat(value.length);
  }
  return (
    value.slice(0, KEPT_HEAD) + '*'.repeat(LENGTH - KEPT_HEAD - KEPT_TAIL) + value.slice(-KEPT_TAIL)
  );
}
