import { Notification1796153973341 } from './1796153973341-Notification';
import { Competency1795385380368 } from './1795385380368-Competency';
import { Foundation1795382710055 } from './1795382710055-Foundation';
// Every migration, in order. Generated with `npm run migration:generate -- Name`, read and tidied,
// never edited after landing.
export const MIGRATIONS: (new () => unknown)[] = [
  Foundation1795382710055,
  Competency1795385380368,
  Notification1796153973341,
];
