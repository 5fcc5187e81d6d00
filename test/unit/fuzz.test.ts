import assert from 'node:assert/strict';
import { fuzz } from '../support/fuzz';

describe('fuzzed sheets (fixed seed, time-budgeted; `npm run fuzz` runs longer)', function () {
  // The budget is 3 s of sheets; the timeout leaves room for a busy machine.
  this.timeout(30_000);

  it('never throw, keep every range inside the document, and each first fix removes its finding and adds no error; hostile templates load or are refused, never hang', () => {
    const figures = fuzz(20261129, 3000, 2, 20);
    assert.deepEqual(figures.failures, []);
    assert.ok(figures.sheets >= 20 && figures.fixesChecked > 0 && figures.templates > 0, JSON.stringify({ ...figures, slowestSheet: undefined }));
  });
});
