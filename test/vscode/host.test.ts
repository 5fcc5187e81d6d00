import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, intendedHost, type ExtensionHostKind } from './helpers';

/** Where this code runs, from what the global scope is: Node has `process`, the browser's extension host is a web worker. */
function currentHost(): ExtensionHostKind | string {
  const scope = (globalThis as { constructor?: { name?: string } }).constructor?.name;
  if (typeof process === 'undefined') return scope === 'DedicatedWorkerGlobalScope' ? 'web worker' : `a scope without process: ${scope}`;
  return typeof process.versions?.node === 'string' ? 'node' : 'a process without Node';
}

describe('the extension host the suites run in', () => {
  it('is the one the runner meant (Node, or the browser’s web worker)', () => {
    assert.equal(currentHost(), intendedHost());
  });

  it('runs the extension in the same host, from the bundle made for it', async () => {
    const extension = vscode.extensions.getExtension('session-templates.session-templates');
    assert.ok(extension);
    const exports = await api();
    assert.ok(extension.isActive);
    // The web bundle has no analysis worker thread: in the browser the extension host is a worker already.
    if (intendedHost() === 'web worker') {
      assert.equal(exports.background, undefined);
      assert.equal(extension.extensionKind, vscode.ExtensionKind.UI, 'the browser’s host runs beside the workbench');
    } else {
      assert.ok(exports.background, 'the Node bundle analyses large sheets in a worker thread');
      assert.equal(extension.extensionKind, vscode.ExtensionKind.Workspace, 'the Node host runs where the files are');
    }
  });
});
