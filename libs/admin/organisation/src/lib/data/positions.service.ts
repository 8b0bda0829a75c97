import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { silentErrors, toParams } from '@kompeten/admin/core';
import type { CreatePositionRequest, Page, Position, PositionType, UpdatePositionRequest } from '@kompeten/shared/contract';

export interface PositionQuery {
  unitId?: string;
  type?: PositionType | '';
  q?: string;
  limit?: number;
  offset?: number;
  sort?: string;
}

/** /api/v1/positions: jabatan per unit. */
@Injectable({ providedIn: 'root' })
export class PositionsService {
  private readonly http = inject(HttpClient);
  private readonly base = '/api/v1/positions';

  list(query: PositionQuery) {
    return this.http.get<Page<Position>>(this.base, { params: toParams(query) });
  }

  get(id: string) {
    return this.http.get<Position>(`${this.base}/${id}`);
  }

  create(body: CreatePositionRequest) {
    return this.http.post<Position>(this.base, body, silentErrors());
  }

  update(id: string, body: UpdatePositionRequest) {
    return this.http.patch<Position>(`${this.base}/${id}`, body, silentErrors());
  }
}
