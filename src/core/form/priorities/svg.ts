import type { Language } from '../../i18n/text';
import { PRIORITY_WORDS } from './words';
import type { Priorities, PriorityCell, PriorityLevel, PriorityRow } from './types';

/*
 * The priorities as a standalone SVG, for a slide or a mail to the sponsor group: white
 * ground, its own colours, generic fonts, sizes worked out from the text, and every level in
 * words as well as in colour. Presentation attributes only (no style attribute or element),
 * so it passes a strict Content-Security-Policy and any sanitiser that drops styles.
 */

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";
const PAD = 24;
const CELL_PAD = 12;
const INK = '#1b1b1b';
const MUTED = '#595959';
const RULE = '#d9d9d9';
const WARN = '#a4262c';

/** A level's tint behind the words and the colour of its bars; dark text reads on every tint. */
const TONES: Readonly<Record<PriorityLevel, { tint: string; bar: string; bars: number }>> = {
  high: { tint: '#fbe3e1', bar: '#b42318', bars: 3 },
  medium: { tint: '#fdefd3', bar: '#a15c07', bars: 2 },
  low: { tint: '#e2ecfa', bar: '#1d5fb8', bars: 1 },
  other: { tint: '#ececec', bar: '#616161', bars: 0 },
};

const METER = 20;

export function prioritiesSvg(data: Priorities, language: Language): string {
  const words = (key: keyof typeof PRIORITY_WORDS) => PRIORITY_WORDS[key][language];
  const title = words('title');
  const note = (row: PriorityRow) => (row.owner && row.owner.verdict !== 'ok' && row.owner.name ? row.owner.verdictText[language] : '');
  const ownerName = (row: PriorityRow) => row.owner?.name || (row.owner ? row.owner.verdictText[language] : '—');

  const benefitWidth = Math.max(textWidth(words('benefit'), 13, true), ...data.rows.map((row) => textWidth(row.benefit, 14, true))) + 2 * CELL_PAD;
  const sectorWidth =
    Math.max(
      72,
      ...data.sectors.map((sector) => textWidth(sector, 13, true)),
      ...data.rows.flatMap((row) => row.cells.map((cell) => cellWidth(cell, language))),
    ) +
    2 * CELL_PAD;
  const hasOwners = data.rows.some((row) => row.owner);
  const ownerWidth = hasOwners
    ? Math.max(textWidth(words('owner'), 13, true), ...data.rows.map((row) => Math.max(textWidth(ownerName(row), 14, false), textWidth(note(row), 11, false)))) + 2 * CELL_PAD
    : 0;
  const twoLines = data.rows.some((row) => note(row) || row.cells.some((cell) => cell.state === 'several'));
  const rowHeight = twoLines ? 52 : 42;
  const headerHeight = 34;
  const tableWidth = benefitWidth + sectorWidth * data.sectors.length + ownerWidth;

  const legend = legendItems(data, language);
  const legendWidth = textWidth(`${words('legend')}:`, 12, true) + 12 + legend.reduce((sum, item) => sum + item.width + 18, 0);
  const subtitle = data.title;
  const contentWidth = Math.max(tableWidth, textWidth(title, 20, true), textWidth(subtitle, 13, false), legendWidth);
  const width = Math.ceil(contentWidth + 2 * PAD);

  const parts: string[] = [];
  let y = PAD + 20;
  parts.push(textAt(PAD, y, title, { size: 20, weight: 700 }));
  if (subtitle) {
    y += 22;
    parts.push(textAt(PAD, y, subtitle, { size: 13, fill: MUTED }));
  }
  const top = y + 20;

  // Header.
  let x = PAD;
  const headerBase = top + headerHeight / 2 + 5;
  parts.push(textAt(x + CELL_PAD, headerBase, words('benefit'), { size: 13, weight: 700, fill: MUTED }));
  x += benefitWidth;
  for (const sector of data.sectors) {
    parts.push(textAt(x + sectorWidth / 2, headerBase, sector, { size: 13, weight: 700, fill: MUTED, anchor: 'middle' }));
    x += sectorWidth;
  }
  if (hasOwners) parts.push(textAt(x + CELL_PAD, headerBase, words('owner'), { size: 13, weight: 700, fill: MUTED }));
  parts.push(`<line x1="${PAD}" y1="${top + headerHeight}" x2="${PAD + tableWidth}" y2="${top + headerHeight}" stroke="#8c8c8c" stroke-width="1.5"/>`);

  // Rows.
  data.rows.forEach((row, index) => {
    const rowTop = top + headerHeight + index * rowHeight;
    const middle = rowTop + rowHeight / 2;
    parts.push(textAt(PAD + CELL_PAD, middle + 5, row.benefit, { size: 14, weight: 600 }));
    let cellX = PAD + benefitWidth;
    for (const cell of row.cells) {
      parts.push(cellSvg(cell, cellX, rowTop, sectorWidth, rowHeight, language));
      cellX += sectorWidth;
    }
    if (hasOwners) {
      const verdict = note(row);
      const unnamed = !row.owner?.name;
      const nameY = verdict ? middle - 2 : middle + 5;
      parts.push(textAt(cellX + CELL_PAD, nameY, ownerName(row), unnamed ? { size: 14, fill: WARN, italic: true } : { size: 14 }));
      if (verdict) parts.push(textAt(cellX + CELL_PAD, middle + 14, verdict, { size: 11, fill: WARN }));
    }
    parts.push(`<line x1="${PAD}" y1="${rowTop + rowHeight}" x2="${PAD + tableWidth}" y2="${rowTop + rowHeight}" stroke="${RULE}" stroke-width="1"/>`);
  });

  // Legend.
  const legendTop = top + headerHeight + data.rows.length * rowHeight + 22;
  let legendX = PAD;
  parts.push(textAt(legendX, legendTop + 14, `${words('legend')}:`, { size: 12, weight: 700, fill: MUTED }));
  legendX += textWidth(`${words('legend')}:`, 12, true) + 12;
  for (const item of legend) {
    parts.push(item.draw(legendX, legendTop));
    legendX += item.width + 18;
  }
  const height = Math.ceil(legendTop + 20 + PAD);

  const summary = `${words('description')} ${data.rows.map((row) => rowSummary(data, row, language)).join(' ')}`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="priorities-title priorities-desc" font-family="${escapeXml(FONT)}">`,
    `<title id="priorities-title">${escapeXml(subtitle ? `${title} — ${subtitle}` : title)}</title>`,
    `<desc id="priorities-desc">${escapeXml(summary)}</desc>`,
    `<defs><pattern id="open-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#c8c8c8" stroke-width="2"/></pattern></defs>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...parts,
    '</svg>',
  ].join('\n');
}

