import {
  type ItemChangeLog,
  type ItemDiff,
  type ItemSummaryPage,
  type ItemVersion,
  itemContracts,
  type PublishItemRequest,
  type ServiceItem,
  type CreateItemRequest,
  type ServiceGuide,
} from '@gov/contracts';
import { GuidePages, NatsRequester } from '@gov/nats';
import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Param,
  Post,
  Put,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { Operation } from '../auth/access.decorators';
import { forwardCommand } from '../bus/forward-command';
import { forwardedHeaders } from '../bus/forwarded-headers';
import { jsonObjectBody } from '../bus/json-body';
import { optionalBoolean, optionalText, pageQuery, positiveInteger } from '../bus/query-params';
import { answerGuide } from './kept-guide-reads';

/** Service items: the catalogue administrators' writes and the public's reads. */
@Controller('api/v1/items')
export class ItemsController {
  constructor(private readonly bus: NatsRequester) {}

  /** A base item of the caller's level; its guide becomes version 1, a draft. */
  @Post()
  @Operation(itemContracts.createItem)
  @HttpCode(201)
  async create(
    @Body() body: unknown,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ServiceItem> {
    const item = await this.bus.request(
      itemContracts.createItem,
      jsonObjectBody(body) as CreateItemRequest,
      { headers: forwardedHeaders(request) },
    );
    void reply.header('location', `/api/v1/items/${item.code}`);
    return item;
  }

  /** This level's implementation of a published base item (body: division, handlingOrgan). */
  @Post(':baseCode/implementations')
  @Operation(itemContracts.implementItem)
  @HttpCode(201)
  async implement(
    @Param('baseCode') baseCode: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ServiceItem> {
    const item = await this.bus.request(
      itemContracts.implementItem,
      { ...jsonObjectBody(body), baseCode } as {
        baseCode: string;
        division: string;
        handlingOrgan: string;
      },
      { headers: forwardedHeaders(request) },
    );
    void reply.header('location', `/api/v1/items/${item.code}`);
    return item;
  }

  /** Opens the next version as a draft copied from the one in force. */
  @Post(':code/versions')
  @Operation(itemContracts.draftNewVersion)
  @HttpCode(201)
  draftNewVersion(
    @Param('code') code: string,
    @Req() request: FastifyRequest,
  ): Promise<ItemVersion> {
    return this.bus.request(
      itemContracts.draftNewVersion,
      { code },
      { headers: forwardedHeaders(request) },
    );
  }

  /** Replaces a draft's guide (body: `{ "guide": … }`); published versions never change. */
  @Put(':code/versions/:version')
  @Operation(itemContracts.updateDraft)
  updateDraft(
    @Param('code') code: string,
    @Param('version') version: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
  ): Promise<ItemVersion> {
    return this.bus.request(
      itemContracts.updateDraft,
      { ...jsonObjectBody(body), code, version: positiveInteger('version', version) } as {
        code: string;
        version: number;
        guide: ServiceGuide;
      },
      { headers: forwardedHeaders(request) },
    );
  }

  /** Publishes a draft (body: changeNote, optional validFrom). */
  @Post(':code/versions/:version/publish')
  @Operation(itemContracts.publishItem)
  @HttpCode(200)
  publish(
    @Param('code') code: string,
    @Param('version') version: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
  ): Promise<ItemVersion> {
    return this.bus.request(
      itemContracts.publishItem,
      {
        ...jsonObjectBody(body),
        code,
        version: positiveInteger('version', version),
      } as PublishItemRequest,
      { headers: forwardedHeaders(request) },
    );
  }

  /** Abolishes the item, and a base item's implementations with it (body: reason, effectiveDate). */
  @Post(':code/abolish')
  @Operation(itemContracts.abolishItem)
  @HttpCode(200)
  abolish(
    @Param('code') code: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
  ): Promise<ServiceItem> {
    return forwardCommand(this.bus, itemContracts.abolishItem, request, body, { code });
  }

  /** Delegates the item down (body: division, handlingOrgan, reason, effectiveDate). */
  @Post(':code/delegate')
  @Operation(itemContracts.delegateItem)
  @HttpCode(201)
  async delegate(
    @Param('code') code: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ServiceItem> {
    const item = await forwardCommand(this.bus, itemContracts.delegateItem, request, body, {
      code,
    });
    void reply.header('location', `/api/v1/items/${item.code}`);
    return item;
  }

  /** A published version by number. */
  @Get(':code/versions/:version')
  @Operation(itemContracts.getVersion)
  version(@Param('code') code: string, @Param('version') version: string): Promise<ItemVersion> {
    return this.bus.request(itemContracts.getVersion, {
      code,
      version: positiveInteger('version', version),
    });
  }

  /** The version in force on a day (`?on=YYYY-MM-DD`), or today's. */
  @Get(':code/in-force')
  @Operation(itemContracts.getVersion)
  inForce(@Param('code') code: string, @Query('on') on?: string): Promise<ItemVersion> {
    return this.bus.request(itemContracts.getVersion, {
      code,
      ...(on === undefined ? {} : { on }),
    });
  }

  /** Field-by-field differences between two published versions (`?from=1&to=2`). */
  @Get(':code/diff')
  @Operation(itemContracts.diffVersions)
  diff(
    @Param('code') code: string,
    @Query('from') from: string,
    @Query('to') to: string,
  ): Promise<ItemDiff> {
    return this.bus.request(itemContracts.diffVersions, {
      code,
      from: positiveInteger('from', from),
      to: positiveInteger('to', to),
    });
  }

  @Get(':code/change-log')
  @Operation(itemContracts.changeLog)
  changeLog(@Param('code') code: string): Promise<ItemChangeLog> {
    return this.bus.request(itemContracts.changeLog, { code });
  }
}

/** Public guides: search where one applies, and one guide page from the copy, with an ETag. */
@Controller('api/v1/guides')
export class GuidesController {
  constructor(
    private readonly bus: NatsRequester,
    private readonly guides: GuidePages,
  ) {}

  /** Items in force for a division (and the levels above it), by keyword, organ, category. */
  @Get()
  @Operation(itemContracts.searchItems)
  search(
    @Query('division') division: string,
    @Query('q') q?: string,
    @Query('department') department?: string,
    @Query('category') category?: string,
    @Query('onlineOnly') onlineOnly?: string,
    @Query('cursor') cursor?: string,
    @Query('limit') limit?: string,
  ): Promise<ItemSummaryPage> {
    return this.bus.request(itemContracts.searchItems, {
      division,
      ...optionalText('q', q),
      ...optionalText('department', department),
      ...optionalText('category', category),
      ...optionalBoolean('onlineOnly', onlineOnly),
      ...pageQuery(cursor, limit),
    });
  }

  /**
   * One guide page: the item and its version in force, with an `ETag` ({@link answerGuide}). A page
   * the copy holds is answered before this handler (`installKeptGuideReads`); this one fetches
   * the rest.
   */
  @Get(':code')
  @Operation(itemContracts.getGuide)
  async guide(
    @Param('code') code: string,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string | undefined> {
    return answerGuide(reply, await this.guides.page(code), ifNoneMatch);
  }
}
