// Preloaded by bench/run.mjs into the process it measures: at exit, writes the process's peak
// resident set size (KB) to the file named by BENCH_RSS_FILE.
process.on('exit', () => {
  require('node:fs').writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS));
});
