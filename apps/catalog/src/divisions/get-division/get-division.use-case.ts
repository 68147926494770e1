import { GovError, type Division as DivisionReply } from '@gov/contracts';
import { tryParseDivisionCode } from '@gov/division';
import { MikroORM } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Division } from '../division.entity';

/** Looks up one division by its 6- or 12-digit code. */
@Injectable()
export class GetDivisionUseCase {
  constructor(private readonly orm: MikroORM) {}

  async execute(rawCode: string): Promise<DivisionReply> {
    const parsed = tryParseDivisionCode(rawCode);
    if (!parsed.ok) {
      throw new GovError('CATALOG.DIVISION_CODE_INVALID', parsed.message, { code: rawCode });
    }
    const division = await this.orm.em.findOne(Division, { code: parsed.code.value });
    if (!division) {
      throw new GovError('CATALOG.DIVISION_NOT_FOUND', undefined, { code: parsed.code.value });
    }
    return division.toReply();
  }
}
