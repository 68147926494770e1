import { type Principal, Scope } from '@gov/auth';
import {
  assertDivisionListFits,
  type CreateDivisionImportRequest,
  type DivisionImport as DivisionImportReply,
  GovError,
} from '@gov/contracts';
import { tryParseDivisionCode } from '@gov/division';
import { MikroORM } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { DivisionImport } from '../division-import.entity';
import { parseDivisionList } from '../division-list/parse-division-list';
import { commonDivision, type SuccessorMapping } from '../division-list/plan-division-import';

const SHOWN_OUTSIDE = 20;

/**
 * Queues the import of a code list. What the caller may not do is refused here, before a job
 * exists: a list too large for one message, and rows outside the caller's subtree. Everything else
 * the job checks and reports line by line.
 */
@Injectable()
export class CreateDivisionImportUseCase {
  constructor(private readonly orm: MikroORM) {}

  async execute(
    request: CreateDivisionImportRequest,
    caller: Principal,
  ): Promise<DivisionImportReply> {
    assertDivisionListFits(request.content);
    const scope = Scope.of(caller);
    const list = parseDivisionList(request.content, request.format);
    const outside = list.rows.filter((row) => !scope.includes(row.code));
    if (scope.division === null || outside.length > 0) {
      const first = outside[0];
      throw new GovError(
        'AUTH.DIVISION_OUT_OF_SCOPE',
        first === undefined
          ? '您的账号未配置所属行政区划，不能导入区划代码表'
          : `代码表中有 ${outside.length} 行的区划不在您的管辖范围内（如第 ${first.line} 行 ` +
              `${first.code} ${first.name}）：只能导入本级及下级区划，请删去这些行或请上级管理员导入`,
        {
          scope: scope.division,
          lines: outside.slice(0, SHOWN_OUTSIDE).map((row) => row.line),
          divisionCodes: outside.slice(0, SHOWN_OUTSIDE).map((row) => row.code),
        },
      );
    }
    const job = DivisionImport.queue({
      format: list.format,
      requestedFormat: request.format ?? null,
      effectiveDate: request.effectiveDate,
      dryRun: request.dryRun ?? false,
      content: request.content,
      successors: (request.successors ?? []).map(canonicalMapping),
      division: commonDivision(list.rows.map((row) => row.code)) ?? scope.division,
      requestedBy: caller.subject,
      rowsTotal: list.dataLines,
    });
    await this.orm.em.transactional((em) => em.persist(job).flush());
    return job.toReply();
  }
}

/** The mapping with 12-digit codes; a code that is not a division code is the caller's error. */
function canonicalMapping(mapping: { code: string; successorCodes: string[] }): SuccessorMapping {
  const canonical = (raw: string) => {
    const parsed = tryParseDivisionCode(raw);
    if (!parsed.ok) {
      throw new GovError('CATALOG.DIVISION_CODE_INVALID', parsed.message, {
        field: 'successors',
        code: raw,
      });
    }
    return parsed.code.value;
  };
  return { code: canonical(mapping.code), successorCodes: mapping.successorCodes.map(canonical) };
}
