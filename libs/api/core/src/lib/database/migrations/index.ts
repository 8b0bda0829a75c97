import { Foundation1795381116789 } from './1795381116789-Foundation';
// Every migration, in order. Generated with `npm run migration:generate -- Name`, read and tidied,
// never edited after landing.
export const MIGRATIONS: (new () => unknown)[] = [
  Foundation1795381116789,
];
