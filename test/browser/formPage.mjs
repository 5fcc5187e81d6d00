// What the form view's browser tests share: a workbench on a copy of the example workspace, the
// form's frame, commands by their title, and saving with a wait on the file itself.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { launchBrowser, ROOT, startCodeServer } from '../../scripts/vscode-web/code-server.mjs';

export const SHOTS = join(ROOT, 'test-results');
export const BLANK = '2026-03-05-baateigenaren-blanco.md';
export const FILLED = '2026-03-12-baateigenaren-klant-in-beeld.md';

/** VS Code Server on a fresh copy of test/workspace, with workspace settings, and a browser on it. */
export async function openWorkbench(settings = {}) {
  mkdirSync(SHOTS, { recursive: true });
  const workspace = mkdtempSync(join(tmpdir(), 'session-templates-form-'));
  cpSync(join(ROOT, 'test', 'workspace'), workspace, { recursive: true });
  mkdirSync(join(workspace, '.vscode'), { recursive: true });
  writeFileSync(join(workspace, '.vscode', 'settings.json'), JSON.stringify({ 'workbench.startupEditor': 'none', ...settings }));
  const server = await startCodeServer();
  const browser = await launchBrowser({ width: 1500, height: 950 });
  const page = browser.pages()[0] ?? (await browser.newPage());
  await page.goto(server.url(workspace, [['extensionDevelopmentPath', server.remote(ROOT)], ['skipWelcome', 'true']]));
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  await page.getByRole('treeitem', { name: 'sessies' }).click();
  return {
    server,
    browser,
    page,
    workspace,
    sheet: (name) => join(workspace, 'sessies', name),
    async close() {
      await browser.close();
      server.stop();
    },
  };
}

/**
 * Runs a command from the palette by its title, as a person does. The palette lists what the
 * focused editor allows when it opens: on a loaded machine it can open before an editor just
 * switched to has set its context, so a palette without the command is closed and opened again.
 */
export async function runCommand(page, title) {
  for (let tries = 1; ; tries++) {
    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget').waitFor({ timeout: 30_000 });
    await page.keyboard.type(title);
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
    try {
      await row.waitFor({ timeout: tries < 3 ? 10_000 : 30_000 });
    } catch (error) {
      if (tries >= 3) throw error;
      await page.keyboard.press('Escape');
      continue;
    }
    await row.click();
    return;
  }
}

/**
 * Chooses a colour theme from the palette, as a person does, and waits until the workbench
 * wears it (`vs-dark`, `hc-black`, `vs`). Just after the workbench shows, the picker may list
 * no themes yet (their extensions still loading): then it is closed and opened again.
 */
export async function chooseTheme(page, theme, workbenchClass) {
  for (let tries = 1; ; tries++) {
    await runCommand(page, 'Preferences: Color Theme');
    await page.keyboard.type(theme);
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: theme }).first();
    try {
      await row.waitFor({ timeout: 15_000 });
    } catch (error) {
      if (tries >= 4) throw error;
      await page.keyboard.press('Escape');
      continue;
    }
    await row.click();
    await page.locator(`.monaco-workbench.${workbenchClass}`).waitFor({ timeout: 60_000 });
    return;
  }
}

/** Opens a file by Quick Open (Ctrl+P), keys only. */
export async function quickOpen(page, name) {
  await page.keyboard.press('Control+P');
  await page.keyboard.type(name);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ timeout: 30_000 });
  await page.keyboard.press('Enter');
  await page.locator('.tab.active', { hasText: name }).waitFor({ timeout: 30_000 });
  // The cursor's place shows for a text editor only: the file's editor is the active one now.
  await page.locator('.statusbar-item', { hasText: /^Ln \d+, Col \d+/ }).waitFor({ timeout: 30_000 });
}

