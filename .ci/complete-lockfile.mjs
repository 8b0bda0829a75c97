#!/usr/bin/env node
// The npm mirror this project is built against lacks some other-platform builds of optional native
// packages (e.g. @msgpackr-extract/msgpackr-extract-win32-x64@3.0.7). `npm install` then leaves them
// out of package-lock.json and `npm ci` refuses the lock as "missing". This adds each missing optional
// platform package as an entry restricted to its os/cpu/libc, which `npm ci` skips on other machines,
// exactly as a lock produced against the full registry would. Run after `npm install` changes the lock.
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const OS = ['darwin', 'linux', 'win32', 'android', 'freebsd', 'openbsd', 'netbsd', 'sunos', 'aix', 'openharmony'];
const CPU = ['arm64', 'x64', 'ia32', 'arm', 'riscv64', 'ppc64', 's390x', 'loong64', 'mips64el', 'wasm32', 'armv7'];

function platformOf(name) {
  const parts = name.split('/').pop().split(/[-_]/);
  const os = parts.find((p) => OS.includes(p)) ?? (parts.includes('win') ? 'win32' : parts.includes('wasi') ? null : null);
  const cpu = parts.find((p) => CPU.includes(p)) ?? (parts.includes('wasm32') ? 'wasm32' : null);
  const libc = parts.includes('musl') ? 'musl' : parts.includes('gnu') && os === 'linux' ? 'glibc' : null;
  return { os, cpu, libc };
}

let added = 0;
for (const [path, pkg] of Object.entries(lock.packages)) {
  for (const [dep, spec] of Object.entries(pkg.optionalDependencies ?? {})) {
    const base = path ? `${path}/node_modules/` : 'node_modules/';
    const version = String(spec).replace(/^[\^~=]/, '');
    if (lock.packages[`${base}${dep}`]) continue;
    const root = lock.packages[`node_modules/${dep}`];
    // A root entry serves only when it is the version asked for; otherwise nest it beside its parent.
    if (root && (root.version === version || !/^\d/.test(version))) continue;
    const target = root ? `${base}${dep}` : `node_modules/${dep}`;
    const { os, cpu, libc } = platformOf(dep);
    const entry = { version, dev: !!pkg.dev || undefined, optional: true };
    // An unknown platform (e.g. "all-unknown", "wasm32-wasi") is marked as never installable here.
    entry.os = os ? [os] : ['!linux', '!darwin', '!win32'];
    if (cpu) entry.cpu = [cpu];
    if (libc) entry.libc = [libc];
    lock.packages[target] = entry;
    added++;
  }
}
writeFileSync(file, JSON.stringify(lock, null, 2) + '\n');
console.log(`complete-lockfile: added ${added} platform-restricted optional entries`);
