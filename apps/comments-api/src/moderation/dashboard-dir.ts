import fs from 'node:fs';
import path from 'node:path';

/**
 * Where the moderator dashboard's static files are: copied next to the bundle by `nest build`
 * (dist/apps/comments-api/public/moderate), or the source folder when run from the repository.
 */
export function moderationDashboardDir(): string {
  const candidates = [path.join(__dirname, 'public', 'moderate'), path.resolve(process.cwd(), 'apps', 'comments-api', 'public', 'moderate')];
  return candidates.find((d) => fs.existsSync(path.join(d, 'index.html'))) ?? candidates[0]!;
}
