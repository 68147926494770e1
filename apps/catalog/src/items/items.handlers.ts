import { type Principal } from '@gov/auth';
import {
  type AbolishItemRequest,
  type CreateItemRequest,
  type DelegateItemRequest,
  type DiffItemVersionsRequest,
  type GetItemVersionRequest,
  type ImplementItemRequest,
  itemContracts,
  type PublishItemRequest,
  type SearchItemsRequest,
  type UpdateDraftRequest,
} from '@gov/contracts';
import { Caller } from '@gov/nats';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { AbolishItemUseCase } from './abolish-item/abolish-item.use-case';
import { DelegateItemUseCase } from './delegate-item/delegate-item.use-case';
import { EditItemUseCase } from './edit-item/edit-item.use-case';
import { PublishItemUseCase } from './publish-item/publish-item.use-case';
import { ReadItemUseCase } from './read-item/read-item.use-case';
import { SearchItemsUseCase } from './search-items/search-items.use-case';

/** The item contracts on the bus, each handed to its use case. */
@Controller()
export class ItemsHandlers {
  constructor(
    private readonly edit: EditItemUseCase,
    private readonly publishing: PublishItemUseCase,
    private readonly abolishing: AbolishItemUseCase,
    private readonly delegating: DelegateItemUseCase,
    private readonly reads: ReadItemUseCase,
    private readonly search: SearchItemsUseCase,
  ) {}

  @MessagePattern(itemContracts.createItem.subject)
  create(@Payload() request: CreateItemRequest, @Caller() caller: Principal) {
    return this.edit.create(request, caller);
  }

  @MessagePattern(itemContracts.implementItem.subject)
  implement(@Payload() request: ImplementItemRequest, @Caller() caller: Principal) {
    return this.edit.implement(request, caller);
  }

  @MessagePattern(itemContracts.updateDraft.subject)
  updateDraft(@Payload() request: UpdateDraftRequest, @Caller() caller: Principal) {
    return this.edit.updateDraft(request, caller);
  }

  @MessagePattern(itemContracts.draftNewVersion.subject)
  draftNewVersion(@Payload() request: { code: string }, @Caller() caller: Principal) {
    return this.edit.draftNewVersion(request.code, caller);
  }

  @MessagePattern(itemContracts.publishItem.subject)
  publish(@Payload() request: PublishItemRequest, @Caller() caller: Principal) {
    return this.publishing.execute(request, caller);
  }

  @MessagePattern(itemContracts.abolishItem.subject)
  abolish(@Payload() request: AbolishItemRequest, @Caller() caller: Principal) {
    return this.abolishing.execute(request, caller);
  }

  @MessagePattern(itemContracts.delegateItem.subject)
  delegate(@Payload() request: DelegateItemRequest, @Caller() caller: Principal) {
    return this.delegating.execute(request, caller);
  }

  @MessagePattern(itemContracts.getGuide.subject)
  guide(@Payload() request: { code: string }) {
    return this.reads.guide(request.code);
  }

  @MessagePattern(itemContracts.getVersion.subject)
  version(@Payload() request: GetItemVersionRequest) {
    return this.reads.version(request);
  }

  @MessagePattern(itemContracts.diffVersions.subject)
  diff(@Payload() request: DiffItemVersionsRequest) {
    return this.reads.diff(request.code, request.from, request.to);
  }

  @MessagePattern(itemContracts.changeLog.subject)
  changeLog(@Payload() request: { code: string }) {
    return this.reads.changeLog(request.code);
  }

  @MessagePattern(itemContracts.searchItems.subject)
  searchItems(@Payload() request: SearchItemsRequest) {
    return this.search.execute(request);
  }
}
