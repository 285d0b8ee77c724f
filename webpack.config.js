// Nest CLI webpack config for the apps: the default, minus the per-app type checker. The
// whole repository is type-checked once by `tsc --noEmit` in scripts/lib/build-apps.mjs,
// so three builds do not check the same files three times.
module.exports = (options) => ({
  ...options,
  plugins: (options.plugins ?? []).filter((p) => p.constructor?.name !== 'ForkTsCheckerWebpackPlugin'),
});
