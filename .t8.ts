import { enableCompileCache } from 'node:module';
console.log(enableCompileCache('/tmp/cc-test'));
const t0 = performance.now();
await import('./bot/app.ts');
console.log('import app', Math.round(performance.now() - t0));
