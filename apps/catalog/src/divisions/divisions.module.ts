import { OutboxWriter } from '@gov/persistence';
import { Module } from '@nestjs/common';
import { CreateDivisionImportHandler } from './create-division-import/create-division-import.handler';
import { CreateDivisionImportUseCase } from './create-division-import/create-division-import.use-case';
import { DivisionImport } from './division-import.entity';
import { GetDivisionImportHandler } from './get-division-import/get-division-import.handler';
import { ListDivisionChildrenHandler } from './list-children/list-division-children.handler';
import { ListDivisionSubtreeHandler } from './list-subtree/list-division-subtree.handler';
import { DivisionImportRunner } from './run-division-import/division-import.runner';

/** Entities of this module, for the catalog's MikroORM entity list. */
export const DIVISION_ENTITIES = [DivisionImport];

/**
 * The division tree as reference data (children, subtree following successors) and imports of
 * full code lists, run as jobs by every catalog instance.
 */
@Module({
  controllers: [
    ListDivisionChildrenHandler,
    ListDivisionSubtreeHandler,
    CreateDivisionImportHandler,
    GetDivisionImportHandler,
  ],
  providers: [
    { provide: OutboxWriter, useValue: new OutboxWriter('catalog') },
    CreateDivisionImportUseCase,
    DivisionImportRunner,
  ],
})
export class DivisionsModule {}
