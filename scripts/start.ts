/**
 * `npm start`: generates the wrappers, builds the playground in memory and serves it, printing its
 * address. `startPlayground()` is also what the browser tests use.
 */
import { createServer } from 'node:net';
import { pathToFileURL } from 'node:url';
import webpack from 'webpack';
import WebpackDevServer from 'webpack-dev-server';
import config from '../webpack.playground.js';
import { generate } from './generate';

const HOST = '127.0.0.1';

/**
 * Rejects with the listen error (EADDRINUSE) when the port is taken. webpack-dev-server throws that
 * error from an event handler, where no caller can catch it, so the port is tried first.
 */
function checkPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(port, HOST, () => probe.close(() => resolve()));
  });
}

export async function startPlayground(port: number): Promise<{ url: string; stop: () => Promise<void> }> {
  if (port !== 0) await checkPortFree(port);
  await generate({ docs: false });
  const compiler = webpack(config);
  const server = new WebpackDevServer(
    {
      host: HOST,
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

/** The one line `npm start` prints when its port is taken, instead of a stack trace. */
export function portTakenMessage(port: number): string {
  return `Port ${port} is already in use (another npm start?). Pick another one: PORT=${port + 1} npm start`;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const port = Number(process.env.PORT ?? 8080);
  try {
    const { url } = await startPlayground(port);
    console.log(`\nROP Kit playground: ${url}\n(Ctrl+C to stop)`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    console.error(portTakenMessage(port));
    process.exit(1);
  }
}
