import { useCronMessages } from './cron-messages.ts';
import type { PreviewRow } from '#domain/task/to-schedule-preview';

/** A run's business date and resolved Script.Parameters, or why they do not resolve. */
export function ParameterCells({ row, names }: { row: PreviewRow; names: readonly string[] }) {
  const m = useCronMessages();
  const result = row.parameters;
  if (!result) return null;
  if (!result.success)
    return (
      <td colSpan={names.length + 1} className="px-2 py-1 text-red-700 dark:text-red-400">
        {m.parametersFailed}: {result.issues[0]?.message}
      </td>
    );
  return (
    <>
      <td className="px-2 py-1 font-mono">{result.data.bizdate}</td>
      {result.data.parameters.map((parameter, i) => (
        <td key={`${parameter.name ?? ''}-${i}`} className="px-2 py-1 font-mono whitespace-nowrap">
          {parameter.resolved}
        </td>
      ))}
    </>
  );
}
