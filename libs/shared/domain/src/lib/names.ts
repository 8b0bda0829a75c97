/** Full name as written on letters: "Dr. Siti Rahmawati, S.E., M.Si." */
export function displayName(name: string, frontTitle?: string | null, backTitle?: string | null): string {
  const front = frontTitle?.trim();
  const back = backTitle?.trim();
  return `${front ? front + ' ' : ''}${name.trim()}${back ? ', ' + back : ''}`;
}

// Gelar are recognised by the dot inside them (S.E., M.Si., A.Md.Kom.) or from a short list of bare forms.
const TITLE_TOKEN = /^(dr|drs|dra|ir|prof|h|hj|[sm]\.[a-z.]{1,8}|a\.md(\.[a-z.]*)?|ph\.d|mba|mm|mt|msi|mpd|st|se|sh|skm|skom|sked|spd|sip|ssos|ak|ca)\.?$/i;

/**
 * Normalises a search term the way HR officers type names: case-insensitive, gelar and
 * punctuation removed ("dr. siti, s.e." → "siti").
 */
export function normaliseNameQuery(q: string): string {
  return q
    .split(/[\s,]+/)
    .map((t) => t.trim())
    .filter((t) => t && !TITLE_TOKEN.test(t))
    .join(' ')
    .replace(/[^\p{L}\p{N}' -]/gu, '')
    .toLowerCase()
    .trim();
}
