import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { ApiValidationPipe } from './common/validation.pipe';
import type { AppConfig } from './config/app-config';

/** Everything main.ts and the integration tests share, so tests run the app as it is served. */
export function configureApp(app: NestExpressApplication, config: AppConfig): void {
  app.useLogger(app.get(Logger));
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  // Learners are on slow mobile links: JSON, HTML, JS and CSS go compressed. Uploaded files are
  // left alone, so that range requests into videos and PDFs keep working.
  app.use(
    compression({
      threshold: 1024,
      filter: (req: Request, res: Response) => !req.path.startsWith('/api/media/') && compression.filter(req, res),
    }),
  );
  app.useBodyParser('json', { limit: config.bodyLimit });
  app.use(cookieParser());
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'img-src': ["'self'", 'data:', 'blob:'],
          'font-src': ["'self'", 'data:'],
          'connect-src': ["'self'"],
        },
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.setGlobalPrefix('api');
  app.useGlobalPipes(new ApiValidationPipe());

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Bilikti API')
      .setDescription('Training and competency platform for maslikhat deputies and rural akims')
      .setVersion(config.version)
      .addCookieAuth(config.session.cookieName)
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });

  if (config.webDistDir) serveSpa(app, config.webDistDir);
}

/** The built SPA on the same port: hashed assets cached for a year, every other page gets index.html. */
function serveSpa(app: NestExpressApplication, dir: string): void {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) return;
  app.useStaticAssets(dir, {
    index: false,
    setHeaders: (res, path) => {
      const hashed = path.includes(`${join(dir, 'assets')}`);
      res.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    const isPage = (req.method === 'GET' || req.method === 'HEAD') && !req.path.startsWith('/api');
    if (!isPage || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
