import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { silentErrors, toParams } from '@kompeten/admin/core';
import type { CreateUserRequest, Page, Role, UpdateUserRequest, UserSummary } from '@kompeten/shared/contract';

export interface UserQuery {
  q?: string;
  role?: Role | '';
  active?: boolean | '';
  limit?: number;
  offset?: number;
}

/** /api/v1/users (ADMIN). Writes are silent: the dialogs show their own errors. */
@Injectable({ providedIn: 'root' })
export class UsersService {
  private readonly http = inject(HttpClient);
  private readonly base = '/api/v1/users';

  list(query: UserQuery) {
    return this.http.get<Page<UserSummary>>(this.base, { params: toParams(query) });
  }

  create(body: CreateUserRequest) {
    return this.http.post<UserSummary>(this.base, body, silentErrors());
  }

  update(id: string, body: UpdateUserRequest) {
    return this.http.patch<UserSummary>(`${this.base}/${id}`, body, silentErrors());
  }

  resetPassword(id: string, newPassword: string) {
    return this.http.post<void>(`${this.base}/${id}/reset-password`, { newPassword }, silentErrors());
  }
}
