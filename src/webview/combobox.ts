/// <reference lib="dom" />
import type { OwnerCandidate } from '../core/form/types';

/*
 * An owner field: a text input with a list of the participants to pick from (the people who
 * can own a benefit first), free text allowed. The ARIA combobox pattern with a listbox,
 * rather than a <datalist>, whose popup is drawn outside the page: it cannot show role and
 * sector beside a name in VS Code's colours, and a screen reader and a test cannot reach it.
 */

export interface Combobox {
  readonly element: HTMLElement;
  readonly input: HTMLInputElement;
  /** New people to offer, after the participants table changed. */
  setCandidates(candidates: readonly OwnerCandidate[]): void;
}

/** `commit` is called with the value when a person picks a name or commits what they typed (Enter, leaving the field). */
export function combobox(id: string, name: string, value: string, hint: string, candidates: readonly OwnerCandidate[], commit: (value: string) => void): Combobox {
  const input = document.createElement('input');
  Object.assign(input, { type: 'text', id, value, placeholder: hint, autocomplete: 'off' });
  const listId = `${id}-candidates`;
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-label', name);
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', listId);
  const list = document.createElement('ul');
  list.id = listId;
  list.className = 'candidates';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', name);
  list.hidden = true;
  const wrapper = document.createElement('span');
  wrapper.className = 'combobox';
  wrapper.append(input, list);

  let offered: readonly OwnerCandidate[] = sorted(candidates);
  let shown: readonly OwnerCandidate[] = [];
  let active = -1;
  // What the field held when the person came to it, as a text input's change event compares.
  let base = value;

  const send = (next: string) => {
    if (next === base) return;
    base = next;
    commit(next);
  };

  const setActive = (index: number) => {
    active = index;
    Array.from(list.children).forEach((option, position) => option.setAttribute('aria-selected', String(position === index)));
    const option = list.children[index] as HTMLElement | undefined;
    if (option) {
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const open = (filter: string) => {
    const words = filter.trim().toLocaleLowerCase();
    // Everyone while the field holds a chosen name; those whose name, role or sector match while typing.
    shown = words === '' || offered.some((candidate) => candidate.name === filter) ? offered : offered.filter((candidate) => describe(candidate).toLocaleLowerCase().includes(words));
    list.replaceChildren(
      ...shown.map((candidate, index) => {
        const option = document.createElement('li');
        option.id = `${listId}-${index}`;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        const label = document.createElement('span');
        label.textContent = candidate.name;
        const detail = document.createElement('span');
        detail.className = 'detail';
        detail.textContent = [candidate.role, candidate.sector].filter((part) => part && part !== '-').join(' · ');
        option.append(label, detail);
        // Before the input loses focus to the click, so the pick is not taken for leaving the field.
        option.addEventListener('mousedown', (event) => {
          event.preventDefault();
          pick(index);
        });
        return option;
      }),
    );
    list.hidden = shown.length === 0;
    input.setAttribute('aria-expanded', String(!list.hidden));
    active = -1;
    input.removeAttribute('aria-activedescendant');
  };

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const pick = (index: number) => {
    const candidate = shown[index];
    if (!candidate) return;
    input.value = candidate.name;
    close();
    send(candidate.name);
  };

  input.addEventListener('focus', () => {
    base = input.value;
  });
  input.addEventListener('input', () => open(input.value));
  // A click offers the list, as a select would; the keyboard opens it with the arrow keys.
  input.addEventListener('click', () => {
    if (list.hidden) open('');
  });
  input.addEventListener('keydown', (event) => {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        if (list.hidden) open('');
        if (shown.length === 0) return;
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive((active + step + shown.length) % shown.length);
        return;
      }
      case 'Enter':
        if (!list.hidden && active >= 0) {
          event.preventDefault();
          pick(active);
        } else {
          close();
          send(input.value);
        }
        return;
      case 'Escape':
        if (!list.hidden) {
          event.preventDefault();
          event.stopPropagation();
          close();
        }
        return;
    }
  });
  input.addEventListener('blur', () => {
    close();
    // A field taken out of the page by a rebuild loses focus too: its text lives on in the new one.
    if (input.isConnected) send(input.value);
  });

  return {
    element: wrapper,
    input,
    setCandidates(next) {
      offered = sorted(next);
    },
  };
}

/** The people who can own a benefit first, each group in the sheet's order. */
function sorted(candidates: readonly OwnerCandidate[]): readonly OwnerCandidate[] {
  return [...candidates].sort((a, b) => Number(b.preferred) - Number(a.preferred));
}

function describe(candidate: OwnerCandidate): string {
  return [candidate.name, candidate.role, candidate.sector].join(' ');
}
