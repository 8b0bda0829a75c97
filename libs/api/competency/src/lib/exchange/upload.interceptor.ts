import { CallHandler, ExecutionContext, HttpException, HttpStatus, Injectable, NestInterceptor } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { memoryStorage } from 'multer';
import type { Observable } from 'rxjs';
import type { Request } from 'express';
import { AppConfig, ProblemException } from '@kompeten/api/core';

/**
 * Multipart field `file`, kept in memory (it is parsed at once) and capped at UPLOAD_MAX_MB. The
 * competency module has no MulterModule of its own, so the limit is applied here from AppConfig.
 * multer's English errors become problem+json in Indonesian: 413 too large, 415 not multipart,
 * 400 for a broken form.
 */
@Injectable()
export class FrameworkUploadInterceptor implements NestInterceptor {
  private readonly inner: NestInterceptor;
  private readonly maxMb: number;

  constructor(config: AppConfig) {
    this.maxMb = config.UPLOAD_MAX_MB;
    const Multer = FileInterceptor('file', { storage: memoryStorage(), limits: { fileSize: this.maxMb * 1024 * 1024, files: 1 } });
    this.inner = new Multer();
  }

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const req = context.switchToHttp().getRequest<Request>();
    if (!/^multipart\/form-data/i.test(req.headers['content-type'] ?? '')) {
      throw new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'UNSUPPORTED_MEDIA_TYPE', 'Kirim berkas sebagai multipart/form-data pada field "file"',
        { errors: [{ field: 'file', message: 'permintaan harus multipart/form-data' }] });
    }
    try {
      return await this.inner.intercept(context, next);
    } catch (e) {
      if (e instanceof ProblemException || !(e instanceof HttpException)) throw e;
      if (e.getStatus() === HttpStatus.PAYLOAD_TOO_LARGE) {
        throw new ProblemException(HttpStatus.PAYLOAD_TOO_LARGE, 'PAYLOAD_TOO_LARGE', `Berkas melebihi batas ${this.maxMb} MB`,
          { errors: [{ field: 'file', message: `ukuran maksimum ${this.maxMb} MB` }] });
      }
      throw new ProblemException(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', 'Formulir unggahan tidak valid; kirim satu berkas pada field "file"',
        { errors: [{ field: 'file', message: 'formulir multipart tidak valid' }] });
    }
  }
}
