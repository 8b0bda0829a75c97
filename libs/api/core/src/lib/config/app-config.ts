import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, Min, MinLength, validateSync } from 'class-validator';

const bool = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? !['0', 'false', 'off', 'no', ''].includes(value.toLowerCase()) : value;

/**
 * Every setting the API reads, validated once at boot. Nothing else reads process.env
 * (architecture habit 5). Defaults make `npm start` work with no configuration at all.
 */
export class AppConfig {
  @IsOptional() @IsString() DATABASE_URL?: string;
  @Transform(({ value }) => +value) @IsInt() @Min(1) @Max(65535) PORT = 3000;
  @IsString() HOST = '0.0.0.0';
  /** Where the embedded PostgreSQL keeps its files (git-ignored). */
  @IsString() DATA_DIR = '.data';
  @Transform(({ value }) => +value) @IsInt() @Min(1024) @Max(65535) EMBEDDED_PG_PORT = 54329;
  /** Required in production; in development a random secret is generated and kept in DATA_DIR. */
  @IsOptional() @IsString() @MinLength(32) JWT_SECRET?: string;
  @Transform(({ value }) => +value) @IsInt() @Min(60) ACCESS_TOKEN_TTL_SECONDS = 900;
  @Transform(({ value }) => +value) @IsInt() @Min(1) REFRESH_TOKEN_TTL_DAYS = 14;
  @Transform(bool) @IsBoolean() DEMO_DATA = true;
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']) LOG_LEVEL = 'info';
  /** Comma-separated origins allowed by CORS; empty = closed (the app is served same-origin). */
  @IsString() CORS_ORIGINS = '';
  @IsString() PUBLIC_BASE_URL = 'http://localhost:3000';
  /** Failed sign-ins per account before a temporary lock. */
  @Transform(({ value }) => +value) @IsInt() @Min(1) LOGIN_MAX_FAILURES = 5;
  @Transform(({ value }) => +value) @IsInt() @Min(1) LOGIN_LOCK_MINUTES = 15;
  /** Sign-in attempts per IP per minute. */
  @Transform(({ value }) => +value) @IsInt() @Min(1) LOGIN_IP_LIMIT_PER_MINUTE = 30;
  @IsOptional() @IsString() ADMIN_STATIC_DIR?: string;
  @IsIn(['development', 'production', 'test']) NODE_ENV = 'development';
  @Transform(({ value }) => +value) @IsInt() @Min(1) UPLOAD_MAX_MB = 20;

  // --- Mail (transactional outbox) and scheduled jobs ---
  /** `smtp://user:pass@host:587` or `smtps://…:465`; or the SMTP_HOST… settings below. Unset = mail is kept, not sent. */
  @IsOptional() @IsString() SMTP_URL?: string;
  @IsOptional() @IsString() SMTP_HOST?: string;
  @Transform(({ value }) => +value) @IsInt() @Min(1) @Max(65535) SMTP_PORT = 587;
  /** true = TLS from the first byte (port 465); false = STARTTLS when the server offers it. */
  @Transform(bool) @IsBoolean() SMTP_SECURE = false;
  @IsOptional() @IsString() SMTP_USER?: string;
  @IsOptional() @IsString() SMTP_PASS?: string;
  @IsString() MAIL_FROM = 'Kompeten <no-reply@kompeten.local>';
  /** How often the outbox drain runs. */
  @Transform(({ value }) => +value) @IsInt() @Min(1) MAIL_DRAIN_SECONDS = 5;
  /** Attempts before a message is marked dead. */
  @Transform(({ value }) => +value) @IsInt() @Min(1) @Max(50) MAIL_MAX_ATTEMPTS = 8;
  /** First retry delay; doubled per attempt (with jitter), capped at 6 hours. */
  @Transform(({ value }) => +value) @IsInt() @Min(1) MAIL_RETRY_BASE_SECONDS = 30;
  /** A claimed message not confirmed sent within this time is claimed again (crash of a drain). */
  @Transform(({ value }) => +value) @IsInt() @Min(5) MAIL_LEASE_SECONDS = 120;
  /** Off in tests (they run jobs explicitly); on in every server. */
  @Transform(bool) @IsBoolean() JOBS_ENABLED = true;
  /** Soak tests and demos only: run every job every N seconds instead of its own schedule. */
  @IsOptional() @Transform(({ value }) => +value) @IsInt() @Min(1) JOBS_TICK_OVERRIDE_SECONDS?: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const raw = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const cfg = plainToInstance(AppConfig, raw, { enableImplicitConversion: false, exposeDefaultValues: true });
  const errors = validateSync(cfg, { whitelist: false, forbidUnknownValues: false });
  if (errors.length) {
    const msg = errors.map((e) => `${e.property}: ${Object.values(e.constraints ?? {}).join(', ')}`).join('; ');
    throw new Error(`Invalid configuration: ${msg}`);
  }
  if (cfg.NODE_ENV === 'test' && raw['JOBS_ENABLED'] === undefined) cfg.JOBS_ENABLED = false;
  if (cfg.NODE_ENV === 'production' && !cfg.JWT_SECRET) throw new Error('Invalid configuration: JWT_SECRET is required in production');
  return cfg;
}
