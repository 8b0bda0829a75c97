import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { silentErrors } from '@kompeten/admin/core';
import type { ImportJob, ImportReport } from '@kompeten/shared/contract';

/** Employee import: template download, dry run, real run and job polling. */
@Injectable({ providedIn: 'root' })
export class EmployeeImportService {
  private readonly http = inject(HttpClient);

  template(format: 'csv' | 'xlsx') {
    return this.http.get('/api/v1/employees/import/template', { params: { format }, responseType: 'blob' });
  }

  upload(file: File, dryRun: boolean) {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post<ImportReport>('/api/v1/employees/import', body, { params: { dryRun }, ...silentErrors() });
  }

  job(id: string) {
    return this.http.get<ImportJob>(`/api/v1/imports/${id}`);
  }
}
