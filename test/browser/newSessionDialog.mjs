// Runs New Session the way a person does: F1, the command, the template, then one answer
// per prompt (an empty answer keeps what is offered). Shared by the browser tests.

/** Opens New Session from the command palette and picks the template whose name matches. */
export async function startNewSession(page, template = /Sessie Baateigenaren/) {
  const quickInput = page.locator('.quick-input-widget');
  const field = quickInput.locator('input.input');
  // The palette lists the commands known when it opens: wait until the extension's own
  // view is in the Explorer, so its commands are known too.
  const explorer = page.locator('.activitybar .action-item', { has: page.locator('.action-label[aria-label^="Explorer"]') });
  if (!(await explorer.getAttribute('class')).includes('checked')) await explorer.click(); // a click on the open view would close it
  // Before the extension is active the view bears the extension's name; after, its title.
  await page.locator('.pane-header', { hasText: /Sessievoortgang|Session Templates/i }).waitFor({ timeout: 60_000 });
  await page.keyboard.press('F1');
  // Found by its Dutch words, as the command is titled in the chosen language.
  await field.fill('>nieuwe sessie');
  await quickInput.getByRole('option', { name: /Session Templates: Nieuwe sessie…/ }).waitFor();
  await page.keyboard.press('Enter');
  const option = quickInput.getByRole('option', { name: template });
  await option.waitFor();
  const label = await option.innerText();
  await option.click();
  return label;
}

/** Answers prompt `step` of `steps`: types the answer (when given) and presses Enter. */
export async function answerPrompt(page, step, steps, typed) {
  const quickInput = page.locator('.quick-input-widget');
  await quickInput.locator('.quick-input-title').filter({ hasText: `(${step}/${steps})` }).waitFor();
  if (typed !== undefined) await quickInput.locator('input.input').fill(typed);
  await page.keyboard.press('Enter');
}

/** Waits for a notification toast with this text and returns it. */
export async function notification(page, text) {
  const toast = page.locator('.notification-toast', { hasText: text });
  await toast.waitFor({ timeout: 30_000 });
  return toast;
}
