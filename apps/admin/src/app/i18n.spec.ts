import { readFileSync } from 'node:fs';
import { join } from 'node:path';

type Tree = { [k: string]: string | Tree };
const load = (lang: string): Tree => JSON.parse(readFileSync(join(__dirname, `../../public/i18n/${lang}.json`), 'utf8'));
const keys = (t: Tree, prefix = ''): string[] =>
  Object.entries(t).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));
const params = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  const id = load('id');
  const en = load('en');

  it('Bahasa Indonesia and English have the same keys', () => {
    const a = keys(id);
    const b = keys(en);
    expect(a.filter((k) => !b.includes(k))).toEqual([]);
    expect(b.filter((k) => !a.includes(k))).toEqual([]);
  });

  it('use the same interpolation parameters and no empty texts', () => {
    const get = (t: Tree, k: string) => k.split('.').reduce<string | Tree>((n, p) => (n as Tree)[p], t) as string;
    const wrong = keys(id).filter((k) => en && (params(get(id, k)).join() !== params(get(en, k)).join() || !get(id, k).trim() || !get(en, k).trim()));
    expect(wrong).toEqual([]);
  });
});
