import { GovError } from '@gov/contracts';

/** `{ [name]: n }` for a whole-number query parameter, `{}` when absent; anything else is a 400. */
export function optionalInteger(name: string, raw: string | undefined): Record<string, number> {
  if (raw === undefined) return {};
  if (!/^\d{1,9}$/.test(raw)) {
    throw new GovError('PLATFORM.VALIDATION_FAILED', `查询参数 ${name} 应为整数`, { field: name });
  }
  return { [name]: Number(raw) };
}
