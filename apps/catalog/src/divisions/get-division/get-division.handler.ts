import { catalogContracts, type Division, type GetDivisionRequest } from '@gov/contracts';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { GetDivisionUseCase } from './get-division.use-case';

@Controller()
export class GetDivisionHandler {
  constructor(private readonly getDivision: GetDivisionUseCase) {}

  @MessagePattern(catalogContracts.getDivision.subject)
  handle(@Payload() request: GetDivisionRequest): Promise<Division> {
    return this.getDivision.execute(request.code);
  }
}
