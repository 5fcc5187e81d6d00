/// <reference lib="dom" />
import { cellWords, prioritiesSvg } from '../core/form/priorities/svg';
import type { Priorities, PriorityCell, PriorityRow } from '../core/form/priorities/types';
import { PRIORITY_WORDS } from '../core/form/priorities/words';
import type { Language } from '../core/i18n/text';
import type { FromView, PrioritiesNotice, PrioritiesViewWords } from '../vscode/formEditor/messages';

/*
 * The benefits × sectors picture at the top of the form: a table for reading (caption, header
 * cells with scope, every level in words), and buttons that copy the same picture as an SVG
 * (the host puts the text on the clipboard) or as a PNG drawn here on a canvas.
 */

function element<K extends keyof HTMLElementTagNameMap>(tag: K, properties: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const made = Object.assign(document.createElement(tag), properties);
  made.append(...children);
  return made;
}

/** Three rising bars, as many filled as the level is high; the words beside them say it. */
function meter(): HTMLElement {
  const bars = element('span', { className: 'meter' }, element('span'), element('span'), element('span'));
  bars.setAttribute('aria-hidden', 'true');
  return bars;
}

function cell(made: PriorityCell, language: Language): HTMLTableCellElement {
  switch (made.state) {
    case 'chosen':
      return element('td', {}, element('span', { className: `pill chosen ${made.level}` }, meter(), made.label));
    case 'open':
      return element('td', {}, element('span', { className: 'pill open' }, PRIORITY_WORDS.open[language]));
    case 'several':
      return element('td', {}, element('span', { className: 'pill several' }, made.labels.join(' + '), element('span', { className: 'note' }, PRIORITY_WORDS.several[language])));
    case 'absent': {
      const dash = element('span', { className: 'pill absent' }, '—');
      dash.setAttribute('aria-hidden', 'true');
      return element('td', {}, dash, element('span', { className: 'visually-hidden' }, cellWords(made, language)));
    }
  }
}

function ownerCell(row: PriorityRow, language: Language): HTMLTableCellElement {
  const owner = row.owner;
  if (!owner) return element('td', {}, '—');
  if (!owner.name) return element('td', { className: 'owner missing' }, owner.verdictText[language]);
  const made = element('td', { className: 'owner' }, owner.name);
  if (owner.verdict !== 'ok') made.append(element('span', { className: 'note' }, owner.verdictText[language]));
  return made;
}

function table(data: Priorities, language: Language): HTMLTableElement {
  const words = (key: keyof typeof PRIORITY_WORDS) => PRIORITY_WORDS[key][language];
  const hasOwners = data.rows.some((row) => row.owner);
  const headers = [words('benefit'), ...data.sectors, ...(hasOwners ? [words('owner')] : [])];
  const head = element('thead', {}, element('tr', {}, ...headers.map((header, index) => element('th', { scope: 'col', className: index > 0 && index <= data.sectors.length ? 'sector' : '' }, header))));
  const body = element(
    'tbody',
    {},
    ...data.rows.map((row) => element('tr', {}, element('th', { scope: 'row' }, row.benefit), ...row.cells.map((made) => cell(made, language)), ...(hasOwners ? [ownerCell(row, language)] : []))),
  );
  return element('table', { className: 'priorities' }, element('caption', { id: 'priorities-caption' }, words('title')), head, body);
}

/** The picture as PNG, drawn from the SVG at twice its size so it stays sharp on a slide. */
async function pngOf(svg: string): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = element('canvas', { width: image.naturalWidth * 2, height: image.naturalHeight * 2 });
    canvas.getContext('2d')!.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the canvas made no PNG'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

async function base64Of(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000) binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
}

export class PrioritiesView {
  /** Kept across rebuilds of the form, so its buttons and what they said stay. */
  readonly element = element('section', { id: 'priorities' });
  private readonly tableHolder = element('div', { className: 'priorities-scroll' });
  private readonly copySvg = element('button', { type: 'button', id: 'priorities-copy-svg' });
  private readonly copyPng = element('button', { type: 'button', id: 'priorities-copy-png' });
  private readonly savePng = element('button', { type: 'button', id: 'priorities-save-png', hidden: true });
  private readonly status = element('p', { id: 'priorities-status', className: 'priorities-status' });
  private shown: { data: Priorities; language: Language; words: PrioritiesViewWords } | undefined;

  constructor(private readonly post: (message: FromView) => void) {
    this.element.setAttribute('aria-labelledby', 'priorities-caption');
    this.status.setAttribute('role', 'status');
    this.element.append(this.tableHolder, element('div', { className: 'priorities-actions' }, this.copySvg, this.copyPng, this.savePng), this.status);
    this.copySvg.addEventListener('click', () => this.post({ type: 'copyPrioritiesSvg' }));
    this.copyPng.addEventListener('click', () => void this.copyAsPng());
    this.savePng.addEventListener('click', () => void this.saveAsPng());
    window.addEventListener('message', (event: MessageEvent<PrioritiesNotice>) => {
      if (event.data?.type === 'prioritiesNotice') this.status.textContent = event.data.text;
    });
  }

  /** Shows the form's priorities, or nothing when the sheet has none; called with every form. */
  show(data: Priorities | undefined, language: Language, words: PrioritiesViewWords): void {
    this.element.hidden = !data;
    if (!data) {
      this.shown = undefined;
      this.tableHolder.replaceChildren();
      return;
    }
    if (this.shown && this.shown.language !== language) this.status.textContent = '';
    this.shown = { data, language, words };
    this.tableHolder.replaceChildren(table(data, language));
    this.copySvg.textContent = words.copySvg;
    this.copyPng.textContent = words.copyPng;
    this.savePng.textContent = words.savePng;
  }

  private async copyAsPng(): Promise<void> {
    if (!this.shown) return;
    const { data, language, words } = this.shown;
    const png = pngOf(prioritiesSvg(data, language));
    try {
      if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) throw new Error('no asynchronous clipboard here');
      // The item takes the promise, so the write starts while the click still counts as the person's.
      await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
      this.savePng.hidden = true;
      this.status.textContent = words.copiedPng;
    } catch (error) {
      // The browser's reason is in its own language: the view says it in ours and logs the reason.
      console.warn('The clipboard refused the PNG:', error);
      this.savePng.hidden = false;
      this.status.textContent = words.pngRefused;
    }
  }

  private async saveAsPng(): Promise<void> {
    if (!this.shown) return;
    const { data, language } = this.shown;
    this.post({ type: 'savePrioritiesPng', png: await base64Of(await pngOf(prioritiesSvg(data, language))) });
  }
}
