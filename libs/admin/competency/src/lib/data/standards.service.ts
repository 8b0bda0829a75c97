import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { silentErrors, toParams } from '@kompeten/admin/core';
import type { CreateStandardRequest, PositionStandard, PositionType } from '@kompeten/shared/contract';

export interface StandardQuery {
  positionId?: string;
  positionType?: PositionType;
  currentOnly?: boolean;
}

/** /api/v1/position-standards: standar kompetensi jabatan and jabatan-type templates. */
@Injectable({ providedIn: 'root' })
export class StandardsService {
  private readonly http = inject(HttpClient);
  private readonly base = '/api/v1/position-standards';

  list(query: StandardQuery) {
    return this.http.get<PositionStandard[]>(this.base, { params: toParams(query) });
  }

  forPosition(positionId: string) {
    return this.http.get<PositionStandard | null>(`${this.base}/for-position/${positionId}`);
  }

  create(body: CreateStandardRequest) {
    return this.http.post<PositionStandard>(this.base, body, silentErrors());
  }
}
