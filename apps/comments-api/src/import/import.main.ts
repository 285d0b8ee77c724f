/** The comment import CLI's entry point (dist/apps/comments-api/import.js; `npm run import` runs it). */
import { main } from './import.cli';

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: Error) => {
    process.stderr.write(`import: failed: ${err.message}\n`);
    process.exit(1);
  },
);
