import { enableCompileCache } from 'node:module';

// Compiled code of the 1,500 modules the service loads is kept on disk (NODE_COMPILE_CACHE, else the temp folder):
// a start after the first takes about half as long. It holds code only, never data.
enableCompileCache();
await import('./service.ts');
