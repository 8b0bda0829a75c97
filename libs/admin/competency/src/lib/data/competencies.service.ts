import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { silentErrors } from '@kompeten/admin/core';
import type { Competency } from '@kompeten/shared/contract';
import type { CompetencyBody } from './frameworks.service';

/** /api/v1/competencies/:id: change or remove one competency of a draft framework. */
@Injectable({ providedIn: 'root' })
export class CompetenciesService {
  private readonly http = inject(HttpClient);
  private readonly base = '/api/v1/competencies';

  update(id: string, body: CompetencyBody) {
    return this.http.put<Competency>(`${this.base}/${id}`, body, silentErrors());
  }

  remove(id: string) {
    return this.http.delete<void>(`${this.base}/${id}`);
  }
}
