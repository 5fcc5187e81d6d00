import { text } from '../i18n/text';
import type { Benefit, SessionModel } from '../model/session';
import { benefitName } from './owner-missing';
import { deflectionReason, ownerSpan } from './ownership';
import type { FixDraft, Rule } from './rule';

/** Inserts the template's ownership-check table, owner filled in, after the benefit's content. */
function insertCheckFix(session: SessionModel, benefit: Benefit, owner: string): FixDraft | undefined {
  const config = session.template.ownershipCheck;
  if (!config) return undefined;
  const { eol, text: source } = session.source;
  const at = session.sections[benefit.section].contentEnd ?? benefit.heading.span.end;
  const [ownerQuestion, ...questions] = config.questions;
  const rows = [
    '| Vraag | Antwoord |',
    '|-------|----------|',
    `| ${ownerQuestion} | ${owner} |`,
    ...questions.map((question) => `| ${question} | ${config.options} |`),
  ];
  // A blank line before the table, and after it unless one follows already.
  const after = source.startsWith('\n\n', at) || at === source.length ? '' : eol;
  return {
    title: text(`Voeg de eigenaarschapscheck voor baat ${benefitName(benefit)} toe`, `Add the ownership check for benefit ${benefitName(benefit)}`),
    edits: [{ span: { start: at, end: at }, newText: `${eol}${eol}${rows.join(eol)}${after}` }],
  };
}

/** An assigned benefit whose ownership check is missing or not fully answered. */
export const ownershipUnchecked: Rule = {
  id: 'ownership-unchecked',
  defaultSeverity: 'warning',
  openItem: true,
  description: text(
    'Van een toegewezen baat is het eigenaarschap niet (volledig) getoetst.',
    'The ownership of an assigned benefit is not (fully) checked.',
  ),
  check({ session, report }) {
    const config = session.template.ownershipCheck;
    if (!config) return;
    for (const benefit of session.benefits) {
      const owner = benefit.owner;
      // A deflected owner is owner-deflected's: checking the programme's commitment is moot.
      if (owner?.state !== 'filled' || deflectionReason(session, owner.value)) continue;
      if (benefit.checks.length === 0) {
        const fix = insertCheckFix(session, benefit, owner.value);
        report({
          span: ownerSpan(owner),
          message: text(
            `Baat ${benefitName(benefit)} is toegewezen aan ${owner.value}, maar de eigenaarschapscheck ontbreekt.`,
            `Benefit ${benefitName(benefit)} is assigned to ${owner.value}, but its ownership check is missing.`,
          ),
          fixes: fix ? [fix] : [],
        });
        continue;
      }
      const open = benefit.checks.flatMap((check) => [
        ...(check.ownerCell && check.ownerCell.state !== 'filled' ? [config.questions[0]] : []),
        ...check.answers.filter((answer) => !answer.group?.options.some((option) => option.checked)).map((answer) => answer.question),
      ]);
      if (open.length === 0) continue;
      report({
        span: ownerSpan(owner),
        message: text(
          `De eigenaarschapscheck van baat ${benefitName(benefit)} is niet af: ${open.map((q) => `"${q}"`).join(', ')} nog open.`,
          `The ownership check of benefit ${benefitName(benefit)} is not done: ${open.map((q) => `"${q}"`).join(', ')} still open.`,
        ),
      });
    }
  },
};
