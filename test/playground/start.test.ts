import { execFile } from 'node:child_process';
import { createServer } from 'node:net';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

describe('npm start on a port that is taken', () => {
  it('says so in one line, with how to pick another port, and exits with an error', async () => {
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const port = (busy.address() as { port: number }).port;
    try {
      const failure = await run('npx', ['tsx', 'scripts/start.ts'], {
        env: { ...process.env, PORT: String(port) },
      }).then(
        () => null,
        (error: { code: number; stdout: string; stderr: string }) => error,
      );
      expect(failure?.code).toBe(1);
      expect(failure?.stderr.trim()).toBe(
        `Port ${port} is already in use (another npm start?). Pick another one: PORT=${port + 1} npm start`,
      );
      expect(failure?.stdout).not.toContain('ROP Kit playground:');
    } finally {
      busy.close();
    }
  }, 120_000);
});
