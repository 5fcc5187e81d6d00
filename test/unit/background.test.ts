import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { AnalysisCancelled, BackgroundAnalysis } from '../../src/background/client';
import type { TemplateEntry } from '../../src/background/protocol';
import { analyze, builtInTemplates, fromPortable, loadTemplate, type Analysis } from '../../src/core/index';
import { repoPath } from '../support/paths';

const WORKER = repoPath('out/analysisWorker.js');
const templates = builtInTemplates().templates;
const builtInEntries: TemplateEntry[] = templates.map((template) => ({ builtIn: template.id }));
const fixture = (name: string) => readFileSync(repoPath('test/fixtures', name), 'utf8');

/** A sheet grown to about `size` characters with notes, one paragraph per line. */
function grown(size: number, sheet = fixture('baateigenaren-defects.md')): string {
  const note = 'Notitie: besproken, niets open, volgende keer verder.\n\n';
  return `${sheet}\n## Notities\n\n${note.repeat(Math.ceil(size / note.length))}`;
}

/** What a person sees of an analysis: findings, progress, and the parts of the session the features read. */
function seen(analysis: Analysis) {
  return {
    template: analysis.template?.id,
    status: analysis.status,
    findings: analysis.findings.map(({ rule, severity, ownership, message, range }) => ({ rule, severity, ownership, message, range })),
    progress: analysis.progress,
    participants: analysis.session?.participants.map((participant) => [participant.name, participant.role, participant.sector]),
    benefits: analysis.session?.benefits.map((benefit) => [benefit.number, benefit.title, benefit.owner?.value]),
    agendas: analysis.session?.agendas.map((agenda) => agenda.items.map((item) => [item.start, item.duration])),
  };
}

