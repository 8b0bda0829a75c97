import { HttpParams } from '@angular/common/http';

/** HttpParams from a query object, leaving out empty values. */
export function toParams(query: object): HttpParams {
  let params = new HttpParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === '') continue;
    params = params.set(k, String(v));
  }
  return params;
}
