import { METHOD_METADATA } from '@nestjs/common/constants';
import { GATEWAY_CONTROLLERS } from '../gateway.module';
import { ACCESS } from './access.decorators';

describe('route access declarations', () => {
  const routes = GATEWAY_CONTROLLERS.flatMap((controller) =>
    Object.getOwnPropertyNames(controller.prototype)
      .filter(
        (name) =>
          Reflect.getMetadata(METHOD_METADATA, controller.prototype[name as never]) !== undefined,
      )
      .map((name) => ({ controller, name })),
  );

  it('finds the routes of every controller', () => {
    expect(routes.length).toBeGreaterThanOrEqual(GATEWAY_CONTROLLERS.length);
  });

  it('has every route declare its access: public, or the roles it admits', () => {
    const undeclared = routes
      .filter(
        ({ controller, name }) =>
          Reflect.getMetadata(ACCESS, controller.prototype[name as never]) === undefined &&
          Reflect.getMetadata(ACCESS, controller) === undefined,
      )
      .map(({ controller, name }) => `${controller.name}.${name}`);
    expect(undeclared).toEqual([]);
  });
});
