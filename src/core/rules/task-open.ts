import { text } from '../i18n/text';
import { setBox } from './edits';
import type { Rule } from './rule';

/** An unticked GFM task item, such as a next step not yet done. */
export const taskOpen: Rule = {
  id: 'task-open',
  defaultSeverity: 'info',
  openItem: true,
  ownership: false,
  description: text('Een taak is nog niet afgevinkt.', 'A task is not ticked yet.'),
  check({ session, report }) {
    for (const task of session.tasks) {
      if (task.checked) continue;
      report({
        span: task.span,
        message: text(`taak "${task.text}" staat nog open.`, `task "${task.text}" is still open.`),
        fixes: [
          {
            title: text('Vink de taak af', 'Tick the task'),
            edits: setBox({ span: task.span, checked: false }, true),
          },
        ],
      });
    }
  },
};
