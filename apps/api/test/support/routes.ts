import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { MetadataScanner, ModulesContainer } from '@nestjs/core';
import { DiscoveryService } from '@nestjs/core/discovery/discovery-service';
import type { TestApp } from './test-app';

/** A route handler registered in the app, as Nest's metadata describes it. */
export interface RegisteredRoute {
  method: string;
  /** e.g. `/api/users/:id`. */
  path: string;
  /** The controller class and the handler's name and function, to read more metadata from. */
  controller: object;
  prototype: object;
  name: string;
  handler: object;
}

/** Every route handler of every controller in the app. */
export function registeredRoutes(t: TestApp): RegisteredRoute[] {
  const discovery = new DiscoveryService(t.app.get(ModulesContainer));
  const scanner = new MetadataScanner();
  const routes: RegisteredRoute[] = [];
  for (const { instance, metatype } of discovery.getControllers()) {
    if (!instance || !metatype) continue;
    const prototype = Object.getPrototypeOf(instance) as object;
    const base = String(Reflect.getMetadata(PATH_METADATA, metatype) ?? '');
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = (prototype as Record<string, unknown>)[name] as object;
      const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
      if (path === undefined) continue;
      routes.push({
        method: RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number],
        path: `/api/${[base, path].filter((p) => p && p !== '/').join('/')}`,
        controller: metatype,
        prototype,
        name,
        handler,
      });
    }
  }
  return routes;
}
