const mods = process.argv.slice(2);
let last = process.memoryUsage();
let t = performance.now();
for (const m of mods) {
  await import(m);
  globalThis.gc?.();
  const now = process.memoryUsage();
  console.log(m.padEnd(45), 'ms', Math.round(performance.now() - t), 'heapUsed +', Math.round((now.heapUsed - last.heapUsed) / 1e6), 'rss +', Math.round((now.rss - last.rss) / 1e6));
  last = now; t = performance.now();
}
