import { text } from '../i18n/text';
import { roleRule } from './roles';

/** A role the session needs (its `roles`) has no named participant. */
export const roleMissing = roleRule({
  id: 'role-missing',
  defaultSeverity: 'info',
  description: text('Een rol die de sessie nodig heeft, heeft nog geen deelnemer met naam.', 'A role the session needs has no named participant yet.'),
});
