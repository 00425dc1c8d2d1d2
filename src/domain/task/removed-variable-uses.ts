// An input variable reaches the script as `${name}` (DataWorks' node context parameters, like the scheduling
// parameters beside them). Removing one the script still reads leaves an unresolved `${name}` in the code that
// runs, so the form names where the script uses it.

export interface VariableUse {
  name: string;
  /** 1-based lines of Script.Content that read `${name}`. */
  lines: number[];
  /** Whether Script.Parameters reads it too. */
  inParameters: boolean;
}

type Variables = ReadonlyArray<{ Name?: string | undefined } | undefined> | undefined;

function reads(text: string, name: string): boolean {
  return text.includes(`\${${name}}`);
}

/** The variables of `before` that `after` no longer has and that the script still reads, in table order. */
export function removedVariableUses(
  before: Variables,
  after: Variables,
  script: { Content?: string | undefined; Parameters?: string | undefined } | undefined,
): VariableUse[] {
  const kept = new Set((after ?? []).map((v) => v?.Name?.trim()).filter(Boolean));
  const lines = (script?.Content ?? '').split('\n');
  const uses: VariableUse[] = [];
  const seen = new Set<string>();
  for (const variable of before ?? []) {
    const name = variable?.Name?.trim();
    if (!name || kept.has(name) || seen.has(name)) continue;
    seen.add(name);
    const use: VariableUse = {
      name,
      lines: lines.flatMap((line, i) => (reads(line, name) ? [i + 1] : [])),
      inParameters: reads(script?.Parameters ?? '', name),
    };
    if (use.lines.length > 0 || use.inParameters) uses.push(use);
  }
  return uses;
}
