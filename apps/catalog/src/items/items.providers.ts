import { AbolishItemUseCase } from './abolish-item/abolish-item.use-case';
import { DelegateItemUseCase } from './delegate-item/delegate-item.use-case';
import { EditItemUseCase } from './edit-item/edit-item.use-case';
import { ItemVersion } from './item-version.entity';
import { ItemsHandlers } from './items.handlers';
import { PublishItemUseCase } from './publish-item/publish-item.use-case';
import { ReadItemUseCase } from './read-item/read-item.use-case';
import { SearchItemsUseCase } from './search-items/search-items.use-case';
import { SeedItems } from './seed-items/seed-items';
import { ServiceItem } from './service-item.entity';

/** What the catalog registers for service items: entities, the bus handlers and the use cases. */
export const ITEM_ENTITIES = [ServiceItem, ItemVersion];
export const ITEM_HANDLERS = [ItemsHandlers];
export const ITEM_PROVIDERS = [
  EditItemUseCase,
  PublishItemUseCase,
  AbolishItemUseCase,
  DelegateItemUseCase,
  ReadItemUseCase,
  SearchItemsUseCase,
  SeedItems,
];
