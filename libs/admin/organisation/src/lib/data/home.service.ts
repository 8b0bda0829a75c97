import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { HomeSummary } from '@kompeten/shared/contract';

/** /api/v1/home: counters and tasks for the signed-in user. */
@Injectable({ providedIn: 'root' })
export class HomeService {
  private readonly http = inject(HttpClient);

  summary() {
    return this.http.get<HomeSummary>('/api/v1/home');
  }
}
