import { efficiencyContracts, type EfficiencyReport } from '@gov/contracts';
import { NatsRequester } from '@gov/nats';
import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { FileDownload } from '../api-docs/api-reply.decorator';
import { Operation } from '../auth/access.decorators';
import { forwardedHeaders } from '../bus/forwarded-headers';
import { optionalText } from '../bus/query-params';
import { efficiencyCsv, efficiencyCsvFileName } from './efficiency-csv';

/** The parameters of a report as they arrive in the query string. */
interface ReportQuery {
  from?: string;
  to?: string;
  division?: string;
  groupBy?: string;
}

/**
 * Efficiency statistics (效能评估) for leaders and supervisors: the report as JSON, and the same
 * report as a CSV file that Excel opens as it is.
 */
@Controller('api/v1')
export class EfficiencyController {
  constructor(private readonly bus: NatsRequester) {}

  /** `?from=&to=&division=&groupBy=`: each group's figures and the subtree's total. */
  @Get('efficiency-report')
  @Operation(efficiencyContracts.efficiencyReport)
  report(@Req() request: FastifyRequest, @Query() query: ReportQuery): Promise<EfficiencyReport> {
    return this.read(request, query);
  }

  /** The same report as CSV (UTF-8 with a BOM, Chinese headers), to download. */
  @Get('efficiency-report.csv')
  @Operation(efficiencyContracts.efficiencyReport)
  @FileDownload({
    mediaType: 'text/csv',
    description:
      'CSV 文件（UTF-8 含 BOM，中文表头，可直接用 Excel 打开），末行为合计 · the report as CSV for Excel',
  })
  async reportCsv(
    @Req() request: FastifyRequest,
    @Query() query: ReportQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const report = await this.read(request, query);
    void reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${efficiencyCsvFileName(report)}"`)
      .header('cache-control', 'private, no-store');
    return efficiencyCsv(report);
  }

  private read(request: FastifyRequest, query: ReportQuery): Promise<EfficiencyReport> {
    return this.bus.request(
      efficiencyContracts.efficiencyReport,
      {
        ...optionalText('from', query.from),
        ...optionalText('to', query.to),
        ...optionalText('division', query.division),
        ...optionalText('groupBy', query.groupBy),
      } as { from: string; to: string },
      { headers: forwardedHeaders(request) },
    );
  }
}
