import { createRequire } from 'node:module';
await import('./bot/app.ts');
const require = createRequire(import.meta.url);
const keys = Object.keys(require.cache);
const byPkg = new Map<string, number>();
for (const k of keys) { const m = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(k); const p = m ? m[1]! : 'own'; byPkg.set(p, (byPkg.get(p) ?? 0) + 1); }
console.log(keys.length, [...byPkg].sort((a, b) => b[1] - a[1]).slice(0, 30));
