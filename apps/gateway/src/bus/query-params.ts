import { GovError, type PageRequest } from '@gov/contracts';

// Path and query parameters arrive as text; these turn them into the contract's types or answer
// the caller's 400 naming the parameter. The owning service validates the values themselves.

/** `{ [name]: n }` for a whole-number parameter, `{}` when absent. */
export function optionalInteger(name: string, raw: string | undefined): Record<string, number> {
  if (raw === undefined) return {};
  if (!/^\d{1,9}$/.test(raw)) {
    throw new GovError('PLATFORM.VALIDATION_FAILED', `参数 ${name} 应为非负整数`, { field: name });
  }
  return { [name]: Number(raw) };
}

/** A positive whole number from the path, such as a version number. */
export function positiveInteger(name: string, raw: string): number {
  if (!/^[1-9]\d{0,8}$/.test(raw)) {
    throw new GovError('PLATFORM.VALIDATION_FAILED', `参数 ${name} 应为正整数`, { field: name });
  }
  return Number(raw);
}

/** `{ [name]: true|false }` for a boolean parameter, `{}` when absent. */
export function optionalBoolean(name: string, raw: string | undefined): Record<string, boolean> {
  if (raw === undefined) return {};
  if (raw !== 'true' && raw !== 'false') {
    throw new GovError('PLATFORM.VALIDATION_FAILED', `查询参数 ${name} 应为 true 或 false`, {
      field: name,
    });
  }
  return { [name]: raw === 'true' };
}

/** `{ [name]: value }` for a text parameter, `{}` when absent. */
export function optionalText(name: string, raw: string | undefined): Record<string, string> {
  return raw === undefined ? {} : { [name]: raw };
}

/** The paging fields of a list request from `?cursor=&limit=`. */
export function pageQuery(cursor: string | undefined, limit: string | undefined): PageRequest {
  return { ...optionalText('cursor', cursor), ...optionalInteger('limit', limit) };
}
