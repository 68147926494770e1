import { type Principal } from '@gov/auth';
import { type PowerCategory, powerContracts, type SavePowerCategoryRequest } from '@gov/contracts';
import { Caller } from '@gov/nats';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { SavePowerCategoryUseCase } from './save-power-category.use-case';

@Controller()
export class SavePowerCategoryHandler {
  constructor(private readonly savePowerCategory: SavePowerCategoryUseCase) {}

  @MessagePattern(powerContracts.savePowerCategory.subject)
  handle(
    @Payload() request: SavePowerCategoryRequest,
    @Caller() caller: Principal,
  ): Promise<PowerCategory> {
    return this.savePowerCategory.execute(request, caller);
  }
}
