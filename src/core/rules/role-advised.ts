import { text } from '../i18n/text';
import { roleRule } from './roles';

/** A role that is advised but not required (its `roles`) has no named participant. */
export const roleAdvised = roleRule({
  id: 'role-advised',
  defaultSeverity: 'info',
  description: text('Een aangeraden rol heeft geen deelnemer met naam.', 'An advised role has no named participant.'),
  note: text('aangeraden, als die er is', 'advised, where available'),
});
