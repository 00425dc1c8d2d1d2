import { useQueries, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useState } from 'react';
import { keyOf, upstreamTaskOf, type DependencyValue } from '#domain/task/dependency-guards';
import { layoutNeighbourhood, type EdgeStatus, type NodeRef } from '#domain/task/dependency-graph';
import { dependencyQueries, type NeighbourTask } from '../api/dependency-queries.ts';
import { taskQueries } from '../api/task-queries.ts';
import { useDependencyMessages } from './dependency-messages.ts';

/** Nodes per column before the rest collapse into "+K more". */
const MAX_PER_LAYER = 12;
const COLUMN_WIDTH = 200;
const NODE_WIDTH = 164;
const NODE_HEIGHT = 28;
const ROW_HEIGHT = 38;
const NAME_CHARS = 22;
/** Below this scale the fitted picture's names are too small to read: it keeps its size and pans instead. */
const MIN_FIT_SCALE = 0.7;
/** The height of the caption, a picture of a few rows and the legend: reserved while the graph loads. */
const LOADING_HEIGHT = 320;

const STROKE: Record<EdgeStatus, string> = {
  saved: 'stroke-slate-500',
  added: 'stroke-emerald-600',
  removed: 'stroke-red-600',
};

const toRef = (n: NeighbourTask): NodeRef => ({
  id: n.id,
  name: n.name,
  crossCycle: n.dependencyType !== 'Normal',
});

/**
 * The task's neighbourhood as a picture, updated as dependencies are added or removed in the form; a
 * list of the same edges is its text alternative.
 */
