import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { silentErrors } from '@kompeten/admin/core';
import type { Competency, CompetencyFramework, CompetencyGroup, CompetencyKind, FrameworkDetail } from '@kompeten/shared/contract';

/** The list and detail carry an optimistic-lock counter that PATCH needs back. */
export type FrameworkRow = CompetencyFramework & { rowVersion?: number };
export type FrameworkFull = FrameworkDetail & { rowVersion?: number };

export interface CreateFrameworkBody {
  code: string;
  name: string;
  description?: string;
}

export interface UpdateFrameworkBody {
  name?: string;
  description?: string;
  rowVersion: number;
}

export interface GroupBody {
  code: string;
  name: string;
  kind: CompetencyKind;
  parentId?: string | null;
}

export interface LevelBody {
  level: number;
  defined: boolean;
  title: string;
  description: string;
  indicators: string[];
}

export interface CompetencyBody {
  groupId: string;
  code: string;
  name: string;
  definition: string;
  levels: LevelBody[];
}

/** /api/v1/competency-frameworks: kamus kompetensi, their versions, groups and competencies. */
@Injectable({ providedIn: 'root' })
export class FrameworksService {
  private readonly http = inject(HttpClient);
  private readonly base = '/api/v1/competency-frameworks';

  list() {
    return this.http.get<FrameworkRow[]>(this.base);
  }

  get(id: string) {
    return this.http.get<FrameworkFull>(`${this.base}/${id}`);
  }

  create(body: CreateFrameworkBody) {
    return this.http.post<FrameworkRow>(this.base, body, silentErrors());
  }

  update(id: string, body: UpdateFrameworkBody) {
    return this.http.patch<FrameworkRow>(`${this.base}/${id}`, body, silentErrors());
  }

  publish(id: string) {
    return this.http.post<FrameworkRow>(`${this.base}/${id}/publish`, {});
  }

  retire(id: string) {
    return this.http.post<FrameworkRow>(`${this.base}/${id}/retire`, {});
  }

  newVersion(id: string) {
    return this.http.post<FrameworkRow>(`${this.base}/${id}/new-version`, {});
  }

  addGroup(id: string, body: GroupBody) {
    return this.http.post<CompetencyGroup>(`${this.base}/${id}/groups`, body, silentErrors());
  }

  addCompetency(id: string, body: CompetencyBody) {
    return this.http.post<Competency>(`${this.base}/${id}/competencies`, body, silentErrors());
  }
}
