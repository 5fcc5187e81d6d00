/** The answer to a job that a newer one made pointless (the text changed again). */
export class AnalysisCancelled extends Error {
  constructor() {
    super('analysis cancelled: the text changed');
  }
}