export function DependencyGraph({
  taskId,
  dependencies,
  savedDependencies,
  projectId,
}: {
  taskId: string;
  dependencies: readonly DependencyValue[];
  savedDependencies: readonly DependencyValue[];
  projectId: string;
}) {
  const m = useDependencyMessages();
  const titleId = useId();
  const fitId = useId();
  const [box, boxWidth] = useWidth();
  const [fitChoice, setFitChoice] = useState<boolean>();
  const task = useQuery(taskQueries.detail(taskId));
  const upstream = useQuery(dependencyQueries.upstream(taskId));
  const downstream = useQuery(dependencyQueries.downstream(taskId));
  const visibleUp = (upstream.data?.items ?? []).slice(0, MAX_PER_LAYER);
  const visibleDown = (downstream.data?.items ?? []).slice(0, MAX_PER_LAYER);
  const up2 = useQueries({ queries: visibleUp.map((n) => dependencyQueries.upstream(n.id)) });
  const down2 = useQueries({ queries: visibleDown.map((n) => dependencyQueries.downstream(n.id)) });

  // Only the difference from the saved task is resolved to tasks: a long saved list costs nothing here.
  const savedKeys = useMemo(() => new Set(savedDependencies.map(keyOf)), [savedDependencies]);
  const currentKeys = useMemo(() => new Set(dependencies.map(keyOf)), [dependencies]);
  const changed = useMemo(
    () => [
      ...dependencies.filter((d) => !savedKeys.has(keyOf(d))).map((d) => ({ d, added: true })),
      ...savedDependencies.filter((d) => !currentKeys.has(keyOf(d))).map((d) => ({ d, added: false })),
    ],
    [dependencies, savedDependencies, savedKeys, currentKeys],
  );
  const outputs = [
    ...new Set(changed.flatMap(({ d }) => (!d.UpstreamTaskId && d.UpstreamOutput ? [d.UpstreamOutput] : []))),
  ];
  const owners = useQueries({
    queries: outputs.map((o) => ({
      ...dependencyQueries.outputOwner(projectId, o, taskId),
      enabled: Boolean(projectId),
    })),
  });
  const ownerOf = (o: string) => owners[outputs.indexOf(o)]?.data ?? undefined;
  const addedIds = changed.filter(
    (c) => c.added && c.d.Type !== 'CrossCycleDependsOnSelf' && c.d.Type !== 'CrossCycleDependsOnChildren',
  );
  const addedRefIds = addedIds.flatMap(({ d }) => {
    const id = upstreamTaskOf(d, ownerOf);
    return id ? [{ id, crossCycle: d.Type !== 'Normal' }] : [];
  });
  const addedSummaries = useQuery({
    ...dependencyQueries.summaries(projectId, [...new Set(addedRefIds.map((a) => a.id))].slice(0, 100)),
    enabled: Boolean(projectId) && addedRefIds.length > 0,
  });
  const addedDetails = useQueries({
    queries: [...new Set(addedRefIds.map((a) => a.id))].slice(0, MAX_PER_LAYER).map((id) => ({
      ...taskQueries.detail(id),
      staleTime: 60_000,
      retry: false,
    })),
  });
  const names = new Map([
    ...(addedSummaries.data ?? []).map((s) => [s.Id, s.Name] as const),
    ...addedDetails.flatMap((d) => (d.data ? [[d.data.Id, d.data.Name] as const] : [])),
  ]);
  const stillThere = new Set(dependencies.flatMap((d) => upstreamTaskOf(d, ownerOf) ?? []));
  const removed = new Set(
    changed.flatMap(({ d, added }) => {
      const id = added ? undefined : upstreamTaskOf(d, ownerOf);
      return id && !stillThere.has(id) ? [id] : [];
    }),
  );

  // While it loads, the space a picture usually takes: the page below does not move when it arrives.
  if (!upstream.data || !downstream.data)
    return (
      <p className="text-sm text-slate-600 dark:text-slate-400" style={{ minHeight: LOADING_HEIGHT }}>
        {upstream.isError || downstream.isError ? m.graphPartial : m.graphLoading}
      </p>
    );

  const centerName = task.data?.Name ?? taskId;
  const layout = layoutNeighbourhood({
    center: { id: taskId, name: centerName },
    upstream: upstream.data.items.map(toRef),
    upstream2: new Map(visibleUp.map((n, i) => [n.id, (up2[i]?.data?.items ?? []).map(toRef)])),
    downstream: downstream.data.items.map(toRef),
    downstream2: new Map(visibleDown.map((n, i) => [n.id, (down2[i]?.data?.items ?? []).map(toRef)])),
    added: addedRefIds.map((a) => ({ ...a, name: names.get(a.id) ?? a.id })),
    removed,
    maxPerLayer: MAX_PER_LAYER,
  });
  const byKey = new Map(layout.nodes.map((n) => [n.key, n]));
  const label = (key: string) => {
    const n = byKey.get(key);
    return !n
      ? key
      : n.more !== undefined
        ? m.more(n.more)
        : n.id === taskId
          ? `${n.name} (${m.thisTask})`
          : n.name;
  };
  const x = (level: number) => (level + 2) * COLUMN_WIDTH + 8;
  const y = (row: number) => row * ROW_HEIGHT + 8;
  const width = 5 * COLUMN_WIDTH;
  const height = layout.rows * ROW_HEIGHT + 16;
  // Fitted to the card's width where the names stay readable, else at its size in a box that pans (scrolling,
  // or the arrow keys once it has focus); the checkbox overrides either way.
  const fit = fitChoice ?? (boxWidth === 0 || boxWidth >= width * MIN_FIT_SCALE);
  const fits = fit || boxWidth >= width;

  return (
    <figure className="flex flex-col gap-2" data-testid="dependency-graph">
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1">
        <figcaption className="text-sm font-medium">{m.graphTitle}</figcaption>
        <label htmlFor={fitId} className="flex items-center gap-1.5 text-sm">
          <input
            id={fitId}
            type="checkbox"
            checked={fit}
            onChange={(e) => setFitChoice(e.target.checked)}
            className="accent-orange-700"
          />
          {m.graphFit}
        </label>
      </div>
      {!fits && <p className="text-xs text-slate-600 dark:text-slate-400">{m.graphPanHint}</p>}
      <div
        ref={box}
        tabIndex={fits ? undefined : 0}
        role="group"
        aria-label={m.graphTitle}
        className="max-h-[32rem] overflow-auto rounded-md border border-slate-200 focus-visible:outline-2 focus-visible:outline-orange-600 dark:border-slate-700"
      >
        <svg
          role="img"
          aria-labelledby={titleId}
          viewBox={`0 0 ${width} ${height}`}
          width={fit ? '100%' : width}
          height={fit ? undefined : height}
          style={fit ? { maxWidth: width } : undefined}
          className="block text-xs"
        >
          <title id={titleId}>{m.graphDescription(centerName)}</title>
          {layout.edges.map((e) => {
            const a = byKey.get(e.from)!;
            const b = byKey.get(e.to)!;
            const x1 = x(a.level) + NODE_WIDTH;
            const y1 = y(a.row) + NODE_HEIGHT / 2;
            const x2 = x(b.level);
            const y2 = y(b.row) + NODE_HEIGHT / 2;
            const mid = (x1 + x2) / 2;
            return (
              <g key={`${e.from}>${e.to}>${e.crossCycle}>${e.status}`}>
                <path
                  d={`M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}`}
                  fill="none"
                  strokeWidth={e.status === 'saved' ? 1.25 : 2.25}
                  strokeDasharray={e.crossCycle ? '5 4' : undefined}
                  className={STROKE[e.status]}
                />
                {e.status === 'removed' && (
                  <text x={mid} y={(y1 + y2) / 2 + 4} textAnchor="middle" className="fill-red-600 font-bold">
                    ✕
                  </text>
                )}
              </g>
            );
          })}
          {layout.nodes.map((n) => (
            <g key={n.key}>
              <title>{n.more !== undefined ? m.more(n.more) : n.name}</title>
              <rect
                x={x(n.level)}
                y={y(n.row)}
                width={NODE_WIDTH}
                height={NODE_HEIGHT}
                rx={5}
                strokeDasharray={n.more !== undefined ? '3 3' : undefined}
                className={
                  n.level === 0
                    ? 'fill-orange-100 stroke-orange-700 dark:fill-orange-950'
                    : n.status === 'added'
                      ? 'fill-emerald-50 stroke-emerald-600 dark:fill-emerald-950'
                      : n.status === 'removed'
                        ? 'fill-red-50 stroke-red-600 dark:fill-red-950'
                        : 'fill-white stroke-slate-400 dark:fill-slate-900'
                }
              />
              <text
                x={x(n.level) + 8}
                y={y(n.row) + NODE_HEIGHT / 2 + 4}
                textDecoration={n.status === 'removed' ? 'line-through' : undefined}
                className="fill-slate-900 dark:fill-slate-100"
              >
                {truncate(n.more !== undefined ? m.more(n.more) : n.name)}
              </text>
            </g>
          ))}
        </svg>
      </div>
      <ul className="flex flex-wrap gap-4 text-xs" aria-label="Legend">
        <LegendItem className="stroke-slate-500" label={m.legendSaved} />
        <LegendItem className="stroke-slate-500" dashed label={m.legendCross} />
        <LegendItem className="stroke-emerald-600" label={m.legendAdded} />
        <LegendItem className="stroke-red-600" label={m.legendRemoved} />
      </ul>
      <details className="text-sm">
        <summary className="cursor-pointer">{m.edgeList}</summary>
        <ul className="mt-1 list-disc pl-5" data-testid="edge-list">
          {layout.edges.map((e) => (
            <li key={`${e.from}>${e.to}>${e.crossCycle}>${e.status}`}>
              {m.edge(label(e.from), label(e.to), e.crossCycle, e.status)}
            </li>
          ))}
        </ul>
      </details>
    </figure>
  );
}

/** A name cut in its middle, not its end: the end (`_di`, `_hi`) is what tells two tasks apart. */
export function truncate(name: string, chars = NAME_CHARS): string {
  if (name.length <= chars) return name;
  const tail = Math.floor((chars - 1) / 2);
  return `${name.slice(0, chars - 1 - tail)}…${name.slice(name.length - tail)}`;
}

/** A ref for an element, and its content width as it changes (0 until measured). */
function useWidth() {
  const [element, setElement] = useState<HTMLDivElement | null>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setWidth(entry?.contentRect.width ?? 0));
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return [setElement, width] as const;
}

function LegendItem({
  className,
  label,
  dashed = false,
}: {
  className: string;
  label: string;
  dashed?: boolean;
}) {
  return (
    <li className="flex items-center gap-1">
      <svg width="28" height="8" aria-hidden="true">
        <line
          x1="0"
          y1="4"
          x2="28"
          y2="4"
          strokeWidth="2"
          strokeDasharray={dashed ? '5 4' : undefined}
          className={className}
        />
      </svg>
      {label}
    </li>
  );
}
