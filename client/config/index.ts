import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';

/** Repo-root `shared/`: pure TS the client compiles itself (zod schemas, credit engine). */
const sharedDir = path.resolve(__dirname, '..', '..', 'shared');

/**
 * Taro build config for both targets. Output goes to `client/dist/<TARO_ENV>` so the
 * weapp and h5 builds never overwrite each other (tests read both).
 */
export default defineConfig<'webpack5'>(() => {
  const config: UserConfigExport<'webpack5'> = {
    projectName: 'teacher-credits',
    date: '2026-11-22',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${process.env.TARO_ENV}`,
    plugins: [],
    defineConstants: {
      // H5 only: where the local server lives. Empty = same origin (the local server serves the H5 build).
      API_BASE: JSON.stringify(process.env.TARO_APP_API_BASE ?? ''),
      // weapp only: CloudBase env id; empty = the default env chosen in WeChat DevTools.
      CLOUD_ENV: JSON.stringify(process.env.TARO_APP_CLOUD_ENV ?? ''),
    },
    alias: {
      '@': path.resolve(__dirname, '..', 'src'),
      '@shared': sharedDir,
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    logger: { quiet: true, stats: false },
    mini: {
      // shared/ lives outside src/: without this its TypeScript would reach webpack untranspiled.
      compile: { include: [sharedDir] },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
    h5: {
      publicPath: './',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      compile: { include: [sharedDir] },
      webpackChain(chain) {
        // H5 pages are async chunks and Taro's splitChunks only shares initial chunks, so
        // zod and the shared schemas were copied into every page chunk (≈200 KB each).
        const splitChunks = chain.optimization.get('splitChunks') as { cacheGroups?: Record<string, unknown> } | false;
        if (!splitChunks) return;
        chain.optimization.splitChunks({
          ...splitChunks,
          cacheGroups: {
            ...splitChunks.cacheGroups,
            pagesShared: { name: 'pages-shared', chunks: 'async', minChunks: 2, priority: 5, reuseExistingChunk: true },
          },
        });
      },
      output: { filename: 'js/[name].[hash:8].js', chunkFilename: 'js/[name].[chunkhash:8].js' },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[hash].css',
        chunkFilename: 'css/[name].[chunkhash].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
  };
  return config;
});
