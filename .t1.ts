const t0 = performance.now();
await import('./bot/app.ts');
console.log('import app', Math.round(performance.now() - t0), 'ms', 'rss', Math.round(process.memoryUsage().rss/1e6), JSON.stringify(process.memoryUsage()));
