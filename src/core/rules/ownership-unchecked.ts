import { text } from '../i18n/text';
import type { Benefit, SessionModel } from '../model/session';
import { ownerVerdict } from './owner-verdict';
import { ownerSpan } from './ownership';
import { benefitPlace } from './place';
import type { FixDraft, Rule } from './rule';

/** Inserts the template's ownership-check table, owner filled in, after the benefit's content. */
function insertCheckFix(session: SessionModel, benefit: Benefit, owner: string): FixDraft | undefined {
  const config = session.template.ownershipCheck;
  if (!config) return undefined;
  const { eol, text: source } = session.source;
  const at = session.sections[benefit.section].contentEnd ?? benefit.heading.span.end;
  const [ownerQuestion, ...questions] = config.questions;
  const place = benefitPlace(benefit);
  const rows = [
    '| Vraag | Antwoord |',
    '|-------|----------|',
    `| ${ownerQuestion} | ${owner} |`,
    ...questions.map((question) => `| ${question} | ${config.options} |`),
  ];
  // A blank line before the table, and after it unless one follows already.
  const after = source.startsWith('\n\n', at) || at === source.length ? '' : eol;
  return {
    // Its answers stay open: the table is structure, what was said is for the person to tick.
    preferred: true,
    title: text(`Voeg de eigenaarschapscheck toe voor ${place.nl}`, `Add the ownership check for ${place.en}`),
    edits: [{ span: { start: at, end: at }, newText: `${eol}${eol}${rows.join(eol)}${after}` }],
  };
}

/** An assigned benefit whose ownership check is missing, or names no owner. */
export const ownershipUnchecked: Rule = {
  id: 'ownership-unchecked',
  defaultSeverity: 'warning',
  openItem: true,
  ownership: true,
  description: text(
    'Van een toegewezen baat ontbreekt de eigenaarschapscheck, of die noemt geen eigenaar.',
    'An assigned benefit has no ownership check, or its check names no owner.',
  ),
  check({ session, report }) {
    const config = session.template.ownershipCheck;
    if (!config) return;
    for (const benefit of session.benefits) {
      const owner = benefit.owner;
      // No name, or the programme's: owner-missing and owner-deflected speak; checking its commitment is moot.
      if (!owner || ['missing', 'junk', 'deflected'].includes(ownerVerdict(session, owner.value))) continue;
      if (benefit.checks.length === 0) {
        const fix = insertCheckFix(session, benefit, owner.value);
        report({
          span: ownerSpan(owner),
          message: text(
            `toegewezen aan ${owner.value}, maar de eigenaarschapscheck ontbreekt.`,
            `assigned to ${owner.value}, but its ownership check is missing.`,
          ),
          fixes: fix ? [fix] : [],
        });
        continue;
      }
      // Unanswered questions are choice-missing's (with a fix per option); a check that names no owner is ours.
      if (benefit.checks.some((check) => check.ownerCell === undefined || check.ownerCell.state === 'filled')) continue;
      report({
        span: ownerSpan(owner),
        message: text(
          `de eigenaarschapscheck noemt geen eigenaar; vul "${config.questions[0]}" in.`,
          `the ownership check names no owner; fill in "${config.questions[0]}".`,
        ),
      });
    }
  },
};
