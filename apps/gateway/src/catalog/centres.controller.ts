import {
  type Centre,
  centreContracts,
  type CentrePage,
  type CentreWindow,
  centreWindowContracts,
  type CentreWindowPage,
  type CreateCentreRequest,
} from '@gov/contracts';
import { NatsRequester } from '@gov/nats';
import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { Operation } from '../auth/access.decorators';
import { forwardCommand } from '../bus/forward-command';
import { forwardedHeaders } from '../bus/forwarded-headers';
import { jsonObjectBody } from '../bus/json-body';
import { optionalBoolean, optionalText, pageQuery } from '../bus/query-params';

/** `?division=&includeSubtree=` of the directory lists; the service checks the division code. */
export function divisionFilterQuery(
  division: string | undefined,
  includeSubtree: string | undefined,
): { division?: string; includeSubtree?: boolean } {
  return {
    ...optionalText('division', division),
    ...optionalBoolean('includeSubtree', includeSubtree),
  };
}

/** Service centres (政务服务中心 / 便民服务中心 / 便民服务站), their resident departments and windows. */
@Controller('api/v1/centres')
export class CentresController {
  constructor(private readonly bus: NatsRequester) {}

  /** Centres of `?division=` (with `?includeSubtree=true` the levels below too), by division. */
  @Get()
  @Operation(centreContracts.listCentres)
  list(
    @Query('division') division?: string,
    @Query('includeSubtree') includeSubtree?: string,
    @Query('cursor') cursor?: string,
    @Query('limit') limit?: string,
  ): Promise<CentrePage> {
    return this.bus.request(centreContracts.listCentres, {
      ...divisionFilterQuery(division, includeSubtree),
      ...pageQuery(cursor, limit),
    });
  }

  /** Opens the centre of a division; send an `Idempotency-Key` to make retries safe. */
  @Post()
  @Operation(centreContracts.createCentre)
  @HttpCode(201)
  async create(
    @Body() body: unknown,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Centre> {
    const centre = await this.bus.request(
      centreContracts.createCentre,
      jsonObjectBody(body) as CreateCentreRequest,
      { headers: forwardedHeaders(request) },
    );
    void reply.header('location', `/api/v1/centres/${centre.id}`);
    return centre;
  }

  @Get(':id')
  @Operation(centreContracts.getCentre)
  get(@Param('id') id: string): Promise<Centre> {
    return this.bus.request(centreContracts.getCentre, { id });
  }

  /** Changes name, address, phone or opening hours: body with the `version` read. */
  @Patch(':id')
  @Operation(centreContracts.updateCentre)
  update(
    @Param('id') id: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
  ): Promise<Centre> {
    return forwardCommand(this.bus, centreContracts.updateCentre, request, body, { id });
  }

  /** Makes a department resident: body `{ "creditCode": "…" }`. */
  @Post(':id/resident-departments')
  @Operation(centreContracts.addResidentDepartment)
  @HttpCode(200)
  addResidentDepartment(
    @Param('id') id: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
  ): Promise<Centre> {
    return forwardCommand(this.bus, centreContracts.addResidentDepartment, request, body, { id });
  }

  @Delete(':id/resident-departments/:creditCode')
  @Operation(centreContracts.removeResidentDepartment)
  removeResidentDepartment(
    @Param('id') id: string,
    @Param('creditCode') creditCode: string,
    @Req() request: FastifyRequest,
  ): Promise<Centre> {
    return this.bus.request(
      centreContracts.removeResidentDepartment,
      { id, creditCode },
      { headers: forwardedHeaders(request) },
    );
  }

  /** The centre's windows by number. */
  @Get(':centreId/windows')
  @Operation(centreWindowContracts.listWindows)
  listWindows(
    @Param('centreId') centreId: string,
    @Query('cursor') cursor?: string,
    @Query('limit') limit?: string,
  ): Promise<CentreWindowPage> {
    return this.bus.request(centreWindowContracts.listWindows, {
      centreId,
      ...pageQuery(cursor, limit),
    });
  }

  /** Opens a window; send an `Idempotency-Key` to make retries safe. */
  @Post(':centreId/windows')
  @Operation(centreWindowContracts.createWindow)
  @HttpCode(201)
  async createWindow(
    @Param('centreId') centreId: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CentreWindow> {
    const window = await forwardCommand(
      this.bus,
      centreWindowContracts.createWindow,
      request,
      body,
      { centreId },
    );
    void reply.header('location', `/api/v1/windows/${window.id}`);
    return window;
  }
}

/** One window by id, and changes to it. */
@Controller('api/v1/windows')
export class WindowsController {
  constructor(private readonly bus: NatsRequester) {}

  @Get(':id')
  @Operation(centreWindowContracts.getWindow)
  get(@Param('id') id: string): Promise<CentreWindow> {
    return this.bus.request(centreWindowContracts.getWindow, { id });
  }

  /** Changes number, name, kind or departments: body with the `version` read. */
  @Patch(':id')
  @Operation(centreWindowContracts.updateWindow)
  update(
    @Param('id') id: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
  ): Promise<CentreWindow> {
    return forwardCommand(this.bus, centreWindowContracts.updateWindow, request, body, { id });
  }
}
