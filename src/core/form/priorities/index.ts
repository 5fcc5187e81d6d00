export { levelOf, prioritiesOf } from './read';
export { cellWords, prioritiesSvg } from './svg';
export type { Priorities, PriorityCell, PriorityLevel, PriorityOwner, PriorityRow } from './types';
export { PRIORITY_WORDS } from './words';
