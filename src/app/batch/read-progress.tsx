/** A progress bar with its words: reading tasks, running a batch. */
export function ReadProgress({ label, done, total }: { label: string; done: number; total: number }) {
  return (
    <div className="flex flex-col gap-1">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        className="h-2 w-full max-w-md overflow-hidden rounded bg-slate-200 dark:bg-slate-700"
      >
        <div
          className="h-full bg-orange-700 transition-[width] dark:bg-orange-400"
          style={{ width: `${total === 0 ? 0 : (100 * done) / total}%` }}
        />
      </div>
      <p role="status" className="text-sm">
        {label}
      </p>
    </div>
  );
}
