import { OutboxWriter } from '@gov/persistence';
import { Module } from '@nestjs/common';
import { AbolishPowerHandler } from './abolish-power/abolish-power.handler';
import { AbolishPowerUseCase } from './abolish-power/abolish-power.use-case';
import { CreatePowerHandler } from './create-power/create-power.handler';
import { CreatePowerUseCase } from './create-power/create-power.use-case';
import { GetPowerFlowChartHandler } from './get-power-flow-chart/get-power-flow-chart.handler';
import { GetPowerVersionHandler } from './get-power-version/get-power-version.handler';
import { GetPowerHandler } from './get-power/get-power.handler';
import { ListPowerCategoriesHandler } from './list-power-categories/list-power-categories.handler';
import { ListPowersHandler } from './list-powers/list-powers.handler';
import { PowerCategory } from './power-category.entity';
import { PowerVersion } from './power-version.entity';
import { Power } from './power.entity';
import { PublishPowerVersionHandler } from './publish-power-version/publish-power-version.handler';
import { PublishPowerVersionUseCase } from './publish-power-version/publish-power-version.use-case';
import { SavePowerCategoryHandler } from './save-power-category/save-power-category.handler';
import { SavePowerCategoryUseCase } from './save-power-category/save-power-category.use-case';
import { StartPowerVersionHandler } from './start-power-version/start-power-version.handler';
import { StartPowerVersionUseCase } from './start-power-version/start-power-version.use-case';
import { UpdatePowerDraftHandler } from './update-power-draft/update-power-draft.handler';
import { UpdatePowerDraftUseCase } from './update-power-draft/update-power-draft.use-case';

/** The entities of the power catalogue, for the catalog's MikroORM configuration. */
export const powerEntities = [PowerCategory, Power, PowerVersion];

/**
 * The power catalogue (权力清单): categories per province; powers drafted, published, superseded
 * and abolished by catalogue administrators; public reads of what is published.
 */
@Module({
  controllers: [
    ListPowerCategoriesHandler,
    SavePowerCategoryHandler,
    ListPowersHandler,
    GetPowerHandler,
    GetPowerFlowChartHandler,
    CreatePowerHandler,
    StartPowerVersionHandler,
    GetPowerVersionHandler,
    UpdatePowerDraftHandler,
    PublishPowerVersionHandler,
    AbolishPowerHandler,
  ],
  providers: [
    // The catalog's schema; the writer holds nothing else, so this module keeps its own.
    { provide: OutboxWriter, useValue: new OutboxWriter('catalog') },
    SavePowerCategoryUseCase,
    CreatePowerUseCase,
    StartPowerVersionUseCase,
    UpdatePowerDraftUseCase,
    PublishPowerVersionUseCase,
    AbolishPowerUseCase,
  ],
})
export class PowersModule {}
