import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

let cached: string | undefined;

/** The minified ECharts build, inlined into every tearsheet so it works offline; read once per process. */
export function echartsSource(): string {
  if (cached === undefined) {
    const path = createRequire(import.meta.url).resolve('echarts/dist/echarts.min.js');
    cached = readFileSync(path, 'utf8');
  }
  return cached;
}