/** The cell's words: its level, `open`, or the ticked options with a warning under them. */
function cellWidth(cell: PriorityCell, language: Language): number {
  switch (cell.state) {
    case 'chosen':
      return METER + textWidth(cell.label, 14, true);
    case 'open':
      return textWidth(PRIORITY_WORDS.open[language], 14, false);
    case 'several':
      return Math.max(textWidth(cell.labels.join(' + '), 14, true), textWidth(PRIORITY_WORDS.several[language], 11, false));
    case 'absent':
      return textWidth('—', 14, false);
  }
}

function cellSvg(cell: PriorityCell, x: number, y: number, width: number, height: number, language: Language): string {
  const box = { x: x + 4, y: y + 5, width: width - 8, height: height - 10 };
  const middle = y + height / 2;
  const rect = (attributes: string) => `<rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" rx="5" ${attributes}/>`;
  switch (cell.state) {
    case 'chosen': {
      const tone = TONES[cell.level];
      const contentWidth = METER + textWidth(cell.label, 14, true);
      const start = x + (width - contentWidth) / 2;
      return [rect(`fill="${tone.tint}"`), meter(start, middle, cell.level), textAt(start + METER, middle + 5, cell.label, { size: 14, weight: 600 })].join('');
    }
    case 'open':
      return [
        rect('fill="url(#open-hatch)" stroke="#8c8c8c" stroke-width="1" stroke-dasharray="4 3"'),
        textAt(x + width / 2, middle + 5, PRIORITY_WORDS.open[language], { size: 14, fill: MUTED, italic: true, anchor: 'middle' }),
      ].join('');
    case 'several':
      return [
        rect(`fill="#ffffff" stroke="${WARN}" stroke-width="2"`),
        textAt(x + width / 2, middle - 2, cell.labels.join(' + '), { size: 14, weight: 600, anchor: 'middle' }),
        textAt(x + width / 2, middle + 14, PRIORITY_WORDS.several[language], { size: 11, fill: WARN, anchor: 'middle' }),
      ].join('');
    case 'absent':
      return textAt(x + width / 2, middle + 5, '—', { size: 14, fill: MUTED, anchor: 'middle' });
  }
}

