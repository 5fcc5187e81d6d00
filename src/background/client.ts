import { Worker } from 'node:worker_threads';
import type { PortableAnalysis, PortableFix, SheetSummary } from '../core/index';
import { AnalysisCancelled } from './cancelled';
import type { AnalysisJob, Request, Response, TemplateEntry } from './protocol';

export { AnalysisCancelled } from './cancelled';

type Task = {
  readonly id: number;
  /** The document an analysis is for; a newer analysis of it cancels this one. Undefined for fixes. */
  readonly key: string | undefined;
  readonly request: Request & { id: number };
  readonly resolve: (response: Response) => void;
  readonly reject: (error: Error) => void;
};

/**
 * Runs analyses in a worker thread, one at a time: an open sheet's before the programme's
 * summaries of files, otherwise in order, the newest text of each document only. A job made
 * stale by a newer one for the same document is dropped from the queue, or, when it is
 * running, stopped by ending the worker (the parse cannot be interrupted any other way);
 * the next job starts a fresh worker.
 */
export class BackgroundAnalysis {
  private worker: Worker | undefined;
  private running: Task | undefined;
  private readonly queue: Task[] = [];
  private templates: readonly TemplateEntry[] | undefined;
  private nextId = 1;
  /** Workers started so far: the first, and one after each cancellation or crash. */
  workersStarted = 0;
  /** Analyses made stale by a newer one and dropped so far: from the queue, or stopped while running. */
  cancelled = 0;

  constructor(private readonly script: string) {}

  /** The template set every analysis from now on uses, in the host's order. */
  setTemplates(entries: readonly TemplateEntry[]): void {
    this.templates = entries;
    this.worker?.postMessage({ kind: 'templates', entries } satisfies Request);
  }

  analyze(key: string, job: AnalysisJob): Promise<PortableAnalysis> {
    this.cancel(key);
    return this.enqueue(key, (id) => ({ kind: 'analyze', id, ...job })).then((response) => {
      if (response.kind !== 'analysis') throw new Error(`unexpected answer ${response.kind}`);
      return response.analysis;
    });
  }

  /** What the programme index keeps of a file; a newer request for the same path cancels this one. */
  summarize(path: string, job: AnalysisJob): Promise<SheetSummary | undefined> {
    const key = `summary:${path}`;
    this.cancel(key);
    return this.enqueue(key, (id) => ({ kind: 'summarize', id, path, ...job })).then((response) => {
      if (response.kind !== 'summary') throw new Error(`unexpected answer ${response.kind}`);
      return response.summary;
    });
  }

  /** The fixes of the given findings of `job`'s analysis, in that order. */
  fixes(job: AnalysisJob, findings: readonly number[]): Promise<readonly (readonly PortableFix[])[]> {
    return this.enqueue(undefined, (id) => ({ kind: 'fixes', id, findings, ...job })).then((response) => {
      if (response.kind !== 'fixes') throw new Error(`unexpected answer ${response.kind}`);
      return response.fixes;
    });
  }

  dispose(): void {
    for (const task of this.queue.splice(0)) task.reject(new AnalysisCancelled());
    this.stop(new AnalysisCancelled());
  }

  private enqueue(key: string | undefined, request: (id: number) => Request & { id: number }): Promise<Response> {
    return new Promise<Response>((resolve, reject) => {
      const id = this.nextId++;
      this.queue.push({ id, key, request: request(id), resolve, reject });
      this.pump();
    });
  }

  private cancel(key: string): void {
    for (let index = this.queue.length - 1; index >= 0; index--) {
      if (this.queue[index].key !== key) continue;
      this.cancelled++;
      this.queue.splice(index, 1)[0].reject(new AnalysisCancelled());
    }
    if (this.running?.key !== key) return;
    this.cancelled++;
    this.stop(new AnalysisCancelled());
  }

  /** Ends the worker and fails the task it was running. */
  private stop(reason: Error): void {
    const running = this.running;
    this.running = undefined;
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
    running?.reject(reason);
  }

  private pump(): void {
    if (this.running || this.queue.length === 0) return;
    // A sheet being edited (its analysis, its fixes) goes before the programme's reading of files.
    const first = this.queue.findIndex((waiting) => waiting.request.kind !== 'summarize');
    const task = this.queue.splice(first === -1 ? 0 : first, 1)[0];
    this.running = task;
    const worker = this.ensureWorker();
    worker.ref();
    worker.postMessage(task.request);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    // An idle worker never keeps the process alive (see pump and the answer handler).
    const worker = new Worker(this.script);
    this.workersStarted++;
    worker.on('message', (response: Response) => {
      const task = this.running;
      if (worker !== this.worker || task?.id !== response.id) return;
      this.running = undefined;
      if (response.kind === 'failed') task.reject(new Error(response.message));
      else task.resolve(response);
      if (this.queue.length === 0) worker.unref();
      this.pump();
    });
    // A crash (out of memory, a stack overflow) fails the running task; the next starts a new worker.
    const crashed = (error: Error) => {
      if (worker !== this.worker) return;
      this.stop(error);
      this.pump();
    };
    worker.on('error', crashed);
    worker.on('exit', (code) => crashed(new Error(`the analysis worker stopped (exit code ${code})`)));
    if (this.templates) worker.postMessage({ kind: 'templates', entries: this.templates } satisfies Request);
    this.worker = worker;
    return worker;
  }
}
