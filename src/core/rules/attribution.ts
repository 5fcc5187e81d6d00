import { text } from '../i18n/text';
import type { SessionModel } from '../model/session';
import type { Span } from '../source';
import type { FixDraft, Rule } from './rule';
import { patternOf } from '../template/pattern';
import type { TemplatePattern } from '../template/pattern';

/** Small words inside Dutch surnames: `de Vries`, `van der Berg`, `'t Hart`. */
const PARTICLES = new Set(['de', 'der', 'den', 'van', 'het', "'t", 'ten', 'ter', 'te', 'in', 'op', 'la', 'le', 'du', 'von']);
const LETTER = '\\p{L}\\p{N}';
/** `Karin: …` or `- Jan de Boer: …` at the start of a line: a person quoted by name. */
const QUOTED = new RegExp(`^([ \\t]*(?:[-*+][ \\t]+|\\d+[.)][ \\t]+|>[ \\t]*)?)(\\p{Lu}[\\p{L}'’-]*(?:[ \\t]+(?:\\p{Lu}[\\p{L}'’-]*|${[...PARTICLES].join('|')})){0,3})[ \\t]*:[ \\t]+(?=\\S)`, 'gmu');

function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The ways a participant may be named: the whole name, the first name, the surname with its particles. */
function nameForms(name: string): string[] {
  const words = name.trim().split(/\s+/);
  const forms = new Set([words.join(' ')]);
  if (words.length > 1) {
    forms.add(words[0]);
    forms.add(words.slice(1).join(' '));
    const surname = words.slice(1).filter((word) => !PARTICLES.has(word.toLowerCase()));
    if (surname.length > 0) forms.add(surname.join(' '));
  }
  // Case matters: "Roos" is a person, "roos" a flower. Very short forms are left out.
  return [...forms].filter((form) => form.length >= 3 && /^\p{Lu}/u.test(form));
}

/** The spans of the results sections: headings matching `sections`, with everything under them. */
function resultSpans(session: SessionModel, patterns: readonly TemplatePattern[]): Span[] {
  const inResults = new Set<number>();
  for (const section of session.sections) {
    const parentIn = section.parent !== undefined && inResults.has(section.parent);
    if (parentIn || (section.heading && patterns.some((pattern) => pattern.test(section.heading!.text)))) inResults.add(section.index);
  }
  return session.sections
    .filter((section) => inResults.has(section.index) && section.heading)
    .map((section) => ({ start: section.heading!.span.end, end: Math.max(section.heading!.span.end, section.contentEnd ?? section.heading!.span.end) }));
}

const REMOVE = text('Naam weghalen: anoniem noteren', 'Remove the name: keep the notes anonymous');
const REPLACE = text('Vervangen door "een deelnemer"', 'Replace with "een deelnemer"');

/**
 * The notes of an anonymous session must not say who said what: a participant's name, or
 * a `Name: …` attribution, in the results sections (its `sections`) is reported, with a fix
 * that takes the name out. Elsewhere, such as the participants table, names belong.
 */
export const attribution: Rule = {
  id: 'attribution',
  defaultSeverity: 'warning',
  openItem: false,
  ownership: false,
  description: text('In de resultaten staat wie iets zei; de sessie is anoniem.', 'The results say who said something; the session is anonymous.'),
  check({ session, options, report }) {
    const patterns = ((options.sections as string[] | undefined) ?? []).map((pattern) => patternOf(session.template.patterns, pattern));
    if (patterns.length === 0) return;
    const labels = new Set(((options.labels as string[] | undefined) ?? []).map((label) => label.toLowerCase()));
    const forms = [...new Set(session.participants.filter((participant) => participant.nameCell.state === 'filled').flatMap((participant) => nameForms(participant.name)))]
      .sort((a, b) => b.length - a.length); // the whole name before its parts
    const named = forms.length > 0 ? new RegExp(`(?<![${LETTER}])(?:${forms.map(escape).join('|')})(?![${LETTER}])`, 'gu') : undefined;
    const source = session.source.text;
    for (const span of resultSpans(session, patterns)) {
      const part = source.slice(span.start, span.end);
      const taken: Span[] = [];
      for (const match of part.matchAll(QUOTED)) {
        const who = match[2];
        if (labels.has(who.toLowerCase())) continue;
        const start = span.start + match.index + match[1].length;
        const end = span.start + match.index + match[0].length;
        taken.push({ start, end });
        report({
          span: { start, end: start + who.length },
          message: text(`"${who}:" zegt wie dit zei; de sessie is anoniem. Noteer wat er gezegd is, niet door wie.`, `"${who}:" says who said this; the session is anonymous. Record what was said, not by whom.`),
          fixes: [{ title: REMOVE, edits: [{ span: { start, end }, newText: '' }] }],
        });
      }
      if (!named) continue;
      for (const match of part.matchAll(named)) {
        const start = span.start + match.index;
        const end = start + match[0].length;
        if (taken.some((other) => start < other.end && other.start < end)) continue;
        const trailing = source[end] === ' ' ? 1 : 0;
        const fixes: FixDraft[] = [
          { title: REMOVE, edits: [{ span: { start, end: end + trailing }, newText: '' }] },
          { title: REPLACE, edits: [{ span: { start, end }, newText: 'een deelnemer' }] },
        ];
        report({
          span: { start, end },
          message: text(`"${match[0]}" staat in de resultaten; de sessie is anoniem. Noteer niet wie wat zei.`, `"${match[0]}" appears in the results; the session is anonymous. Do not record who said what.`),
          fixes,
        });
      }
    }
  },
};
