/** Auth endpoints never get a Bearer token retry: a 401 there means bad credentials, not expiry. */
export const AUTH_API = '/api/v1/auth';

export function isTokenEndpoint(url: string): boolean {
  return url.includes(`${AUTH_API}/login`) || url.includes(`${AUTH_API}/refresh`) || url.includes(`${AUTH_API}/logout`);
}

export function isApiUrl(url: string): boolean {
  return url.startsWith('/api/') || url.includes('/api/v1/');
}
