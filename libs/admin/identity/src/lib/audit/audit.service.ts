import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { toParams } from '@kompeten/admin/core';
import type { AuditEntry, AuditQuery, Page } from '@kompeten/shared/contract';

/** /api/v1/audit-log (ADMIN). */
@Injectable({ providedIn: 'root' })
export class AuditService {
  private readonly http = inject(HttpClient);

  list(query: AuditQuery) {
    return this.http.get<Page<AuditEntry>>('/api/v1/audit-log', { params: toParams(query) });
  }
}