/** Three rising bars, as many filled as the level is high: the level shows without colour too. */
function meter(x: number, middle: number, level: PriorityLevel): string {
  const tone = TONES[level];
  return [0, 1, 2]
    .map((index) => {
      const barHeight = 6 + index * 4;
      const filled = index < tone.bars;
      return `<rect x="${x + index * 5}" y="${middle + 7 - barHeight}" width="3.5" height="${barHeight}" rx="1" fill="${filled ? tone.bar : 'none'}" stroke="${tone.bar}" stroke-width="1"/>`;
    })
    .join('');
}

function legendItems(data: Priorities, language: Language): { width: number; draw: (x: number, y: number) => string }[] {
  const swatch = (x: number, y: number, attributes: string) => `<rect x="${x}" y="${y}" width="28" height="20" rx="4" ${attributes}/>`;
  const levels = data.scale.map((item) => ({
    width: 34 + textWidth(item.label, 12, false),
    draw: (x: number, y: number) => swatch(x, y, `fill="${TONES[item.level].tint}"`) + meter(x + 7, y + 10, item.level) + textAt(x + 34, y + 14, item.label, { size: 12 }),
  }));
  const open = PRIORITY_WORDS.open[language];
  const several = PRIORITY_WORDS.several[language];
  return [
    ...levels,
    {
      width: 34 + textWidth(open, 12, false),
      draw: (x, y) => swatch(x, y, 'fill="url(#open-hatch)" stroke="#8c8c8c" stroke-dasharray="4 3"') + textAt(x + 34, y + 14, open, { size: 12 }),
    },
    {
      width: 34 + textWidth(several, 12, false),
      draw: (x, y) => swatch(x, y, `fill="#ffffff" stroke="${WARN}" stroke-width="2"`) + textAt(x + 34, y + 14, several, { size: 12 }),
    },
  ];
}

/** A row in words for the description: `Baat 1: …: PO Hoog, VO open; Baateigenaar: Anna de Wit.` */
function rowSummary(data: Priorities, row: PriorityRow, language: Language): string {
  const cells = row.cells.map((cell, index) => `${data.sectors[index]} ${cellWords(cell, language)}`).join(', ');
  const owner = row.owner ? `; ${PRIORITY_WORDS.owner[language]}: ${[row.owner.name, row.owner.verdict === 'ok' ? '' : row.owner.verdictText[language]].filter(Boolean).join(', ')}` : '';
  return `${row.benefit}: ${cells}${owner}.`;
}

export function cellWords(cell: PriorityCell, language: Language): string {
  switch (cell.state) {
    case 'chosen':
      return cell.label;
    case 'open':
      return PRIORITY_WORDS.openLong[language];
    case 'several':
      return `${cell.labels.join(' + ')} (${PRIORITY_WORDS.several[language]})`;
    case 'absent':
      return PRIORITY_WORDS.absent[language];
  }
}

interface TextStyle {
  readonly size: number;
  readonly weight?: number;
  readonly fill?: string;
  readonly italic?: boolean;
  readonly anchor?: 'start' | 'middle';
}

function textAt(x: number, y: number, content: string, style: TextStyle): string {
  const attributes = [
    `x="${round(x)}"`,
    `y="${round(y)}"`,
    `font-size="${style.size}"`,
    style.weight ? `font-weight="${style.weight}"` : '',
    `fill="${style.fill ?? INK}"`,
    style.italic ? 'font-style="italic"' : '',
    style.anchor === 'middle' ? 'text-anchor="middle"' : '',
  ].filter(Boolean);
  return `<text ${attributes.join(' ')}>${escapeXml(content)}</text>`;
}

const round = (value: number) => Math.round(value * 10) / 10;

export function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[character]!);
}

/**
 * About how wide a text is in a common sans-serif, from the widths of kinds of letters: on
 * the generous side, so the words fit whichever font the viewer has.
 */
export function textWidth(value: string, size: number, bold: boolean): number {
  let ems = 0;
  for (const character of value) {
    if (character === ' ') ems += 0.28;
    else if (/[iljtfI.,:;|!'()[\]]/.test(character)) ems += 0.32;
    else if (/[mwMW@—]/.test(character)) ems += 0.9;
    else if (/[A-Z]/.test(character)) ems += 0.72;
    else if (/[0-9]/.test(character)) ems += 0.62;
    else ems += 0.6;
  }
  return ems * size * (bold ? 1.1 : 1);
}
