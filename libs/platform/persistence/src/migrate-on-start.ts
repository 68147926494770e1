import { MikroORM } from '@mikro-orm/postgresql';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { migrateWithLock } from './migrate';
import { SERVICE_SCHEMA } from './service-schema.token';

/** Brings the service's schema up to date before anything else of the service runs. */
@Injectable()
export class MigrateOnStart implements OnModuleInit {
  private readonly logger = new Logger('Migrations');

  constructor(
    private readonly orm: MikroORM,
    @Inject(SERVICE_SCHEMA) private readonly schema: string,
  ) {}

  async onModuleInit(): Promise<void> {
    const applied = await migrateWithLock(
      this.orm,
      this.orm.config.get('clientUrl') ?? '',
      this.schema,
    );
    if (applied.length > 0) this.logger.log(`Applied to ${this.schema}: ${applied.join(', ')}`);
  }
}
