import { MikroORM, RequestContext } from '@mikro-orm/core';
import { type INestMicroservice } from '@nestjs/common';
import { CreateDepartmentUseCase } from '../../catalog/src/departments/create-department/create-department.use-case';
import { RenameDepartmentUseCase } from '../../catalog/src/departments/rename-department/rename-department.use-case';
import { aDepartment, aPrincipal } from './support/builders';
import { pageItems, Suite } from './support/suite';

/** Runs catalog use cases in-process, as its NATS handlers would, with their own ORM context. */
function inCatalog<T>(catalog: INestMicroservice, work: () => Promise<T>): Promise<T> {
  return RequestContext.create(catalog.get(MikroORM).em, work);
}

describe('the event path while NATS is down', () => {
  let suite: Suite;

  beforeAll(async () => {
    suite = await Suite.start(['catalog', 'notifications'], { signedInAs: 'zj-catalog-admin' });
  });
  afterAll(() => suite.stop());

  it('delivers all 100 events written during the outage once NATS is back, each once and in per-aggregate order', async () => {
    const catalog = suite.service('catalog');
    const create = catalog.get(CreateDepartmentUseCase);
    const rename = catalog.get(RenameDepartmentUseCase);

    await suite.nats.pause();
    const departments: string[] = [];
    for (let d = 0; d < 10; d += 1) {
      const { id } = await inCatalog(catalog, () =>
        create.execute(aDepartment({ name: `部门${d}-版本1` }), aPrincipal()),
      );
      departments.push(id);
    }
    for (let version = 2; version <= 10; version += 1) {
      for (const [d, id] of departments.entries()) {
        await inCatalog(catalog, () =>
          rename.execute({ id, name: `部门${d}-版本${version}` }, aPrincipal()),
        );
      }
    }
    await suite.nats.start();

    for (const id of departments) {
      const notices = await suite.eventually(
        `/api/v1/notices?aggregateId=${id}`,
        (result) => pageItems(result).length === 10,
        30_000,
      );
      const sequences = pageItems<{ sequence: number }>(notices).map((notice) => notice.sequence);
      expect(sequences).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    }
  });
});
