import { catalogContracts, type Division, GovError } from '@gov/contracts';
import { tryParseDivisionCode } from '@gov/division';
import { NatsRequester } from '@gov/nats';
import { Controller, Get, Param } from '@nestjs/common';
import { Operation } from '../auth/access.decorators';

@Controller('api/v1/divisions')
export class DivisionsController {
  constructor(private readonly bus: NatsRequester) {}

  /** One division by its 6-digit GB/T 2260 or 12-digit statistical code. */
  @Get(':code')
  @Operation(catalogContracts.getDivision)
  get(@Param('code') rawCode: string): Promise<Division> {
    const parsed = tryParseDivisionCode(rawCode);
    if (!parsed.ok) {
      throw new GovError('CATALOG.DIVISION_CODE_INVALID', parsed.message, { code: rawCode });
    }
    return this.bus.request(catalogContracts.getDivision, { code: parsed.code.value });
  }
}
