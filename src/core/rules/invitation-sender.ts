import { text } from '../i18n/text';
import type { Rule } from './rule';

/** An invitation without a sender: someone has to send it. */
export const invitationSender: Rule = {
  id: 'invitation-sender',
  defaultSeverity: 'info',
  openItem: true,
  ownership: false,
  description: text('Een uitnodiging heeft nog geen afzender.', 'An invitation has no sender yet.'),
  check({ session, report }) {
    for (const invitation of session.records.invitations) {
      if (invitation.cells.audience.state !== 'filled' || invitation.cells.sender.state === 'filled') continue;
      report({
        span: invitation.row.span,
        message: text(
          `wie verstuurt de uitnodiging voor "${invitation.cells.audience.text}"? Vul een afzender in.`,
          `who sends the invitation for "${invitation.cells.audience.text}"? Fill in a sender.`,
        ),
      });
    }
  },
};
