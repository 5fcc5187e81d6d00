import { text, type Text } from '../i18n/text';
import { normaliseName } from '../model/names';
import type { Participant, SessionModel } from '../model/session';
import type { Cell, Field } from '../model/types';
import { setCellValue, setFieldValue } from './edits';
import type { FixDraft } from './rule';
import { patternOf } from '../template/pattern';
import type { TemplatePattern } from '../template/pattern';

/** What counts as pushing ownership back to the programme, unless a template says otherwise. */
export const DEFLECTION_DEFAULTS = {
  names: ['programma', 'het programma', 'programmateam', 'programmabureau', 'programmaorganisatie', 'programme', 'program'],
  roles: ['^programma\\s*manager$', '^programme manager$'],
};

interface Deflection {
  readonly names: readonly string[];
  readonly roles: readonly TemplatePattern[];
}

const cache = new WeakMap<SessionModel, Deflection>();

/** The owner-deflected settings of the sheet's template, with the defaults filled in. */
export function deflectionOf(session: SessionModel): Deflection {
  let found = cache.get(session);
  if (!found) {
    const settings = session.template.rules['owner-deflected'] ?? {};
    const names = (settings.names as string[] | undefined) ?? DEFLECTION_DEFAULTS.names;
    const roles = (settings.roles as string[] | undefined) ?? DEFLECTION_DEFAULTS.roles;
    found = { names: names.map(normaliseName), roles: roles.map((role) => patternOf(session.template.patterns, role)) };
    cache.set(session, found);
  }
  return found;
}

/** Named participants by every run of leading words of their name (`anna`, `anna de`, `anna de wit`), and by whole name. */
interface ParticipantIndex {
  readonly byLeadingWords: ReadonlyMap<string, number>;
  readonly byName: ReadonlyMap<string, number>;
}

const participantIndexes = new WeakMap<SessionModel, ParticipantIndex>();

function participantIndex(session: SessionModel): ParticipantIndex {
  let index = participantIndexes.get(session);
  if (index) return index;
  const byLeadingWords = new Map<string, number>();
  const byName = new Map<string, number>();
  session.participants.forEach((participant, position) => {
    if (participant.nameCell.state !== 'filled') return;
    const name = normaliseName(participant.name);
    if (name === '') return;
    if (!byName.has(name)) byName.set(name, position);
    for (const words of leadingWords(name)) if (!byLeadingWords.has(words)) byLeadingWords.set(words, position);
  });
  index = { byLeadingWords, byName };
  participantIndexes.set(session, index);
  return index;
}

/** `anna de wit` → `anna`, `anna de`, `anna de wit`. */
function leadingWords(name: string): string[] {
  const words = name.split(' ');
  return words.map((_, count) => words.slice(0, count + 1).join(' '));
}

/**
 * The participant an owner as written refers to (see namesMatch), the most specific first:
 * the same name; else the participant whose whole name is the most leading words of it
 * (`Bram Jansen (PO)` is Bram Jansen even when a `Bram` takes part too); else the first whose
 * name starts with it (`Anna` for `Anna de Wit`). Looked up, not searched, so checking every
 * owner of a long sheet stays linear.
 */
export function findParticipant(session: SessionModel, name: string): Participant | undefined {
  const written = normaliseName(name);
  if (written === '') return undefined;
  const index = participantIndex(session);
  const prefixes = leadingWords(written);
  for (let count = prefixes.length - 1; count >= 0; count--) {
    const position = index.byName.get(prefixes[count]);
    if (position !== undefined) return session.participants[position];
  }
  const position = index.byLeadingWords.get(written);
  return position === undefined ? undefined : session.participants[position];
}

export function hasDeflectedRole(session: SessionModel, participant: Participant): boolean {
  return deflectionOf(session).roles.some((role) => role.test(participant.role.trim()));
}

/**
 * Why an owner as written is the programme rather than a person who owns the benefit.
 * `byRole: false` accepts the programme manager as a person (for agreements, which may
 * well be the programme's to do); only the programme as a faceless owner counts then.
 */
export function deflectionReason(session: SessionModel, owner: string, byRole = true): Text | undefined {
  const normalised = ` ${normaliseName(owner).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const word = deflectionOf(session).names.find((name) => normalised.includes(` ${name} `));
  if (word !== undefined) {
    return text(
      `"${owner}" legt het eigenaarschap terug bij het programma ("Dat is van het programma"); een baat hoort bij een sectormanager die eraan deelneemt.`,
      `"${owner}" hands ownership back to the programme ("Dat is van het programma"); a benefit belongs to a sector manager who takes part.`,
    );
  }
  const participant = byRole ? findParticipant(session, owner) : undefined;
  if (participant && hasDeflectedRole(session, participant)) {
    return text(
      `${participant.name} is ${participant.role}, dus ligt het eigenaarschap weer bij het programma ("Dat is van het programma"); kies een sectormanager.`,
      `${participant.name} is ${participant.role}, which puts ownership back with the programme ("Dat is van het programma"); choose a sector manager.`,
    );
  }
  return undefined;
}

const candidateLists = new WeakMap<SessionModel, readonly Participant[]>();

/**
 * The people who can own a benefit: named participants whose role is not the programme's
 * and whose name is not one of the programme's own (a row named `Programmateam`).
 * Worked out once per session: every owner fix of a long sheet offers the same people.
 */
export function ownerCandidates(session: SessionModel): Participant[] {
  let candidates = candidateLists.get(session);
  if (!candidates) {
    const seen = new Set<string>();
    candidates = session.participants.filter((participant) => {
      if (participant.nameCell.state !== 'filled' || hasDeflectedRole(session, participant)) return false;
      if (deflectionReason(session, participant.name, false) !== undefined) return false;
      const key = normaliseName(participant.name);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    candidateLists.set(session, candidates);
  }
  return [...candidates];
}

/** One fix per candidate, writing their name into a field or a cell; never the name already there. */
export function pickOwnerFixes(session: SessionModel, target: Field | Cell): FixDraft[] {
  const current = normaliseName('label' in target ? target.value : target.text);
  const others = ownerCandidates(session).filter((participant) => normaliseName(participant.name) !== current);
  return others.map((participant) => {
    const detail = [participant.role, participant.sector].filter((part) => part && part !== '-').join(', ');
    const who = detail ? `${participant.name} (${detail})` : participant.name;
    return {
      title: text(`Maak ${who} eigenaar`, `Make ${who} the owner`),
      edits: ['label' in target ? setFieldValue(target, participant.name) : setCellValue(target, participant.name)],
    };
  });
}

/** Where a benefit's owner is reported: the value, or the label when there is no value. */
export function ownerSpan(field: Field) {
  return field.state === 'empty' ? field.labelSpan : field.valueSpan;
}
