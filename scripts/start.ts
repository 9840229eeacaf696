/**
 * `npm start`: generates the wrappers, builds the playground in memory and serves it, printing its
 * address. `startPlayground()` is also what the browser tests use.
 */
import { pathToFileURL } from 'node:url';
import webpack from 'webpack';
import WebpackDevServer from 'webpack-dev-server';
import config from '../webpack.playground.js';
import { generate } from './generate';

export async function startPlayground(port: number): Promise<{ url: string; stop: () => Promise<void> }> {
  await generate({ docs: false });
  const compiler = webpack(config);
  const server = new WebpackDevServer(
    {
      host: '127.0.0.1',
      port,
      static: false,
      hot: false,
      liveReload: false,
      client: false,
      devMiddleware: { stats: 'errors-only' },
      setupExitSignals: false,
    },
    compiler,
  );
  await server.start();
  const url = `http://127.0.0.1:${(server.server?.address() as { port: number }).port}/`;
  return { url, stop: () => server.stop() };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { url } = await startPlayground(Number(process.env.PORT ?? 8080));
  console.log(`\nROP Kit playground: ${url}\n(Ctrl+C to stop)`);
}
