// Nest CLI webpack config for the apps: the default, minus the per-app type checker. The
// whole repository is type-checked once by `tsc --noEmit` in scripts/lib/build-apps.mjs,
// so three builds do not check the same files three times. comments-api's build also bundles
// the comment import CLI (dist/apps/comments-api/import.js, run by `npm run import`).
const path = require('node:path');

const IMPORT_CLI = path.join(__dirname, 'apps', 'comments-api', 'src', 'import', 'import.main.ts');

module.exports = (options) => {
  const isCommentsApi = String(options.entry).includes(path.join('apps', 'comments-api', 'src', 'main'));
  return {
    ...options,
    ...(isCommentsApi ? { entry: { main: options.entry, import: IMPORT_CLI }, output: { ...options.output, filename: path.join(path.dirname(options.output.filename), '[name].js') } } : {}),
    plugins: (options.plugins ?? []).filter((p) => p.constructor?.name !== 'ForkTsCheckerWebpackPlugin'),
  };
};
