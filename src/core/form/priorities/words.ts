import { text } from '../../i18n/text';

/** The words the picture and the view put around the sheet's own, in both languages. */
export const PRIORITY_WORDS = {
  title: text('Prioriteiten per baat en sector', 'Priorities by benefit and sector'),
  benefit: text('Baat', 'Benefit'),
  owner: text('Baateigenaar', 'Benefit owner'),
  open: text('open', 'open'),
  openLong: text('nog niet gekozen', 'not chosen yet'),
  several: text('meer dan één aangevinkt', 'more than one ticked'),
  absent: text('geen keuze in het blad', 'no choice in the sheet'),
  legend: text('Legenda', 'Legend'),
  description: text(
    'Per baat de prioriteit die elke sector koos, met de baateigenaar. Elke cel noemt de prioriteit in woorden; de kleur herhaalt die alleen.',
    'For each benefit the priority each sector chose, with the benefit owner. Every cell names the priority in words; the colour only repeats it.',
  ),
} as const;
