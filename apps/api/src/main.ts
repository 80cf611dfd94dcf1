import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { configureApp } from './app.setup';
import { type AppConfig, loadConfig } from './config/app-config';

/** Starts the API (and the SPA when built) and resolves once it listens. */
export async function bootstrap(config: AppConfig = loadConfig()): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bufferLogs: true,
    bodyParser: false,
  });
  await configureApp(app, config);
  await app.listen(config.port, config.host);
  return app;
}

/** Closes the HTTP server (in-flight requests finish) and the database pool, once. */
export function closeOnSignals(app: NestExpressApplication, after: () => Promise<void> = async () => {}): void {
  let closing = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    app
      .close()
      .then(after)
      .then(
        () => process.exit(0),
        (error: unknown) => {
          console.error(`Shutdown after ${signal} failed:`, error);
          process.exit(1);
        },
      );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

if (require.main === module) {
  bootstrap()
    .then((app) => closeOnSignals(app))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
