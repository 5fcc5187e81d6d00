import type { Cell, Field, ValueState } from '../model/types';
import type { Slot } from './types';

export function fieldSlot(field: Field): Slot {
  return { type: 'field', valueSpan: field.valueSpan, state: field.state };
}

export function cellSlot(cell: Cell): Slot & { type: 'cell' } {
  return cell.missing
    ? { type: 'cell', contentSpan: cell.contentSpan, state: cell.state, missing: cell.missing }
    : { type: 'cell', contentSpan: cell.contentSpan, state: cell.state };
}

/** What an input shows: the value once filled in; the blank or placeholder as a hint until then. */
export function shownValue(state: ValueState, written: string): { value: string; hint: string } {
  return state === 'filled' ? { value: written, hint: '' } : { value: '', hint: written };
}
