// The analysis worker in Node's worker_threads: the extension host's thread stays free
// while a large sheet is parsed and checked.
import { parentPort } from 'node:worker_threads';
import type { Request } from './protocol';
import { AnalysisServer } from './server';

const port = parentPort;
if (!port) throw new Error('analysisWorker runs as a worker thread');
const server = new AnalysisServer((response) => port.postMessage(response));
port.on('message', (request: Request) => server.handle(request));
