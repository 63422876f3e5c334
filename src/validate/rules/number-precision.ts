import type { DiagnosticSink } from '../../diagnostics/diagnostic.js';
import { rule } from '../../diagnostics/rules/plan/number-precision.js';
import type { SourceFile } from '../../dataset/source-file.js';
import { walk } from './limits.js';

/** The most decimals a published figure may have: with a unit's rescaling (亿元 → billion) it stays within what Intl.NumberFormat prints. */
const maxDecimals = 6;
/** A double holds 15 significant decimal digits exactly. */
const maxDigits = 15;

/** Decimals and significant digits of a number as written ("1.50" → 2 and 3; "1.5e-7" → 8 and 2). */
function writtenPrecision(raw: string): { decimals: number; digits: number } | undefined {
  const match = /^[+-]?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(raw.replace(/_/g, ''));
  if (!match) return undefined;
  const whole = match[1] ?? '';
  const fraction = match[2] ?? '';
  const exponent = Number(match[3] ?? 0);
  const digits = `${whole}${fraction}`.replace(/^0+/, '').length;
  return { decimals: Math.max(0, fraction.length - exponent), digits };
}

/** plan:number-precision — every number can be shown exactly as written. */
export function numberPrecision(file: SourceFile, sink: DiagnosticSink): void {
  columnDecimals(file, sink);
  walk(file.value, [], (value, path) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) return;
    const raw = file.rawScalar(path) ?? String(value);
    const written = writtenPrecision(raw);
    if (written && written.decimals > maxDecimals) {
      sink.add({
        ruleId: 'plan:number-precision',
        file: file.path,
        place: file.locate(path),
        message: rule.messages.tooManyDecimals(raw, written.decimals, maxDecimals),
      });
    } else if (Math.abs(value) >= 10 ** maxDigits || (written && written.digits > maxDigits)) {
      sink.add({
        ruleId: 'plan:number-precision',
        file: file.path,
        place: file.locate(path),
        message: rule.messages.tooManyDigits(raw, maxDigits),
      });
    }
  });
}

/**
 * A table's values and its total against their column's declared `decimals`: a value written with
 * more decimals than its column declares is an error (the workbook formats a column of
 * `decimals: 0` as whole numbers: 30.5 showed as 31, and the check of sums rounded alike).
 */
function columnDecimals(file: SourceFile, sink: DiagnosticSink): void {
  const tables = (file.value as { tables?: unknown } | null)?.tables;
  if (!Array.isArray(tables)) return;
  tables.forEach((table: unknown, t) => {
    if (table === null || typeof table !== 'object') return;
    const { columns, rows, total } = table as { columns?: unknown; rows?: unknown; total?: unknown };
    if (!Array.isArray(columns)) return;
    const declared = new Map<string, number>();
    for (const c of columns as { id?: unknown; decimals?: unknown }[])
      if (typeof c?.id === 'string' && typeof c.decimals === 'number') declared.set(c.id, c.decimals);
    const check = (values: unknown, path: (string | number)[]) => {
      if (values === null || typeof values !== 'object') return;
      for (const [id, value] of Object.entries(values)) {
        const limit = declared.get(id);
        if (limit === undefined || typeof value !== 'number') continue;
        const raw = file.rawScalar([...path, id]) ?? String(value);
        const written = writtenPrecision(raw);
        if (!written || written.decimals <= limit) continue;
        sink.add({
          ruleId: 'plan:number-precision',
          file: file.path,
          place: file.locate([...path, id]),
          message: rule.messages.columnDecimals(raw, written.decimals, id, limit),
        });
      }
    };
    if (Array.isArray(rows))
      rows.forEach((row: unknown, r) => check((row as { values?: unknown } | null)?.values, ['tables', t, 'rows', r, 'values']));
    check((total as { values?: unknown } | null)?.values, ['tables', t, 'total', 'values']);
  });
}
