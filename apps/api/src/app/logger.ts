import type { Params } from 'nestjs-pino';
import type { IncomingMessage } from 'node:http';
import { maskIdentifier } from '@kompeten/shared/domain';
import type { AppConfig } from '@kompeten/api/core';

const NIP_OR_NIK = /\b\d{16}(\d{2})?\b/g;
const EMAIL = /([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9.-]+\.[A-Za-z]{2,})/g;

/** Personal identifiers never reach the logs (UU PDP): NIP/NIK and e-mail addresses are masked. */
export function maskPersonalData(s: string): string {
  return s.replace(NIP_OR_NIK, (m) => maskIdentifier(m)).replace(EMAIL, '$1***@$2');
}

export function loggerOptions(config: AppConfig): Params {
  return {
    pinoHttp: {
      level: config.LOG_LEVEL,
      redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'], remove: true },
      serializers: {
        req: (req: IncomingMessage & { id?: unknown }) => ({ id: req.id, method: req.method, url: maskPersonalData(req.url ?? '') }),
      },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((a) => (typeof a === 'string' ? maskPersonalData(a) : a)) as Parameters<typeof method>);
        },
      },
      autoLogging: { ignore: (req) => (req.url ?? '').startsWith('/api/health') || !(req.url ?? '').startsWith('/api') },
    },
  };
}
