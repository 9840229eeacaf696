// Builds what SPEC.md §4 lays out: dist/addin/ (Excel) and dist/appsscript/ (Google Sheets).
// Run `npm run generate` first (npm run build does): the wrappers come from the formula specs.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import CopyPlugin from 'copy-webpack-plugin';
import CustomFunctionsMetadataPlugin from 'custom-functions-metadata-plugin';
import GasPlugin from 'gas-webpack-plugin';
import HtmlInlineScriptPlugin from 'html-inline-script-webpack-plugin';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import webpack from 'webpack';

const root = dirname(fileURLToPath(import.meta.url));
// Where the add-in is served (ADDIN_URL, read by core/excel.ts's addinUrl when generating).
const served = JSON.parse(readFileSync(resolve(root, '.generated/addin.json'), 'utf8'));

const typescript = {
  rules: [
    {
      test: /\.ts$/,
      loader: 'ts-loader',
      options: { transpileOnly: true, compilerOptions: { removeComments: false } },
    },
  ],
};

const common = {
  mode: 'production',
  // ES2020 hosts (Apps Script V8, Office's WebView2): webpack then reaches the global as `globalThis`
  // instead of its `new Function('return this')` fallback, which neither store accepts.
  target: ['web', 'es2020'],
  // No eval-based source maps: Apps Script and the Office store both refuse eval.
  devtool: false,
  resolve: { extensions: ['.ts', '.js'] },
  module: typescript,
  performance: { hints: false },
};

/**
 * functions.ru.json: Excel's metadata with the Russian descriptions, same ids and names, and no key that
 * functions.json lacks (Microsoft documents no description of a result: a strict parser could refuse one).
 */
class RussianMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('RussianMetadataPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'RussianMetadataPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        () => {
          const english = compilation.getAsset('functions.json');
          if (!english) return;
          const russian = JSON.parse(readFileSync(resolve(root, '.generated/metadata-ru.json'), 'utf8'));
          const metadata = JSON.parse(english.source.source().toString());
          for (const fn of metadata.functions) {
            const texts = russian[fn.id];
            fn.description = texts.description;
            for (const parameter of fn.parameters) parameter.description = texts.parameters[parameter.name];
          }
          compilation.emitAsset(
            'functions.ru.json',
            new webpack.sources.RawSource(JSON.stringify(metadata, null, 2)),
          );
        },
      );
    });
  }
}

/**
 * The manifest for an add-in served at `addinUrl`, which may have a path (https://host/rop-kit). The
 * manifest has no <AppDomains>: an AppDomain is an origin only, and the add-in's own origin is trusted
 * without one.
 */
export const manifestFor = (content, addinUrl) => content.toString().replaceAll(served.devUrl, addinUrl);
const withAddinUrl = (content) => manifestFor(content, served.url);

const addin = {
  ...common,
  name: 'addin',
  entry: {
    functions: './.generated/excel-functions.ts',
    taskpane: './addin/taskpane.ts',
  },
  output: { path: resolve(root, 'dist/addin'), filename: '[name].js', clean: true },
  plugins: [
    new CustomFunctionsMetadataPlugin({ output: 'functions.json', input: './.generated/excel-functions.ts' }),
    new RussianMetadataPlugin(),
    new HtmlWebpackPlugin({
      filename: 'taskpane.html',
      template: './addin/taskpane.html',
      chunks: ['functions', 'taskpane'],
      scriptLoading: 'blocking',
      inject: 'body',
    }),
    new CopyPlugin({
      patterns: [
        { from: 'manifest.xml', to: 'manifest.xml', transform: withAddinUrl },
        { from: 'assets', to: 'assets' },
      ],
    }),
  ],
};

const appsscript = {
  ...common,
  name: 'appsscript',
  entry: { Code: './appsscript/main.ts' },
  output: { path: resolve(root, 'dist/appsscript'), filename: '[name].js', clean: true },
  // Readable in the Apps Script editor, and the stubs' JSDoc (the @customfunction help) survives.
  optimization: { minimize: false, concatenateModules: false },
  plugins: [
    // The generated formula globals live in .generated/, which the default `**/*` pattern skips.
    new GasPlugin({ comment: true, include: ['appsscript/**', '.generated/**'] }),
    new CopyPlugin({ patterns: [{ from: 'appsscript/appsscript.json', to: 'appsscript.json' }] }),
  ],
};

const sidebar = {
  ...common,
  name: 'sidebar',
  // After `appsscript`, whose output folder is cleaned first.
  dependencies: ['appsscript'],
  entry: { sidebar: './appsscript/sidebar.ts' },
  output: { path: resolve(root, 'dist/appsscript'), filename: '[name].js' },
  plugins: [
    // HtmlService serves one file: the script is inlined into Sidebar.html (and sidebar.js is not kept).
    new HtmlWebpackPlugin({
      filename: 'Sidebar.html',
      template: './appsscript/Sidebar.html',
      scriptLoading: 'blocking',
      inject: 'body',
    }),
    new HtmlInlineScriptPlugin(),
  ],
};

/**
 * `webpack serve` (npm run dev-server, which `npm run start:excel` starts) serves dist/addin over
 * HTTPS on port 3000 with the Office dev certificate, as Excel requires for sideloading.
 */
export default async (env) => {
  if (!env.WEBPACK_SERVE) return [addin, appsscript, sidebar];
  const { default: devCerts } = await import('office-addin-dev-certs');
  let server = 'https';
  try {
    server = { type: 'https', options: await devCerts.getHttpsServerOptions() };
  } catch (error) {
    // Installing the CA needs admin rights (sudo on Linux, where Excel desktop does not run anyway):
    // serve with webpack-dev-server's self-signed certificate and let the user trust it by hand.
    console.warn(
      `Office dev certificate not installed (${error.message}); serving a self-signed certificate.`,
    );
  }
  return {
    ...addin,
    devServer: {
      port: 3000,
      static: false,
      hot: false,
      server,
      headers: { 'Access-Control-Allow-Origin': '*' },
    },
  };
};