describe('analysis in a worker thread', function () {
  // Each test starts a worker (bundle load) and analyses sheets up to half a megabyte.
  this.timeout(120_000);
  let background: BackgroundAnalysis;

  beforeEach(() => {
    background = new BackgroundAnalysis(WORKER);
    background.setTemplates(builtInEntries);
  });
  afterEach(() => background.dispose());

  it('gives every fixture the same findings, progress and session as an analysis in this thread', async () => {
    const names = readdirSync(repoPath('test/fixtures')).filter((name) => name.endsWith('.md'));
    assert.ok(names.length >= 10);
    for (const name of names) {
      const text = fixture(name);
      const options = { language: 'en' as const, severities: { 'owner-unknown': 'error' as const } };
      const portable = await background.analyze(name, { text, options });
      const remote = fromPortable(portable, text, templates);
      assert.ok(remote, name);
      assert.deepEqual(seen(remote), seen(analyze(text, { ...options, templates })), name);
      // The session is whole again: its template is this thread's object, its source the text.
      if (remote.session) {
        assert.equal(remote.session.template, remote.template);
        assert.equal(remote.session.source.text, remote.source.text);
        // Shared parts stay shared across the crossing (a benefit's owner field is one of the sheet's fields).
        for (const benefit of remote.session.benefits) if (benefit.owner) assert.ok(remote.session.fields.includes(benefit.owner), name);
      }
    }
  });

  it('builds fixes only when asked, for the findings asked, equal to the ones built here', async () => {
    const text = fixture('baateigenaren-defects.md');
    const job = { text, options: { language: 'nl' as const } };
    const remote = fromPortable(await background.analyze('defects', job), text, templates)!;
    assert.throws(() => remote.findings[0].fixes, /built where it ran/);
    const here = analyze(text, { templates, language: 'nl' });
    const indices = here.findings.flatMap((finding, index) => (finding.fixes.length > 0 ? [index] : []));
    assert.ok(indices.length >= 5, 'the defects sheet has fixable findings');
    const fixes = await background.fixes(job, indices);
    assert.deepEqual(
      fixes,
      indices.map((index) => here.findings[index].fixes.map((fix) => ({ title: fix.title, edits: fix.edits, preferred: fix.preferred }))),
    );
  });

  it('answers fixes after the worker was replaced, by analysing the job again', async () => {
    const text = fixture('baateigenaren-defects.md');
    const job = { text, options: { language: 'en' as const } };
    await background.analyze('a', job);
    // A newer version of another sheet, cancelled while it runs, ends the worker that kept job's analysis.
    const cancelled = background.analyze('b', { text: grown(200_000), options: {} });
    background.analyze('b', { text: fixture('baateigenaren-blank.md'), options: {} }).catch(() => undefined);
    await assert.rejects(cancelled, AnalysisCancelled);
    const [fixes] = await background.fixes(job, [analyze(text, { templates, language: 'en' }).findings.findIndex((finding) => finding.fixes.length > 0)]);
    assert.ok(fixes.length > 0);
  });

  it('cancels a running analysis when a newer text of the same sheet arrives, and answers the newer one', async () => {
    const older = background.analyze('sheet', { text: grown(400_000), options: {} });
    const newerText = grown(1_000, fixture('baateigenaren-blank.md'));
    const newer = background.analyze('sheet', { text: newerText, options: {} });
    await assert.rejects(older, AnalysisCancelled);
    const analysis = fromPortable(await newer, newerText, templates)!;
    assert.equal(analysis.template?.id, 'baateigenaren');
    assert.equal(analysis.progress?.owners.lacking.length, 6);
    assert.equal(background.workersStarted, 2, 'the running parse was stopped by ending its worker');
    assert.equal(background.cancelled, 1);
  });

  it('analyses the sheet being edited before the programme’s waiting summaries of other files', async () => {
    const finished: string[] = [];
    const note = (name: string) => () => void finished.push(name);
    const busy = background.analyze('busy', { text: grown(100_000), options: {} }).then(note('busy'));
    const summaries = ['a.md', 'b.md'].map((path) => background.summarize(path, { text: grown(1_000), options: {} }).then(note(path)));
    const edited = background.analyze('edited', { text: grown(1_000), options: {} }).then(note('edited'));
    await Promise.all([busy, ...summaries, edited]);
    assert.deepEqual(finished, ['busy', 'edited', 'a.md', 'b.md']);
  });

  it('drops a waiting analysis of an older text from the queue, counting it as cancelled', async () => {
    const busy = background.analyze('other', { text: grown(200_000), options: {} });
    const waiting = background.analyze('sheet', { text: grown(1_000), options: {} });
    const newer = background.analyze('sheet', { text: grown(2_000), options: {} });
    await assert.rejects(waiting, AnalysisCancelled);
    await Promise.all([busy, newer]);
    assert.equal(background.cancelled, 1);
    assert.equal(background.workersStarted, 1, 'the worker was busy with another sheet, and kept on');
  });

  it('leaves this thread free while a large sheet is analysed', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    try {
      const text = grown(300_000);
      const started = performance.now();
      const analysis = fromPortable(await background.analyze('large', { text, options: {} }), text, templates)!;
      const took = performance.now() - started;
      assert.ok(analysis.findings.length > 0);
      // In this thread the analysis would hold every timer back until it returned; here they ran.
      assert.ok(ticks >= 5, `${ticks} timer ticks during ${Math.round(took)} ms of analysis`);
    } finally {
      clearInterval(timer);
    }
  });

  it('uses the templates it is given, in their order, and skips a broken one', async () => {
    const json = readFileSync(repoPath('src/templates/baateigenaren.template.json'), 'utf8').replace('"id": "baateigenaren"', '"id": "eigen-baten"');
    const own = loadTemplate({ file: 'eigen.template.json', json, scaffold: undefined });
    assert.ok(own.ok);
    background.setTemplates([{ source: { file: 'broken.template.json', json: '{ "id": ' } }, { source: { file: 'eigen.template.json', json } }]);
    const text = fixture('baateigenaren-blank.md');
    const portable = await background.analyze('own', { text, options: {} });
    assert.equal(portable.templateId, 'eigen-baten');
    assert.equal(fromPortable(portable, text, templates), undefined, 'a template this thread does not know gives no analysis');
    assert.equal(fromPortable(portable, text, [own.template])?.template, own.template);
  });
});
