// One build for everything that runs: the CLI, the extension, the unit tests and the
// benchmark are bundled to CommonJS by esbuild, so the ESM-only unified packages load the
// same way everywhere. `--tests` and `--bench` add those bundles; `--watch` rebuilds.
import { build, context } from 'esbuild';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';

const args = new Set(process.argv.slice(2));
const root = new URL('..', import.meta.url).pathname;

/** The schemas compiled by ajv at build time, each as a virtual module of standalone code. */
const VALIDATORS = {
  'virtual:template-validator': 'schemas/session-template.schema.json',
  'virtual:config-validator': 'schemas/session-config.schema.json',
};

const precompiledValidators = {
  name: 'precompiled-validators',
  setup(builder) {
    builder.onResolve({ filter: /^virtual:(template|config)-validator$/ }, (resolved) => ({ path: resolved.path, namespace: 'validator' }));
    builder.onLoad({ filter: /.*/, namespace: 'validator' }, (loaded) => {
      const schemaPath = join(root, VALIDATORS[loaded.path]);
      const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
      const ajv = new Ajv({ allErrors: true, strict: true, code: { source: true, esm: true } });
      const validate = ajv.compile(schema);
      return { contents: standaloneCode(ajv, validate), loader: 'js', resolveDir: root, watchFiles: [schemaPath] };
    });
  },
};

function filesUnder(folder, suffix) {
  const found = [];
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) found.push(...filesUnder(path, suffix));
    else if (name.endsWith(suffix)) found.push(path);
  }
  return found;
}

// The analysis worker is its own bundle: the extension host starts it as a worker thread.
const entryPoints = { 'cli/session-lint': 'src/cli/session-lint.ts', extension: 'src/extension.ts', analysisWorker: 'src/background/nodeWorker.ts' };
if (args.has('--tests')) {
  for (const file of [...filesUnder(join(root, 'test/unit'), '.test.ts'), ...filesUnder(join(root, 'test/vscode'), '.ts')]) {
    entryPoints[relative(root, file).replace(/\.ts$/, '')] = file;
  }
}
if (args.has('--bench')) {
  entryPoints['bench/bench'] = 'test/bench/bench.ts';
  entryPoints['bench/activation'] = 'test/vscode-bench/index.ts';
}
// `--entry out/name=path/to/file.ts`: bundle one more file the same way (handy for experiments).
for (const arg of args) {
  const match = /^--entry=(.+?)=(.+)$/.exec(arg);
  if (match) entryPoints[match[1]] = match[2];
}

const options = {
  absWorkingDir: root,
  entryPoints,
  outdir: 'out',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // `--production` (npm run package): minified, no source maps.
  sourcemap: !args.has('--production'),
  minify: args.has('--production'),
  external: ['vscode', 'mocha', 'eslint'],
  // jsonc-parser's UMD entry hides its requires from bundlers; its ESM entry bundles cleanly.
  mainFields: ['module', 'main'],
  loader: { '.md': 'text' },
  // ESM dependencies (fdir, under tinyglobby) ask for import.meta.url, which CommonJS lacks.
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: "const importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [precompiledValidators],
  logLevel: 'warning',
};

// The form view's script runs in a webview, a browser page: its own small bundle, no Node.
const webviewOptions = {
  absWorkingDir: root,
  entryPoints: { formView: 'src/webview/formView.ts' },
  outdir: 'out',
  bundle: true,
  platform: 'browser',
  format: 'iife',
  target: 'es2022',
  sourcemap: !args.has('--production'),
  minify: args.has('--production'),
  logLevel: 'warning',
};

const NODE_BUILT_INS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/**
 * The browser bundle: a module under a `platform/` folder is taken from its `.web.ts` twin,
 * and any Node built-in that is still imported fails the build, saying who imports it.
 */
const webPlatform = {
  name: 'web-platform',
  setup(builder) {
    builder.onResolve({ filter: /\/platform\/[^/]+$/ }, (resolved) => {
      const web = join(resolved.resolveDir, `${resolved.path}.web.ts`);
      return existsSync(web) ? { path: web } : undefined;
    });
    builder.onResolve({ filter: /^[^./]/ }, (resolved) => {
      if (!NODE_BUILT_INS.has(resolved.path) && !NODE_BUILT_INS.has(resolved.path.split('/')[0])) return undefined;
      return { errors: [{ text: `"${resolved.path}" is a Node built-in, imported by ${relative(root, resolved.importer)}: the browser (vscode.dev) has none. Give it a web twin under a platform/ folder.` }] };
    });
  },
};

// The extension for the browser's extension host (vscode.dev, github.dev), a web worker: no Node.
const webExtensionOptions = {
  absWorkingDir: root,
  entryPoints: { 'web/extension': 'src/extensionWeb.ts' },
  outdir: 'out',
  bundle: true,
  platform: 'browser',
  format: 'cjs',
  target: 'es2022',
  // A package's worker build where it has one: the DOM build of an entity decoder would call document at load.
  conditions: ['worker'],
  mainFields: ['browser', 'module', 'main'],
  sourcemap: !args.has('--production'),
  minify: args.has('--production'),
  external: ['vscode'],
  loader: { '.md': 'text' },
  plugins: [webPlatform, precompiledValidators],
  logLevel: 'warning',
};

/**
 * mocha's browser build for the suites in the web worker: it is a UMD script inside an ES
 * module package, so bundled as it is it would take over the bundle's own module.exports.
 * Here it gets a module object of its own, and its mocha is the default export.
 */
const mochaBrowser = {
  name: 'mocha-browser',
  setup(builder) {
    builder.onResolve({ filter: /^mocha-browser$/ }, () => ({ path: join(root, 'node_modules', 'mocha', 'mocha.js'), namespace: 'mocha-browser' }));
    builder.onLoad({ filter: /.*/, namespace: 'mocha-browser' }, (loaded) => ({
      contents: `const module = { exports: {} };\nconst exports = module.exports;\n${readFileSync(loaded.path, 'utf8')}\nexport default module.exports;\n`,
      loader: 'js',
      resolveDir: root,
    }));
  },
};

/** The suites' `node:assert/strict`, in a worker: test/support/webAssert.ts. */
const webAssert = {
  name: 'web-assert',
  setup(builder) {
    builder.onResolve({ filter: /^(node:)?assert\/strict$/ }, () => ({ path: join(root, 'test', 'support', 'webAssert.ts') }));
  },
};

// The extension-host suites for the web worker extension host (`--tests`): one bundle, like the web extension's.
const webTestOptions = {
  ...webExtensionOptions,
  entryPoints: { 'test/vscode-web/index': 'test/vscode-web/index.ts' },
  plugins: [mochaBrowser, webAssert, webPlatform, precompiledValidators],
};

const builds = [options, webviewOptions, webExtensionOptions, ...(args.has('--tests') ? [webTestOptions] : [])];
if (args.has('--watch')) {
  for (const buildOptions of builds) await (await context(buildOptions)).watch();
} else {
  await Promise.all(builds.map((buildOptions) => build(buildOptions)));
}
