import { INestApplication, VersioningType } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, OpenAPIObject } from '@nestjs/swagger';
import helmet from 'helmet';
import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { AppConfig } from '../config/app-config';
import { ProblemFilter } from './problem.filter';
import { createValidationPipe, TextSafetyPipe } from './validation';

/**
 * Requests Node's HTTP parser refuses before Express sees them (a URL or headers over the 16 KB
 * limit, a malformed request line) still get a problem+json answer instead of an empty 431/400.
 */
function answerClientErrorsWithProblems(app: INestApplication): void {
  const server = app.getHttpServer() as Server | undefined;
  if (!server?.on) return;
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    if (!socket.writable) {
      socket.destroy();
      return;
    }
    const tooLarge = err.code === 'HPE_HEADER_OVERFLOW';
    const status = tooLarge ? 431 : 400;
    const body = JSON.stringify({
      type: `https://kompeten.go.id/problems/${tooLarge ? 'request-too-large' : 'bad-request'}`,
      title: tooLarge ? 'Request Header Fields Too Large' : 'Bad Request', status, code: 'VALIDATION_FAILED',
      detail: tooLarge ? 'Alamat atau header permintaan terlalu panjang (batas 16 KB)' : 'Permintaan HTTP tidak dapat dibaca',
      errors: [{ field: tooLarge ? 'url' : 'request', message: tooLarge ? 'terlalu panjang' : 'tidak valid' }],
    });
    socket.end(`HTTP/1.1 ${status} ${tooLarge ? 'Request Header Fields Too Large' : 'Bad Request'}\r\nContent-Type: application/problem+json\r\n`
      + `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
  });
}

/** Everything main.ts and the integration tests set up identically on the Nest application. */
export function configureApp(app: INestApplication, config: AppConfig): OpenAPIObject {
  app.setGlobalPrefix('api');
  app.enableVersioning({ type: VersioningType.URI, defaultVersion: '1' });
  app.useGlobalPipes(new TextSafetyPipe(), createValidationPipe());
  app.useGlobalFilters(new ProblemFilter());
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          'default-src': ["'self'"],
          'script-src': ["'self'"],
          // Angular Material sets inline style attributes at runtime.
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:', 'blob:'],
          'font-src': ["'self'", 'data:'],
          'connect-src': ["'self'"],
          'frame-ancestors': ["'none'"],
          'object-src': ["'none'"],
          'upgrade-insecure-requests': null,
        },
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  const origins = config.CORS_ORIGINS.split(',').map((s) => s.trim()).filter(Boolean);
  app.enableCors(origins.length ? { origin: origins, credentials: false } : { origin: false });
  answerClientErrorsWithProblems(app);
  const express = app.getHttpAdapter().getInstance() as { disable?: (s: string) => void; set?: (k: string, v: unknown) => void };
  express.disable?.('x-powered-by');
  express.set?.('trust proxy', 'loopback');
  const doc = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Kompeten API')
      .setDescription('Competency-based recruitment and training management for ASN. Errors are RFC 9457 problem+json.')
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, doc, { jsonDocumentUrl: 'api/docs-json' });
  return doc;
}
