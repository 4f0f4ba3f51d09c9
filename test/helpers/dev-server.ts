import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, relative } from 'node:path';
import { CONTENT, readerEnv } from './fixture.ts';
import { projectCopy } from './project.ts';

/*
 * What the dev-server test needs: a copy of the project with the real content (never the working
 * tree), `astro dev` on it, and `astro build` in a project, so a build after dev can be compared
 * with a build from scratch.
 */
export function projectWithContent(name: string): string {
  const dir = projectCopy(name);
  cpSync(CONTENT, join(dir, 'content'), { recursive: true });
  return dir;
}

/** The environment of a project copy: its own caches, inside it, as on a fresh clone. */
const envOf = (project: string) => ({
  ...readerEnv(),
  KB_CONTENT_DIR: join(project, 'content'),
  KB_CACHE_DIR: join(project, 'node_modules-astro-cache'),
  KB_CARD_CACHE: join(project, '.cache/social-cards'),
  KB_OUT_DIR: join(project, 'dist'),
  ASTRO_TELEMETRY_DISABLED: '1',
});

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

export interface DevServer {
  url: string;
  output: () => string;
  stop(): Promise<void>;
}

/** `astro dev` on the project, once it answers; its output is kept for the assertions. */
export async function startDev(project: string): Promise<DevServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [join(project, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'],
    { cwd: project, env: envOf(project) },
  );
  let output = '';
  child.stdout!.on('data', (d) => {
    output += d;
  });
  child.stderr!.on('data', (d) => {
    output += d;
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`astro dev stopped:\n${output}`);
    if (
      await fetch(`${url}/`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        // A server that does not stop in 10 s is stopped outright.
        setTimeout(() => child.exitCode === null && child.kill('SIGKILL'), 10_000).unref();
      }),
  };
}

/** `npm run build` in the project (checks, diagrams, astro build and the built-site checks). */
export function buildProject(project: string): Promise<string> {
  const child = spawn(process.execPath, [join(project, 'scripts/build.ts')], { cwd: project, env: envOf(project) });
  let output = '';
  child.stdout.on('data', (d) => {
    output += d;
  });
  child.stderr.on('data', (d) => {
    output += d;
  });
  return new Promise((resolve, reject) =>
    child.on('close', (code) => (code === 0 ? resolve(join(project, 'dist')) : reject(new Error(output)))),
  );
}

/** Every file of a folder, relative to it, with its bytes. */
export function filesOf(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (path: string) => {
    for (const name of readdirSync(path)) {
      const file = join(path, name);
      if (statSync(file).isDirectory()) walk(file);
      else out.set(relative(dir, file), readFileSync(file));
    }
  };
  walk(dir);
  return out;
}

/** The files that differ between two folders (present in one only, or with other bytes). */
export function differences(a: string, b: string): string[] {
  const left = filesOf(a);
  const right = filesOf(b);
  const names = new Set([...left.keys(), ...right.keys()]);
  return [...names].filter((n) => !left.get(n)?.equals(right.get(n) ?? Buffer.alloc(0)) || !right.has(n)).sort();
}
