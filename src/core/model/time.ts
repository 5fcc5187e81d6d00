/** Reads `09:30` or `9.30` as minutes since midnight. */
export function parseClock(value: string): number | undefined {
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(value.trim());
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  return hours < 24 && minutes < 60 ? hours * 60 + minutes : undefined;
}

export function formatClock(minutes: number): string {
  const wrapped = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(wrapped / 60)).padStart(2, '0')}:${String(wrapped % 60).padStart(2, '0')}`;
}

const DURATION_PART = /(\d+(?:[.,]\d+)?)\s*(uren|uur|u|hours?|hrs?|h|minuten|minuut|minutes?|mins?|m)?\.?(?![a-z])/giy;

/** Reads `15 min`, `15 min.`, `1 uur`, `1,5 uur`, `1u30`, `1 h 30 min` or a bare `45` (minutes). */
export function parseDuration(value: string): number | undefined {
  const text = value.trim().toLowerCase();
  if (text === '') return undefined;
  let total = 0;
  let position = 0;
  let parts = 0;
  DURATION_PART.lastIndex = 0;
  while (position < text.length) {
    DURATION_PART.lastIndex = position;
    const match = DURATION_PART.exec(text);
    if (!match) return undefined;
    const amount = Number(match[1].replace(',', '.'));
    const unit = match[2] ?? (parts > 0 ? 'm' : 'min');
    total += /^(uur|uren|u|hours?|hrs?|h)$/.test(unit) ? amount * 60 : amount;
    parts++;
    position = DURATION_PART.lastIndex;
    while (position < text.length && /[\s,+]/.test(text[position])) position++;
    if (text.startsWith('en ', position)) position += 3;
  }
  return parts > 0 ? Math.round(total) : undefined;
}
