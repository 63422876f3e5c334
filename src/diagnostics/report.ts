import { sortDiagnostics, type Diagnostic } from './diagnostic.js';

/** `data/x.yaml:42:7 error Total 1243.8 differs … plan:sum-matches-total` (remark-lint style). */
export function formatHuman(items: readonly Diagnostic[]): string {
  const lines = sortDiagnostics(items).map((d) => {
    const where = `${d.file}:${d.place.line}:${d.place.column}`;
    const detail =
      d.expected !== undefined || d.actual !== undefined
        ? `\n    expected: ${d.expected ?? '—'}\n    actual:   ${d.actual ?? '—'}`
        : '';
    return `${where} ${d.severity} ${d.message} ${d.ruleId}${detail}`;
  });
  const errors = items.filter((d) => d.severity === 'error').length;
  const warnings = items.length - errors;
  lines.push(`${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`);
  return lines.join('\n');
}

export function formatJson(items: readonly Diagnostic[]): string {
  return JSON.stringify(sortDiagnostics(items), null, 2);
}

// GitHub's workflow-command escaping: data and property values differ.
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::error file=…,line=…,col=…,title=…::message` lines for GitHub Actions annotations. */
export function formatGithub(items: readonly Diagnostic[]): string {
  return sortDiagnostics(items)
    .map((d) => {
      const props = [
        `file=${escapeProperty(d.file)}`,
        `line=${d.place.line}`,
        `col=${d.place.column}`,
        `title=${escapeProperty(d.ruleId)}`,
      ].join(',');
      const body = d.expected !== undefined ? `${d.message} (expected ${d.expected}, actual ${d.actual ?? '—'})` : d.message;
      return `::${d.severity === 'error' ? 'error' : 'warning'} ${props}::${escapeData(body)}`;
    })
    .join('\n');
}
