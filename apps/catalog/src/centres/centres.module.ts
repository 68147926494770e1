import { OutboxWriter } from '@gov/persistence';
import { Module } from '@nestjs/common';
import { AddResidentDepartmentHandler } from './add-resident-department/add-resident-department.handler';
import { AddResidentDepartmentUseCase } from './add-resident-department/add-resident-department.use-case';
import { CentreWindow } from './centre-window.entity';
import { Centre } from './centre.entity';
import { CreateCentreHandler } from './create-centre/create-centre.handler';
import { CreateCentreUseCase } from './create-centre/create-centre.use-case';
import { CreateWindowHandler } from './create-window/create-window.handler';
import { CreateWindowUseCase } from './create-window/create-window.use-case';
import { GetCentreHandler } from './get-centre/get-centre.handler';
import { GetWindowHandler } from './get-window/get-window.handler';
import { ListCentresHandler } from './list-centres/list-centres.handler';
import { ListWindowsHandler } from './list-windows/list-windows.handler';
import { RemoveResidentDepartmentHandler } from './remove-resident-department/remove-resident-department.handler';
import { RemoveResidentDepartmentUseCase } from './remove-resident-department/remove-resident-department.use-case';
import { UpdateCentreHandler } from './update-centre/update-centre.handler';
import { UpdateCentreUseCase } from './update-centre/update-centre.use-case';
import { UpdateWindowHandler } from './update-window/update-window.handler';
import { UpdateWindowUseCase } from './update-window/update-window.use-case';

/** The entities of centres and windows, for the catalog's MikroORM entity list. */
export const CENTRE_ENTITIES = [Centre, CentreWindow];

/** Service centres, their resident departments and windows (`centreContracts`, `centreWindowContracts`). */
@Module({
  controllers: [
    ListCentresHandler,
    GetCentreHandler,
    CreateCentreHandler,
    UpdateCentreHandler,
    AddResidentDepartmentHandler,
    RemoveResidentDepartmentHandler,
    ListWindowsHandler,
    GetWindowHandler,
    CreateWindowHandler,
    UpdateWindowHandler,
  ],
  providers: [
    { provide: OutboxWriter, useValue: new OutboxWriter('catalog') },
    CreateCentreUseCase,
    UpdateCentreUseCase,
    AddResidentDepartmentUseCase,
    RemoveResidentDepartmentUseCase,
    CreateWindowUseCase,
    UpdateWindowUseCase,
  ],
})
export class CentresModule {}
