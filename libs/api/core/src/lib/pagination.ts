import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { fieldProblem } from './http/problem';
import { DEFAULT_PAGE_LIMIT, MAX_PAGE_LIMIT, PageQuery } from '@kompeten/shared/contract';

export const toInt = ({ value }: { value: unknown }) => (typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value);
export const toBool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

/** limit/offset/sort query parameters shared by every list endpoint. */
export class PageQueryDto implements PageQuery {
  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(MAX_PAGE_LIMIT) limit: number = DEFAULT_PAGE_LIMIT;
  @IsOptional() @Transform(toInt) @IsInt() @Min(0) @Max(10_000_000) offset = 0;
  @IsOptional() @IsString() @Matches(/^-?[a-zA-Z]{1,40}$/, { message: 'sort harus nama kolom, diawali - untuk urutan menurun' }) sort?: string;
}

/** Resolves a `sort` parameter against an allow-list of columns; unknown columns are a 400 naming `sort`. */
export function resolveSort(sort: string | undefined, allowed: Record<string, string>, fallback: string): { column: string; dir: 'ASC' | 'DESC' } {
  if (!sort) return { column: allowed[fallback], dir: 'ASC' };
  const desc = sort.startsWith('-');
  const key = desc ? sort.slice(1) : sort;
  const column = allowed[key];
  if (!column) throw fieldProblem('sort', `kolom urutan tidak dikenal; pilih salah satu: ${Object.keys(allowed).join(', ')}`);
  return { column, dir: desc ? 'DESC' : 'ASC' };
}
