// Lays out a task's neighbourhood in five columns (two levels up, the task, two levels down), collapsing a
// column past `maxPerLayer` nodes into a "+K more" group so a task with 500 dependencies stays readable.

export type EdgeStatus = 'saved' | 'added' | 'removed';
export type Level = -2 | -1 | 0 | 1 | 2;

export interface NodeRef {
  id: string;
  name: string;
  crossCycle: boolean;
}

export interface GraphInput {
  center: { id: string; name: string };
  upstream: readonly NodeRef[];
  /** Upstream tasks of each level-1 upstream task. */
  upstream2: ReadonlyMap<string, readonly NodeRef[]>;
  downstream: readonly NodeRef[];
  downstream2: ReadonlyMap<string, readonly NodeRef[]>;
  /** Upstream tasks added in the form, not saved. */
  added: readonly NodeRef[];
  /** Saved upstream tasks the form no longer depends on. */
  removed: ReadonlySet<string>;
  maxPerLayer: number;
}

export interface LaidNode {
  key: string;
  id?: string;
  name: string;
  level: Level;
  row: number;
  status: EdgeStatus;
  /** For a group node: how many tasks it stands for. */
  more?: number;
}

export interface LaidEdge {
  from: string;
  to: string;
  crossCycle: boolean;
  status: EdgeStatus;
}

export interface NeighbourhoodLayout {
  nodes: LaidNode[];
  edges: LaidEdge[];
  rows: number;
}

export function layoutNeighbourhood(input: GraphInput): NeighbourhoodLayout {
  const nodes: LaidNode[] = [];
  const placed = new Map<string, string>();
  const edges = new Map<string, LaidEdge>();

  function placeLayer(level: Level, refs: readonly (NodeRef & { status: EdgeStatus })[]): Set<string> {
    const unique = refs.filter((r, i) => refs.findIndex((o) => o.id === r.id) === i && !placed.has(r.id));
    const shown = unique.length > input.maxPerLayer ? unique.slice(0, input.maxPerLayer - 1) : unique;
    shown.forEach((r, row) => {
      const key = `${level}:${r.id}`;
      nodes.push({ key, id: r.id, name: r.name, level, row, status: r.status });
      placed.set(r.id, key);
    });
    if (shown.length < unique.length) {
      const key = `${level}:more`;
      nodes.push({
        key,
        name: '',
        level,
        row: shown.length,
        status: 'saved',
        more: unique.length - shown.length,
      });
      for (const r of unique.slice(shown.length)) placed.set(r.id, key);
    }
    return new Set(shown.map((r) => r.id));
  }

  function addEdge(
    from: string | undefined,
    to: string | undefined,
    crossCycle: boolean,
    status: EdgeStatus,
  ) {
    if (!from || !to || from === to) return;
    const id = `${from}>${to}>${crossCycle}>${status}`;
    if (!edges.has(id)) edges.set(id, { from, to, crossCycle, status });
  }

  const center = input.center;
  nodes.push({
    key: `0:${center.id}`,
    id: center.id,
    name: center.name,
    level: 0,
    row: 0,
    status: 'saved' as const,
  });
  placed.set(center.id, `0:${center.id}`);

  const up1: (NodeRef & { status: EdgeStatus })[] = [
    ...input.upstream.map((r) => ({
      ...r,
      status: input.removed.has(r.id) ? ('removed' as const) : ('saved' as const),
    })),
    ...input.added
      .filter((a) => !input.upstream.some((u) => u.id === a.id))
      .map((r) => ({ ...r, status: 'added' as const })),
  ];
  const down1 = input.downstream.map((r) => ({ ...r, status: 'saved' as const }));
  const shownUp = placeLayer(-1, up1);
  const shownDown = placeLayer(1, down1);
  for (const r of up1) addEdge(placed.get(r.id), placed.get(center.id), r.crossCycle, r.status);
  for (const r of down1) addEdge(placed.get(center.id), placed.get(r.id), r.crossCycle, 'saved');

  const up2 = [...shownUp].flatMap((id) => (input.upstream2.get(id) ?? []).map((r) => ({ ...r, via: id })));
  const down2 = [...shownDown].flatMap((id) =>
    (input.downstream2.get(id) ?? []).map((r) => ({ ...r, via: id })),
  );
  placeLayer(
    -2,
    up2.map((r) => ({ ...r, status: 'saved' as const })),
  );
  placeLayer(
    2,
    down2.map((r) => ({ ...r, status: 'saved' as const })),
  );
  for (const r of up2) addEdge(placed.get(r.id), placed.get(r.via), r.crossCycle, 'saved');
  for (const r of down2) addEdge(placed.get(r.via), placed.get(r.id), r.crossCycle, 'saved');

  const rows = Math.max(1, ...nodes.map((n) => n.row + 1));
  return { nodes, edges: [...edges.values()], rows };
}
