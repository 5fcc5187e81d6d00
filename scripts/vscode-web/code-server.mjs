// VS Code Server from the code-server npm package: a real VS Code (1.100) that runs offline.
// It is installed once into .vscode-test/code-server (git-ignored), apart from the project's
// own dependencies: it is large and its install scripts need settings of their own.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
export const CODE_SERVER_VERSION = '4.100.3';
const CACHE = join(ROOT, '.vscode-test', 'code-server');
const ENTRY = join(CACHE, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

function run(command, args, options) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status})`);
}

/** Installs code-server into the cache when it is not there yet; returns its entry point. */
export function ensureCodeServer() {
  if (existsSync(ENTRY)) return ENTRY;
  console.log(`Installing code-server ${CODE_SERVER_VERSION} into ${CACHE} (once, about a minute)…`);
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(
    join(CACHE, 'package.json'),
    JSON.stringify({ name: 'code-server-cache', private: true, allowScripts: { argon2: true, 'code-server': true } }, null, 2),
  );
  // @vscode/ripgrep's install downloads from GitHub unless its cache holds a build: give it Debian's rg.
  const temp = mkdtempSync(join(tmpdir(), 'code-server-install-'));
  const rg = spawnSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).stdout.trim();
  if (!rg) throw new Error('ripgrep (rg) is needed to install code-server offline: apt-get install ripgrep');
  const ripgrepCache = join(temp, 'vscode-ripgrep-cache-1.15.11');
  mkdirSync(join(temp, 'rg'), { recursive: true });
  mkdirSync(ripgrepCache, { recursive: true });
  copyFileSync(rg, join(temp, 'rg', 'rg'));
  run('tar', ['-czf', join(ripgrepCache, 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz'), '-C', join(temp, 'rg'), 'rg']);
  const env = {
    ...process.env,
    TMPDIR: temp,
    npm_config_unsafe_perm: 'true', // root: let code-server's postinstall run
    npm_config_yes: 'true', // node-pty's postinstall runs `npx node-gyp`
    npm_config_nodedir: process.env.npm_config_nodedir || '/usr', // Node's headers from the nodejs deb
    npm_config_audit: 'false',
    npm_config_fund: 'false',
  };
  run('npm', ['install', `code-server@${CODE_SERVER_VERSION}`], { cwd: CACHE, env });
  if (!existsSync(join(CACHE, 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules'))) {
    // npm 11 skips install scripts it has not been told to allow: run them now they are allowed.
    run('npm', ['rebuild', '--foreground-scripts'], { cwd: CACHE, env });
  }
  if (!existsSync(ENTRY)) throw new Error(`code-server did not install: ${ENTRY} is missing`);
  return ENTRY;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts code-server on a free loopback port with its own profile folders and resolves once
 * it listens. code-server writes into $HOME even for --version, so HOME and XDG go to a
 * temporary folder too.
 */
export async function startCodeServer({ userDataDir, extensionsDir, port, trustAll = true, log = () => {} } = {}) {
  const entry = ensureCodeServer();
  port ??= await freePort();
  const home = mkdtempSync(join(tmpdir(), 'code-server-home-'));
  userDataDir ??= join(home, 'user-data');
  extensionsDir ??= join(home, 'extensions');
  const args = [
    entry,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    ...(trustAll ? ['--disable-workspace-trust'] : []),
    '--disable-getting-started-override',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
  ];
  const child = spawn(process.execPath, args, {
    detached: true, // its own process group, so stop() ends the extension host too
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, 'config'), XDG_DATA_HOME: join(home, 'data'), XDG_CACHE_HOME: join(home, 'cache') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  await new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk) => {
      const text = chunk.toString();
      output += text;
      log(text);
      if (output.includes('HTTP server listening on')) resolve();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`code-server exited with ${code} before listening:\n${output}`)));
    setTimeout(() => reject(new Error(`code-server did not listen within 60 s:\n${output}`)), 60_000).unref();
  });
  const origin = `http://127.0.0.1:${port}`;
  return {
    port,
    origin,
    home,
    userDataDir,
    extensionsDir,
    entry,
    /** The workbench URL for a folder, with an optional test payload. */
    url(folder, payload) {
      const query = new URLSearchParams({ folder });
      if (payload) query.set('payload', JSON.stringify(payload));
      return `${origin}/?${query}`;
    },
    /** A path on this machine as the workbench addresses it. */
    remote(path) {
      return `vscode-remote://127.0.0.1:${port}${path}`;
    },
    stop,
  };
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Headless Chromium from Debian (no browser download), driven by playwright-core. */
export async function launchBrowser(viewport = { width: 1400, height: 900 }) {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'chromium-profile-'));
  return chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
  });
}
