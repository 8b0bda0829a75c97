import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { silentErrors, toParams } from '@kompeten/admin/core';
import type {
  CreateEmployeeRequest,
  Employee,
  EmployeeHistoryEntry,
  EmployeeListQuery,
  EmployeeSummary,
  Page,
  UpdateEmployeeRequest,
} from '@kompeten/shared/contract';

/** /api/v1/employees: the roster, one profile, its history. */
@Injectable({ providedIn: 'root' })
export class EmployeesService {
  private readonly http = inject(HttpClient);
  private readonly base = '/api/v1/employees';

  list(query: EmployeeListQuery) {
    return this.http.get<Page<EmployeeSummary>>(this.base, { params: toParams(query) });
  }

  /** Quiet lookup for pickers: errors are not worth a snackbar while typing. */
  search(q: string, limit = 10) {
    return this.http.get<Page<EmployeeSummary>>(this.base, { params: toParams({ q, limit }), ...silentErrors() });
  }

  me() {
    return this.http.get<Employee>(`${this.base}/me`);
  }

  get(id: string) {
    return this.http.get<Employee>(`${this.base}/${id}`);
  }

  history(id: string) {
    return this.http.get<EmployeeHistoryEntry[]>(`${this.base}/${id}/history`);
  }

  create(body: CreateEmployeeRequest) {
    return this.http.post<Employee>(this.base, body, silentErrors());
  }

  update(id: string, body: UpdateEmployeeRequest) {
    return this.http.patch<Employee>(`${this.base}/${id}`, body, silentErrors());
  }
}
