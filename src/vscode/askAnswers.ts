import * as vscode from 'vscode';
import { defaultAnswer, participantSlots, readAnswer, text, type Day, type Language, type Prompt, type SessionTemplate } from '../core/index';

// The prompts come from the template in the sheet language (setting `language`); the words
// around them follow it too, so one dialog never mixes two languages.
export const NEW_SESSION_TITLE = text('Nieuwe sessie', 'New Session');
const IN_THIS_ORDER = text('in deze volgorde', 'in this order');

/**
 * Asks a template's prompts one after another in one input box, with "n/N" steps, a Back
 * button and validation as you type (a date shows the weekday it falls on). Resolves with
 * the typed answers, or undefined when the person presses Escape.
 */
export async function askAnswers(
  template: SessionTemplate & { readonly scaffold: string },
  prompts: readonly Prompt[],
  language: Language,
  today: Day,
): Promise<Record<string, string> | undefined> {
  const answers: Record<string, string> = {};
  const box = vscode.window.createInputBox();
  box.ignoreFocusOut = true;
  try {
    for (let step = 0; step < prompts.length; ) {
      const prompt = prompts[step];
      box.title = `${NEW_SESSION_TITLE[language]}: ${template.name[language]} (${step + 1}/${prompts.length})`;
      box.prompt = promptOf(template, prompt, language);
      box.placeholder = prompt.placeholder?.[language] ?? '';
      box.value = answers[prompt.id] ?? defaultAnswer(prompt, today);
      box.valueSelection = undefined;
      box.buttons = step > 0 ? [vscode.QuickInputButtons.Back] : [];
      const result = await ask(box, prompt, language, today);
      if (result === 'cancel') return undefined;
      if (result === 'back') {
        step--;
        continue;
      }
      answers[prompt.id] = result;
      step++;
    }
    return answers;
  } finally {
    box.dispose();
  }
}

function ask(box: vscode.InputBox, prompt: Prompt, language: Language, today: Day): Promise<string | 'back' | 'cancel'> {
  return new Promise((resolve) => {
    const validate = () => {
      const answer = readAnswer(prompt, box.value, today);
      box.validationMessage = !answer.ok
        ? answer.message[language]
        : answer.iso
          ? // Shown instead of the prompt, so it repeats the question with the day it understood.
            { message: `${prompt.label[language]}: ${weekday(answer.iso, language)}`, severity: vscode.InputBoxValidationSeverity.Info }
          : undefined;
      return answer.ok;
    };
    const subscriptions = [
      box.onDidChangeValue(validate),
      box.onDidAccept(() => {
        if (validate()) finish(box.value);
      }),
      box.onDidTriggerButton((button) => button === vscode.QuickInputButtons.Back && finish('back')),
      box.onDidHide(() => finish('cancel')),
    ];
    const finish = (result: string) => {
      for (const subscription of subscriptions) subscription.dispose();
      resolve(result);
    };
    validate();
    box.show();
  });
}

function promptOf(template: SessionTemplate & { readonly scaffold: string }, prompt: Prompt, language: Language): string {
  // For names, say which rows of the participants table they fill, in order.
  const slots = prompt.fills === 'participants' ? participantSlots(template) : [];
  return slots.length > 0 ? `${prompt.label[language]} (${IN_THIS_ORDER[language]}: ${slots.join(', ')})` : prompt.label[language];
}

function weekday(iso: string, language: Language): string {
  const [year, month, day] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}
