import type { DiagnosticSink } from '../../diagnostics/diagnostic.js';
import { rule } from '../../diagnostics/rules/plan/glossary-consistent.js';
import type { GlossaryFile } from '../../dataset/schema.js';
import type { SourceFile } from '../../dataset/source-file.js';
import { walkTexts } from './text.js';

/** plan:glossary-consistent — a glossary term in zh must be rendered with its fixed English. */
export function glossaryConsistent(file: SourceFile, glossary: GlossaryFile, sink: DiagnosticSink): void {
  walkTexts(file.value, [], (zh, en, path) => {
    const english = en.toLowerCase();
    for (const term of glossary.terms) {
      if (!zh.includes(term.zh)) continue;
      const renderings = [term.en, ...(term.accept ?? [])].map((r) => r.toLowerCase());
      if (renderings.some((r) => english.includes(r))) continue;
      sink.add({
        ruleId: 'plan:glossary-consistent',
        file: file.path,
        place: file.locate([...path, 'en']),
        message: rule.messages.glossary(term.zh, term.en),
        expected: term.en,
        actual: en,
      });
    }
  });
}