/** Opens a sheet from the Explorer and then as a form, as a person does; resolves with the form's frame once it shows. */
export async function openAsForm(page, name) {
  await page.locator('.explorer-folders-view').getByRole('treeitem', { name, exact: true }).click();
  await page.locator('.statusbar-item', { hasText: /Sessie \d+\/\d+/ }).waitFor({ timeout: 60_000 });
  await runCommand(page, 'Openen als formulier');
  const frame = formFrame(page);
  await frame.locator('main#form section').first().waitFor({ timeout: 60_000 });
  return frame;
}

/** The form view's content: an iframe inside the webview host's iframe. */
export function formFrame(page) {
  return page.frameLocator('iframe.webview').last().frameLocator('iframe').first();
}

/** Resolves with the file's text once `ready` holds for it, watching its folder (a save may replace the file). */
export function fileWhen(path, ready, label = 'the file to change') {
  return new Promise((resolve, reject) => {
    const check = () => {
      let text;
      try {
        text = readFileSync(path, 'utf8');
      } catch {
        return false;
      }
      if (!ready(text)) return false;
      watcher.close();
      clearTimeout(timer);
      resolve(text);
      return true;
    };
    const watcher = watch(dirname(path), (_event, name) => {
      if (!name || name === basename(path)) check();
    });
    const timer = setTimeout(() => {
      watcher.close();
      reject(new Error(`timed out waiting for ${label}: ${path}`));
    }, 60_000);
    check();
  });
}

/** Saves the active editor with Ctrl+S (from inside the form too) and resolves with the bytes on disk once they are `expected`. */
export async function saveAndExpect(page, path, expected, label) {
  await page.keyboard.press('Control+S');
  const saved = await fileWhen(path, (text) => text === expected, label).catch(() => readFileSync(path, 'utf8'));
  assertSame(saved, expected, label);
  return saved;
}

/** `before` with exactly one change: `from` replaced by `to` at its first place after the end of `after` (a heading, a line's start). */
export function edited(before, after, from, to) {
  const anchor = before.indexOf(after);
  assert.ok(anchor >= 0, `"${after}" in the sheet`);
  const at = before.indexOf(from, anchor + after.length);
  assert.ok(at >= 0, `"${from}" after "${after}"`);
  return before.slice(0, at) + to + before.slice(at + from.length);
}

/** Equal texts, or a message that shows where they part. */
export function assertSame(actual, expected, label) {
  if (actual === expected) return;
  let at = 0;
  while (actual[at] === expected[at]) at++;
  assert.fail(`${label}: the file differs at ${at}: ${JSON.stringify(actual.slice(Math.max(0, at - 40), at + 60))}\nexpected ${JSON.stringify(expected.slice(Math.max(0, at - 40), at + 60))}`);
}

/** The Problems panel's rows, as text. */
export async function problems(page) {
  return page.locator('.markers-panel .monaco-list-row').allInnerTexts();
}

/** Resolves once the Problems panel shows (or, with `shown` false, no longer shows) a row with this text. */
export async function problemWhen(page, text, shown = true) {
  const row = page.locator('.markers-panel .monaco-list-row', { hasText: text });
  await row.first().waitFor({ state: shown ? 'visible' : 'detached', timeout: 60_000 });
}

/** Resolves once an input of the form shows `value`: checked now and after each message the view is sent. */
export async function valueWhen(input, value) {
  await input.waitFor({ timeout: 60_000 });
  const shown = await input.evaluate(
    (element, expected) =>
      new Promise((resolve) => {
        const view = element.ownerDocument.defaultView;
        const check = () => {
          // The form may have been rebuilt: look the input up again by its id.
          const current = element.ownerDocument.getElementById(element.id) ?? element;
          if (current.value !== expected) return false;
          view.removeEventListener('message', later);
          resolve(current.value);
          return true;
        };
        // After the view's own handler has patched the form.
        const later = () => setTimeout(check, 0);
        if (!check()) view.addEventListener('message', later);
        setTimeout(() => resolve(element.ownerDocument.getElementById(element.id)?.value), 60_000);
      }),
    value,
  );
  assert.equal(shown, value);
}
