// The extension-host suites in the browser's extension host (vscode.dev, github.dev): a web
// worker, with no Node, no file system to find test files in and no Node mocha. This one
// CommonJS bundle requires the suites that apply by name and runs them with mocha's browser
// build. The suites left out need Node themselves: New Session's drives git and files through
// Node (newSessionAnyHost covers New Session here), and the analysis worker thread exists
// only in the Node bundle.
import mocha from 'mocha-browser';
import * as vscode from 'vscode';
import type { ExtensionHostKind } from '../vscode/helpers';

/** EXTENSION_TESTS_GREP, which the worker has no environment to read: the launcher writes it beside this bundle. */
async function grep(): Promise<string | undefined> {
  const extension = vscode.extensions.getExtension('session-templates.session-templates');
  if (!extension) return undefined;
  const file = vscode.Uri.joinPath(extension.extensionUri, 'out', 'test', 'vscode-web', 'grep.txt');
  const text = await vscode.workspace.fs.readFile(file).then(
    (bytes) => new TextDecoder().decode(bytes),
    () => '',
  );
  return text || undefined;
}

function loadSuites(): void {
  require('../vscode/host.test');
  require('../vscode/sameFindings.test');
  require('../vscode/diagnostics.test');
  require('../vscode/features.test');
  require('../vscode/flow.test');
  require('../vscode/ownership.test');
  require('../vscode/configFile.test');
  require('../vscode/templates.test');
  require('../vscode/newTemplate.test');
  require('../vscode/newSessionAnyHost.test');
  require('../vscode/formEditor.test');
  require('../vscode/formPriorities.test');
  require('../vscode/formProse.test');
  require('../vscode/programmeDiagnostics.test');
  require('../vscode/programmeViews.test');
  require('../vscode/programmeReport.test');
}

async function run(): Promise<void> {
  (globalThis as { sessionTemplatesTestHost?: ExtensionHostKind }).sessionTemplatesTestHost = 'web worker';
  // The same timeout as in the Node host (test/vscode/index.ts); suites with heavier work set their own.
  mocha.setup({ ui: 'bdd', reporter: 'spec', color: false, timeout: 60_000 });
  const only = await grep();
  if (only) mocha.grep(only);
  loadSuites();
  return new Promise((resolve, reject) => {
    mocha.run((failures: number) => {
      console.log(`${mocha.suite.total() - failures} passed, ${failures} failed (web worker extension host)`);
      if (failures > 0) reject(new Error(`${failures} extension test(s) failed in the web worker extension host`));
      else resolve();
    });
  });
}

// Last, after the bundled modules ran: the workbench loads this file as CommonJS and calls run().
module.exports = { run };
