import fs from 'node:fs';
import path from 'node:path';

/**
 * Where Chart.js's browser build (`chart.umd.min.js`) is: the `chart.js` package in node_modules
 * (a runtime dependency, so it is in the Docker image), found from the working directory or from
 * the bundle's folder (dist/apps/comments-api). The dashboard serves it as
 * /moderate/vendor/chart.js/chart.umd.min.js; no CDN.
 */
export function chartLibraryDir(): string {
  const candidates = [path.resolve(process.cwd(), 'node_modules', 'chart.js', 'dist'), path.resolve(__dirname, '..', '..', '..', 'node_modules', 'chart.js', 'dist')];
  return candidates.find((d) => fs.existsSync(path.join(d, 'chart.umd.min.js'))) ?? candidates[0]!;
}
