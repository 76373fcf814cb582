const t0 = performance.now();
const { openDatabase } = await import('./bot/storage/openDatabase.ts');
const t1 = performance.now();
const db = await openDatabase({ dataDir: '/tmp/pg-c' });
const t2 = performance.now();
await import('./bot/app.ts');
const t3 = performance.now();
console.log('import storage', Math.round(t1 - t0), 'open warm', Math.round(t2 - t1), 'import app', Math.round(t3 - t2));
await db.close();
