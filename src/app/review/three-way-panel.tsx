import { useMemo, useState } from 'react';
import type { TaskForm } from '#domain/task/task-form';
import { applyMerge, mergeThreeWay, type Choice } from '#domain/task/three-way-merge';
import { Button } from '../components/ui/button.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { formatValue } from '../components/diff-view.tsx';
import { useReviewMessages } from './review-messages.ts';

/**
 * The three-way view after a refused save (or a draft written against an older task): what was merged
 * without asking, and one choice per conflict. Applying rebases the form onto the current task.
 */
export function ThreeWayPanel({
  intro,
  base,
  theirs,
  yours,
  onApply,
}: {
  intro: string;
  base: TaskForm;
  theirs: TaskForm;
  yours: TaskForm;
  /** Your edits carried onto theirs, with the conflicts resolved as chosen. */
  onApply: (merged: TaskForm) => void;
}) {
  const { t } = useI18n();
  const m = useReviewMessages();
  const outcome = useMemo(() => mergeThreeWay(base, theirs, yours), [base, theirs, yours]);
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const undecided = outcome.conflicts.filter((c) => !choices[c.id]).length;
  const sections = [...new Set([...outcome.decided, ...outcome.conflicts].map((u) => u.section))];

  return (
    <section
      aria-labelledby="three-way-heading"
      className="flex flex-col gap-4 rounded-lg border-2 border-red-300 p-4 dark:border-red-800"
    >
      <h2 id="three-way-heading" className="text-lg font-semibold" tabIndex={-1}>
        {m.conflictTitle}
      </h2>
      <p className="text-sm">{intro}</p>
      <p id="three-way-count" role="status" className="text-sm font-medium">
        {outcome.conflicts.length === 0 ? m.noConflicts : m.conflicts(outcome.conflicts.length)}
      </p>
      {sections.map((section) => (
        <div
          role="group"
          key={section}
          aria-label={t.section[section]}
          className="rounded border border-slate-200 p-2 dark:border-slate-700"
        >
          <h3 className="text-sm font-semibold">{t.section[section]}</h3>
          <ul className="text-sm">
            {outcome.decided
              .filter((d) => d.section === section)
              .map((d) => (
                <li key={d.id} data-merge-id={d.id}>
                  <span className="font-mono text-xs">{d.id}</span>:{' '}
                  {d.from === 'theirs' ? m.takenTheirs : d.from === 'yours' ? m.keptYours : m.bothSame}
                </li>
              ))}
          </ul>
          {outcome.conflicts
            .filter((c) => c.section === section)
            .map((c) => (
              <fieldset
                key={c.id}
                data-conflict-id={c.id}
                className="mt-2 rounded border border-red-200 p-2 dark:border-red-900"
              >
                <legend className="px-1 font-mono text-xs">{c.id}</legend>
                <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-xs">
                  <dt>{m.baseValue}</dt>
                  <dd className="break-all whitespace-pre-wrap">{formatValue(c.base, t.empty)}</dd>
                  <dt>{m.theirsValue}</dt>
                  <dd className="break-all whitespace-pre-wrap">{formatValue(c.theirs, t.empty)}</dd>
                  <dt>{m.yoursValue}</dt>
                  <dd className="break-all whitespace-pre-wrap">{formatValue(c.yours, t.empty)}</dd>
                </dl>
                <div className="mt-1 flex gap-4 text-sm">
                  {(['yours', 'theirs'] as const).map((choice) => (
                    <label key={choice} className="flex items-center gap-1">
                      <input
                        type="radio"
                        name={`conflict-${c.id}`}
                        checked={choices[c.id] === choice}
                        onChange={() => setChoices((prev) => ({ ...prev, [c.id]: choice }))}
                      />
                      {choice === 'yours' ? m.keepMine : m.takeTheirs}
                    </label>
                  ))}
                </div>
              </fieldset>
            ))}
        </div>
      ))}
      <div className="flex gap-2">
        <Button
          variant="primary"
          disabled={undecided > 0}
          // Disabled until every conflict has a choice: the count above says how many are left.
          aria-describedby="three-way-count"
          onClick={() => onApply(applyMerge(base, theirs, yours, choices))}
        >
          {m.applyMerge}
        </Button>
      </div>
    </section>
  );
}
