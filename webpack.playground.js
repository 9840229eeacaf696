// The local playground (npm start). Served from memory by webpack-dev-server and never written to
// dist/: it bundles HyperFormula, which is GPL-3.0 and stays out of the shipped add-ins.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import HtmlWebpackPlugin from 'html-webpack-plugin';

const root = dirname(fileURLToPath(import.meta.url));

/** @type {import('webpack').Configuration} */
export default {
  mode: 'development',
  devtool: false,
  target: ['web', 'es2020'],
  entry: { playground: './playground/main.ts' },
  output: { path: resolve(root, '.playground'), filename: '[name].js', clean: true },
  resolve: { extensions: ['.ts', '.js'] },
  module: { rules: [{ test: /\.ts$/, loader: 'ts-loader', options: { transpileOnly: true } }] },
  performance: { hints: false },
  plugins: [new HtmlWebpackPlugin({ template: './playground/index.html' })],
};
