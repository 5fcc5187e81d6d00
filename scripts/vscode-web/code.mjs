#!/usr/bin/env node
// Stands in for the VS Code executable that @vscode/test-electron's runTests starts:
// it takes the same arguments (--extensionDevelopmentPath, --extensionTestsPath, a folder)
// and runs the extension tests in VS Code Server in headless Chromium, the way VS Code's
// own browser integration tests do. The exit code is the test run's.
import { format } from 'node:util';
import { launchBrowser, startCodeServer } from './code-server.mjs';

const argv = process.argv.slice(2);
const option = (name) => argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const developmentPath = option('extensionDevelopmentPath');
const testsPath = option('extensionTestsPath');
const folder = argv.find((arg) => !arg.startsWith('-'));
if (!developmentPath || !testsPath || !folder) {
  console.error('usage: code.mjs <folder> --extensionDevelopmentPath=<path> --extensionTestsPath=<path>');
  process.exit(2);
}
// A safety net for a hung run, not a speed target: a loaded machine takes several times longer.
const timeout = Number(process.env.EXTENSION_TESTS_TIMEOUT_MS ?? 900_000);

const server = await startCodeServer({
  userDataDir: option('user-data-dir'),
  extensionsDir: option('extensions-dir'),
  log: (text) => process.env.CODE_SERVER_LOG && process.stderr.write(text),
});
let browser;
const finish = async (code) => {
  await browser?.close().catch(() => {});
  server.stop();
  process.exit(code);
};
setTimeout(() => {
  console.error(`The extension tests did not finish within ${timeout / 1000} s.`);
  void finish(1);
}, timeout).unref();

try {
  browser = await launchBrowser();
  const page = browser.pages()[0] ?? (await browser.newPage());
  // The workbench reports the test run through these two functions (see VS Code's
  // test/integration/browser): mocha's output as format strings, then the exit code.
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const line = format(...args);
    (type === 'error' ? process.stderr : process.stdout).write(`${line}\n`);
  });
  await page.exposeFunction('codeAutomationExit', (code) => void finish(code));
  // WORKBENCH_LOG=1: the workbench's own warnings and errors (a refused workspace edit, a
  // failed file operation) beside the test output, to run down what a test only sees as `false`.
  if (process.env.WORKBENCH_LOG) {
    page.on('console', (message) => {
      if (message.type() === 'warning' || message.type() === 'error') process.stderr.write(`[workbench ${message.type()}] ${message.text()}\n`);
    });
  }
  const payload = [
    ['extensionDevelopmentPath', server.remote(developmentPath)],
    ['extensionTestsPath', server.remote(testsPath)],
    ['skipWelcome', 'true'],
  ];
  await page.goto(server.url(folder, payload));
} catch (error) {
  console.error(error);
  await finish(1);
}
