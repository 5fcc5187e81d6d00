import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { buildForm, formEdits, type Form, type FormChange, type FormControl, type ProseControl } from '../../src/core/index';
import type { Span } from '../../src/core/source';
import { analyzeSheet, USER_SHEET } from '../support/documents';
import { controlsUnder, formOf } from '../support/form';
import { repoPath } from '../support/paths';

const SHEETS = readdirSync(repoPath('test/fixtures'))
  .filter((name) => name.endsWith('.md'))
  .map((name) => ({ name, text: readFileSync(repoPath('test/fixtures', name), 'utf8') }))
  .filter(({ text }) => analyzeSheet(text).session !== undefined);

function leaves(form: Form): FormControl[] {
  return form.sections.flatMap((section) => section.controls.flatMap<FormControl>((control) => (control.kind === 'table' ? [control, ...control.rows.flatMap((row) => row.cells)] : [control])));
}

function proseOf(form: Form): ProseControl[] {
  return leaves(form).filter((control): control is ProseControl => control.kind === 'prose');
}

/** The text of a prose item's HTML: its tags dropped, white space as single spaces. */
function words(prose: ProseControl): string {
  return prose.html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Where a control is written: a value, a box, a blank. */
function placesOf(control: FormControl): Span[] {
  switch (control.kind) {
    case 'choice':
      return control.options.map((option) => option.box);
    case 'checkbox':
      return [control.box];
    case 'table':
    case 'prose':
      return [];
    default: {
      const { slot } = control;
      return [slot.type === 'field' ? slot.valueSpan : slot.type === 'cell' ? slot.contentSpan : slot.span];
    }
  }
}

/** The user's sheet with text of its own under a heading of its own, before the reflection. */
function withNotes(notes: string): string {
  return USER_SHEET.replace('## Reflectie facilitator', `## Notities\n\n${notes}\n\n## Reflectie facilitator`);
}

describe('the form: the sheet’s own text, read-only', function () {
  this.timeout(30_000);

  it('shows the user’s blank sheet’s purpose, instructions and quote in their place among the controls', () => {
    const form = formOf(USER_SHEET);
    const purpose = controlsUnder(form, 'Doel van de sessie');
    assert.deepEqual(purpose.map((control) => control.kind), ['prose']);
    assert.match(words(purpose[0] as ProseControl), /^Het identificeren en toewijzen van baateigenaarschap aan sectormanagers, zodat zij eigenaarschap nemen/);
    assert.equal((purpose[0] as ProseControl).html.startsWith('<p>'), true);

    const check = controlsUnder(form, 'Check: Eigenaarschap (P2)');
    // The instruction stands before the table it is about, the field after it.
    assert.equal(check[0].kind, 'prose');
    assert.equal(words(check[0] as ProseControl), 'Voor elke toegewezen baat, beantwoord:');
    assert.equal(check[1].kind, 'table');

    const basis = controlsUnder(form, 'Theoretische basis');
    assert.deepEqual(basis.map((control) => control.kind), ['text', 'text', 'prose']);
    assert.match((basis[2] as ProseControl).html, /^<blockquote>\s*<p>"Betrokkenheid ontstaat door eigenaarschap/);
    assert.equal(basis[2].label.nl, '"Betrokkenheid ontstaat door…');

    assert.deepEqual(controlsUnder(form, 'De 6 Baten van Klant in Beeld').map((control) => control.kind === 'prose' && words(control)), ['Voor elke baat: bespreek prioriteit per sector']);
  });

  it('never repeats a heading, a field, a question that names a field, or a table as text', () => {
    const form = formOf(USER_SHEET);
    const shown = proseOf(form).map(words).join('\n');
    for (const unwanted of ['Doel van de sessie', 'Kernvragen', 'Welk leiderschap is nodig?', 'Antwoord', 'PO prioriteit', 'Baateigenaar:', 'Programma:', 'Wie is de eigenaar van deze baat?', 'Baateigenaarschap formeel vastleggen']) {
      assert.ok(!shown.includes(unwanted), `"${unwanted}" is not shown as text`);
    }
  });

  for (const { name, text } of SHEETS) {
    it(`${name}: no text item covers a control, a field, a table or a cell`, () => {
      const analysis = analyzeSheet(text);
      const form = buildForm(analysis)!;
      const session = analysis.session!;
      const prose = proseOf(form);
      const places = leaves(form).flatMap(placesOf);
      const parts = [
        ...session.fields.map((field) => ({ start: field.labelSpan.start, end: Math.max(field.labelSpan.end, field.valueSpan.end) })),
        ...session.tables.map((table) => table.span),
        ...session.tasks.map((task) => task.span),
        ...session.blanks.map((gap) => gap.span),
        ...session.placeholders.map((gap) => gap.span),
      ];
      for (const item of prose) {
        assert.ok(item.html.length > 0);
        assert.ok(!/<(table|input|img|script|h[1-6])\b/.test(item.html), `${item.id}: ${item.html}`);
        for (const place of [...places, ...parts]) assert.ok(!overlaps(item.span, place), `${item.id} (${item.span.start}–${item.span.end}) covers ${place.start}–${place.end}`);
        for (const kind of ['text', 'date', 'choice', 'checkbox', 'addRow'] as const) {
          const change = { kind, value: 'x', iso: '2027-01-01', option: 0, checked: true, values: ['x'] } as unknown as FormChange;
          assert.deepEqual(formEdits(analysis.source, item, change), [], 'read-only');
        }
      }
      // Text items stand in the sheet's order among the controls of their section.
      for (const section of form.sections) {
        const starts = section.controls.map((control) => (control.kind === 'prose' ? control.span.start : firstPlace(control)));
        const known = starts.filter((start): start is number => start !== undefined);
        assert.deepEqual(known, [...known].sort((a, b) => a - b), section.heading);
      }
    });
  }

  it('drops script, raw HTML, event handlers and javascript: links, and shows an image as its alt text', () => {
    const notes = [
      'Lees dit <script>alert(1)</script> eerst <img src=x onerror=alert(2)> en <span onmouseover="alert(3)">dit</span>.',
      '',
      '<script>alert(4)</script>',
      '',
      '<div onclick="alert(5)">blok</div>',
      '',
      '[klik](javascript:alert(6)) [ook](JAVASCRIPT:alert(7)) [data](data:text/html,<script>alert(8)</script>) [web](https://example.org/a?b=1) [blad](andere-sessie.md) [mail](mailto:pm@example.org)',
      '',
      '![Logo van het programma](https://example.org/logo.png) en ![lokaal](logo.png "titel")',
    ].join('\n');
    const form = formOf(withNotes(notes));
    const items = controlsUnder(form, 'Notities') as ProseControl[];
    const html = items.map((item) => item.html).join('\n');
    for (const unsafe of ['<script', 'alert', 'onerror', 'onmouseover', 'onclick', 'javascript:', 'data:', '<img', 'src=', '<div', '<span']) {
      assert.ok(!html.toLowerCase().includes(unsafe.toLowerCase()), `no ${unsafe} in ${html}`);
    }
    assert.match(html, /<a href="https:\/\/example.org\/a\?b=1">web<\/a>/);
    assert.match(html, /<a href="andere-sessie.md">blad<\/a>/);
    assert.match(html, /<a href="mailto:pm@example.org">mail<\/a>/);
    assert.match(html, /<a>klik<\/a>/);
    assert.match(html, /Logo van het programma en lokaal/);
  });

  it('a list or quote that holds controls: its other items show as text, each list keeping its numbers', () => {
    const notes = [
      '1. Lees eerst de instructie.',
      '2. Kijk naar de baten.',
      '3. **Actie:** ___',
      '4. Bel de sponsor.',
      '',
      '> Let op: alles is vertrouwelijk.',
      '>',
      '> **Bron:** [invullen]',
      '',
      'Zie [de handleiding][hb].',
      '',
      '[hb]: https://example.org/handleiding',
    ].join('\n');
    const controls = controlsUnder(formOf(withNotes(notes)), 'Notities');
    assert.deepEqual(
      controls.map((control) => (control.kind === 'prose' ? control.html.replace(/\n/g, '') : `${control.kind} ${control.label.nl}`)),
      [
        '<ol><li>Lees eerst de instructie.</li><li>Kijk naar de baten.</li></ol>',
        'text Actie',
        '<ol start="4"><li>Bel de sponsor.</li></ol>',
        '<blockquote><p>Let op: alles is vertrouwelijk.</p></blockquote>',
        'text Bron',
        '<p>Zie <a href="https://example.org/handleiding">de handleiding</a>.</p>',
      ],
    );
  });

  it('a paragraph under a label alone on its line is that field’s value, not text', () => {
    const controls = controlsUnder(formOf(withNotes('**Wat viel op:**\n\nDe sponsor was er niet.')), 'Notities');
    assert.deepEqual(controls.map((control) => `${control.kind} ${control.label.nl}`), ['text Wat viel op']);
  });

  it('keeps the text item’s id when its words change, so the view patches it in place', () => {
    const before = controlsUnder(formOf(USER_SHEET), 'Doel van de sessie')[0] as ProseControl;
    const after = controlsUnder(formOf(USER_SHEET.replace('Het identificeren en toewijzen', 'Het *samen* identificeren en toewijzen')), 'Doel van de sessie')[0] as ProseControl;
    assert.equal(after.id, before.id);
    assert.notEqual(after.html, before.html);
    assert.match(after.html, /<p>Het <em>samen<\/em> identificeren/);
  });
});

function firstPlace(control: FormControl): number | undefined {
  if (control.kind === 'table') return control.rows[0] ? firstPlace(control.rows[0].cells[0]) : undefined;
  return placesOf(control)[0]?.start;
}
