import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Agency } from '@kompeten/shared/contract';

/** /api/v1/agencies: instansi. */
@Injectable({ providedIn: 'root' })
export class AgenciesService {
  private readonly http = inject(HttpClient);

  list() {
    return this.http.get<Agency[]>('/api/v1/agencies');
  }
}
