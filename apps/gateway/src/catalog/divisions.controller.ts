import {
  catalogContracts,
  type Division,
  divisionContracts,
  type DivisionPage,
  GovError,
} from '@gov/contracts';
import { tryParseDivisionCode } from '@gov/division';
import { NatsRequester } from '@gov/nats';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { Operation } from '../auth/access.decorators';
import { pageQuery } from '../bus/query-params';

/** The 12 digits of a code typed with 6 or 12; anything else is 400 with the division's own code. */
function divisionCode(rawCode: string): string {
  const parsed = tryParseDivisionCode(rawCode);
  if (!parsed.ok) {
    throw new GovError('CATALOG.DIVISION_CODE_INVALID', parsed.message, { code: rawCode });
  }
  return parsed.code.value;
}

/** `{ asOf }` when the query string names a day. */
function asOfQuery(asOf: string | undefined): { asOf?: string } {
  return asOf === undefined ? {} : { asOf };
}

/** The division tree, public reference data: one division, its children, its subtree. */
@Controller('api/v1/divisions')
export class DivisionsController {
  constructor(private readonly bus: NatsRequester) {}

  /** One division by its 6-digit GB/T 2260 or 12-digit statistical code. */
  @Get(':code')
  @Operation(catalogContracts.getDivision)
  get(@Param('code') rawCode: string): Promise<Division> {
    return this.bus.request(catalogContracts.getDivision, { code: divisionCode(rawCode) });
  }

  /** The divisions one level below, by code: `?asOf=YYYY-MM-DD` keeps those valid that day. */
  @Get(':code/children')
  @Operation(divisionContracts.listDivisionChildren)
  children(
    @Param('code') rawCode: string,
    @Query('asOf') asOf?: string,
    @Query('cursor') cursor?: string,
    @Query('limit') limit?: string,
  ): Promise<DivisionPage> {
    return this.bus.request(divisionContracts.listDivisionChildren, {
      code: divisionCode(rawCode),
      ...asOfQuery(asOf),
      ...pageQuery(cursor, limit),
    });
  }

  /**
   * The division and all below it, by code, following the successors of abolished divisions:
   * `?asOf=YYYY-MM-DD` keeps those valid that day.
   */
  @Get(':code/subtree')
  @Operation(divisionContracts.listDivisionSubtree)
  subtree(
    @Param('code') rawCode: string,
    @Query('asOf') asOf?: string,
    @Query('cursor') cursor?: string,
    @Query('limit') limit?: string,
  ): Promise<DivisionPage> {
    return this.bus.request(divisionContracts.listDivisionSubtree, {
      code: divisionCode(rawCode),
      ...asOfQuery(asOf),
      ...pageQuery(cursor, limit),
    });
  }
}
