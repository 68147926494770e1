import { levelAtDepth, type DivisionLevel } from './division-level';
import { isZeroGroup, splitGroups, type DivisionGroups } from './division-groups';
import type { InvalidDivisionCodeReason } from './invalid-division-code.error';
import { isProvinceCode } from './province-codes';

/** A rejected code: the reason for programs, the message (Simplified Chinese) for people. */
export interface DivisionCodeRejection {
  readonly ok: false;
  readonly reason: InvalidDivisionCodeReason;
  readonly message: string;
}

/** A code that passed every rule, split into groups, with the depth of its level (0 = province). */
export interface ValidDivisionCode {
  readonly ok: true;
  readonly groups: DivisionGroups;
  readonly depth: number;
}

/** One group of a code and where it sits, 1-based, for messages. */
interface GroupAt {
  readonly depth: number;
  readonly group: string;
  readonly first: number;
  readonly last: number;
}

// ASCII digits only; no trimming, so a pasted code with a space is reported rather than guessed at.
const SIX_OR_TWELVE_DIGITS = /^(?:[0-9]{6}|[0-9]{12})$/;
const GB2260_PADDING = '000000';
const SHOWN_INPUT_MAX = 24;

const LEVEL_LABELS: Record<DivisionLevel, string> = {
  province: '省级',
  city: '市级',
  county: '县级',
  township: '乡级',
  village: '村级',
};

/** Checks format, then province, then that no non-zero group sits below an all-zero one. */
export function validateDivisionCode(input: unknown): ValidDivisionCode | DivisionCodeRejection {
  if (typeof input !== 'string' || !SIX_OR_TWELVE_DIGITS.test(input)) {
    return reject(
      'format',
      `行政区划代码应为 6 位或 12 位数字（不含空格或其他字符），收到“${shown(input)}”`,
    );
  }
  const groups = splitGroups(input.length === 6 ? input + GB2260_PADDING : input);
  if (!isProvinceCode(groups[0])) {
    return reject(
      'province',
      `行政区划代码“${input}”的前 2 位“${groups[0]}”不是有效的省级代码，` +
        '请按 GB/T 2260 填写（如 11 北京市、33 浙江省）',
    );
  }
  let firstZero: GroupAt | undefined;
  let position = 0;
  for (const [depth, group] of groups.entries()) {
    const at: GroupAt = { depth, group, first: position + 1, last: position + group.length };
    position = at.last;
    if (isZeroGroup(group)) {
      firstZero ??= at;
    } else if (firstZero) {
      return reject(
        'gap',
        `行政区划代码“${input}”层级不连续：${describe(firstZero)}全为 0，` +
          `其下的${describe(at)}却不为 0；上级代码为 0 时，下级代码必须全为 0`,
      );
    }
  }
  return { ok: true, groups, depth: (firstZero?.depth ?? groups.length) - 1 };
}

function reject(reason: InvalidDivisionCodeReason, message: string): DivisionCodeRejection {
  return { ok: false, reason, message };
}

/** `市级代码（第 3–4 位）“00”` */
function describe({ depth, group, first, last }: GroupAt): string {
  return `${LEVEL_LABELS[levelAtDepth(depth)]}代码（第 ${first}–${last} 位）“${group}”`;
}

function shown(input: unknown): string {
  const text = typeof input === 'string' ? input : String(input);
  return text.length > SHOWN_INPUT_MAX ? `${text.slice(0, SHOWN_INPUT_MAX)}…` : text;
}
