/**
 * CSV and JSON lines of the examiner reports. Pure: no Nest, no database.
 * CSV per RFC 4180 (every field quoted when it needs to be), with a cell that
 * a spreadsheet would read as a formula (= + - @, tab, carriage return first)
 * prefixed with an apostrophe.
 */
export type Cell = string | number | boolean | Date | null | readonly string[];

export function csvCell(v: Cell): string {
  if (v === null || v === undefined) return '';
  let s: string;
  if (v instanceof Date) s = v.toISOString();
  else if (Array.isArray(v)) s = v.join(';');
  else s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(values: readonly Cell[]): string {
  return values.map(csvCell).join(',') + '\r\n';
}

export function jsonValue(v: Cell): unknown {
  if (v instanceof Date) return v.toISOString();
  return v ?? null;
}

/** One row as a JSON object, keyed by column. */
export function jsonRow(columns: readonly string[], values: readonly Cell[]): string {
  const o: Record<string, unknown> = {};
  columns.forEach((c, i) => (o[c] = jsonValue(values[i])));
  return JSON.stringify(o);
}
