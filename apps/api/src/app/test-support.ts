import { INestApplication, RequestMethod } from '@nestjs/common';
import { PATH_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { DiscoveryModule, DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { ACCESS_KEY, AccessRule, configureApp, loadConfig, PUBLIC_KEY } from '@kompeten/api/core';
import { TEST_JWT_SECRET } from '@kompeten/api/core/testing';
import { AppModule } from './app.module';

/** The whole production module graph on the given database (for route and schema tests). */
export async function bootFullApp(databaseUrl: string, env: Record<string, string> = {}) {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DEMO_DATA: 'false', LOGIN_IP_LIMIT_PER_MINUTE: '10000', ...env });
  const ref = await Test.createTestingModule({ imports: [AppModule.forRoot({ config, databaseUrl, jwtSecret: TEST_JWT_SECRET }), DiscoveryModule] }).compile();
  const app: INestApplication = ref.createNestApplication({ logger: false });
  const doc = configureApp(app, config);
  await app.init();
  return { app, doc };
}

export interface Route { method: string; path: string; rule?: AccessRule; isPublic: boolean }

/** Every route of the running application, read from Nest's own metadata (not a hand-kept list). */
export function discoverRoutes(app: INestApplication): Route[] {
  const discovery = app.get(DiscoveryService);
  const scanner = app.get(MetadataScanner);
  const reflector = app.get(Reflector);
  const routes: Route[] = [];
  for (const wrapper of discovery.getControllers()) {
    const instance = wrapper.instance as object | undefined;
    if (!instance || !wrapper.metatype) continue;
    const base = ([] as string[]).concat(Reflect.getMetadata(PATH_METADATA, wrapper.metatype) ?? '')[0];
    const version = Reflect.getMetadata('__version__', wrapper.metatype);
    const proto = Object.getPrototypeOf(instance);
    for (const name of scanner.getAllMethodNames(proto)) {
      const handler = proto[name];
      const path = Reflect.getMetadata(PATH_METADATA, handler);
      if (path === undefined) continue;
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
      const prefix = typeof version === 'symbol' ? '/api' : '/api/v1';
      const full = `${prefix}/${base}/${path}`.replace(/\/+/g, '/').replace(/\/$/, '');
      routes.push({
        method, path: full,
        rule: reflector.getAllAndOverride<AccessRule>(ACCESS_KEY, [handler, wrapper.metatype]),
        isPublic: !!reflector.getAllAndOverride<boolean>(PUBLIC_KEY, [handler, wrapper.metatype]),
      });
    }
  }
  return routes;
}

