import { HttpClient, HttpResponse } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { silentErrors, toParams } from '@kompeten/admin/core';
import type { CompetencyKind } from '@kompeten/shared/contract';

export type ExportFormat = 'case' | 'case10' | 'csv' | 'xlsx';
export type ImportFormat = 'case' | 'csv' | 'xlsx';

export interface ImportCounts {
  groups: number;
  competencies: number;
  levels: number;
  indicators: number;
}

export interface ExchangeIssue {
  field: string;
  message: string;
  row?: number;
}

/** Mirrors FrameworkImportReport of the API (libs/api/competency/src/lib/exchange/import-model.ts). */
export interface FrameworkImportReport {
  dryRun: boolean;
  format: ImportFormat;
  action: 'UPDATE_DRAFT' | 'NEW_VERSION' | 'NEW_FRAMEWORK' | null;
  frameworkId: string | null;
  created: ImportCounts;
  updated: ImportCounts;
  unchanged: ImportCounts;
  warnings: ExchangeIssue[];
  errors: ExchangeIssue[];
}

export interface ImportTarget {
  format: ImportFormat;
  frameworkId?: string;
  code?: string;
  name?: string;
}

export type { CompetencyKind };

/** Framework exchange: CASE 1.1/1.0, CSV and XLSX export; import with a dry run. */
@Injectable({ providedIn: 'root' })
export class FrameworkExchangeService {
  private readonly http = inject(HttpClient);
  private readonly base = '/api/v1/competency-frameworks';

  export(id: string, format: ExportFormat) {
    return this.http.get(`${this.base}/${id}/export`, { params: { format }, responseType: 'blob', observe: 'response' });
  }

  import(file: File, target: ImportTarget, dryRun: boolean) {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post<FrameworkImportReport>(`${this.base}/import`, body, {
      params: toParams({ ...target, dryRun }),
      ...silentErrors(),
    });
  }
}

/** The file name the server suggests in Content-Disposition, else a fallback. */
export function filenameOf(res: HttpResponse<Blob>, fallback: string): string {
  const cd = res.headers.get('content-disposition') ?? '';
  const m = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(cd);
  return m ? decodeURIComponent(m[1]) : fallback;
}
