import { catalogContracts, type CreateDepartmentRequest, type Department } from '@gov/contracts';
import { centreContracts, type DepartmentPage } from '@gov/contracts';
import { NatsRequester } from '@gov/nats';
import { Body, Controller, Get, HttpCode, Param, Patch, Post, Req, Res } from '@nestjs/common';
import { Query } from '@nestjs/common';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { Operation } from '../auth/access.decorators';
import { forwardCommand } from '../bus/forward-command';
import { forwardedHeaders } from '../bus/forwarded-headers';
import { jsonObjectBody } from '../bus/json-body';
import { pageQuery } from '../bus/query-params';
import { divisionFilterQuery } from './centres.controller';

@Controller('api/v1/departments')
export class DepartmentsController {
  constructor(private readonly bus: NatsRequester) {}

  /** Registers a department; send an `Idempotency-Key` to make retries safe. */
  @Post()
  @Operation(catalogContracts.createDepartment)
  @HttpCode(201)
  async create(
    @Body() body: unknown,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Department> {
    const department = await this.bus.request(
      catalogContracts.createDepartment,
      jsonObjectBody(body) as CreateDepartmentRequest,
      { headers: forwardedHeaders(request) },
    );
    void reply.header('location', `/api/v1/departments/${department.id}`);
    return department;
  }

  /** Departments of `?division=` (with `?includeSubtree=true` the levels below too), by division. */
  @Get()
  @Operation(centreContracts.listDepartments)
  list(
    @Query('division') division?: string,
    @Query('includeSubtree') includeSubtree?: string,
    @Query('cursor') cursor?: string,
    @Query('limit') limit?: string,
  ): Promise<DepartmentPage> {
    return this.bus.request(centreContracts.listDepartments, {
      ...divisionFilterQuery(division, includeSubtree),
      ...pageQuery(cursor, limit),
    });
  }

  @Get(':id')
  @Operation(catalogContracts.getDepartment)
  get(@Param('id') id: string): Promise<Department> {
    return this.bus.request(catalogContracts.getDepartment, { id });
  }

  /** Renames a department: body `{ "name": "…" }`. */
  @Patch(':id')
  @Operation(catalogContracts.renameDepartment)
  rename(
    @Param('id') id: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
  ): Promise<Department> {
    return forwardCommand(this.bus, catalogContracts.renameDepartment, request, body, { id });
  }
}
