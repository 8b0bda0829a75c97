import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { silentErrors } from '@kompeten/admin/core';
import type { Assessment, AssessmentSheet, CreateAssessmentsRequest } from '@kompeten/shared/contract';

/** Assessments: an employee's history and sheet, recording a sheet, voiding one entry. */
@Injectable({ providedIn: 'root' })
export class AssessmentsService {
  private readonly http = inject(HttpClient);

  history(employeeId: string) {
    return this.http.get<Assessment[]>(`/api/v1/employees/${employeeId}/assessments`);
  }

  sheet(employeeId: string) {
    return this.http.get<AssessmentSheet>(`/api/v1/employees/${employeeId}/assessment-sheet`);
  }

  create(body: CreateAssessmentsRequest) {
    return this.http.post<Assessment[]>('/api/v1/assessments', body, silentErrors());
  }

  void(id: string, reason: string) {
    return this.http.post<Assessment>(`/api/v1/assessments/${id}/void`, { reason }, silentErrors());
  }
}
