import { text, type Text } from '../i18n/text';
import type { ChoiceGroup } from '../model/types';

/** `PO prioriteit` → `PO`; undefined when the choice is not a priority. */
function priorityOf(group: ChoiceGroup): string | undefined {
  const match = /^(.*?)[\s-]*prioriteit$/iu.exec(group.context.trim());
  return match ? match[1] : undefined;
}

/** `nog geen PO-prioriteit gekozen` or `nog niets gekozen bij "Akkoord?"`, with the options. */
export function nothingChosen(group: ChoiceGroup): Text {
  const options = group.options.map((option) => option.label).join(' / ');
  const priority = priorityOf(group);
  if (priority !== undefined) {
    return priority
      ? text(`nog geen ${priority}-prioriteit gekozen (${options}).`, `no ${priority} priority chosen yet (${options}).`)
      : text(`nog geen prioriteit gekozen (${options}).`, `no priority chosen yet (${options}).`);
  }
  if (!group.context) return text(`nog niets gekozen (${options}).`, `nothing chosen yet (${options}).`);
  return text(`nog niets gekozen bij "${group.context}" (${options}).`, `nothing chosen yet for "${group.context}" (${options}).`);
}

/** `meer dan één PO-prioriteit gekozen` or `meer dan één keuze bij "Akkoord?"`. */
export function moreThanOneChosen(group: ChoiceGroup): Text {
  const priority = priorityOf(group);
  if (priority !== undefined) {
    return priority
      ? text(`meer dan één ${priority}-prioriteit gekozen`, `more than one ${priority} priority chosen`)
      : text('meer dan één prioriteit gekozen', 'more than one priority chosen');
  }
  if (!group.context) return text('meer dan één keuze', 'more than one choice');
  return text(`meer dan één keuze bij "${group.context}"`, `more than one choice for "${group.context}"`);
}
