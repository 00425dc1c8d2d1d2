import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useLocation } from 'wouter';
import { ApiError } from '../api/api-client.ts';
import { Combobox } from '../components/combobox.tsx';
import { inputClass } from '../components/ui/field.tsx';
import { useWorkspaceMessages } from './workspace-messages.ts';
import { workspaceBase } from './workspace-paths.ts';
import { workspaceQueries, type Workspace } from './workspace-queries.ts';

/** `零售数仓 Retail DW (retail_dw)`, or the ID when DataWorks gave no name. */
export function workspaceLabel(workspace: Workspace | undefined, id: string): string {
  if (!workspace || (!workspace.DisplayName && !workspace.Name)) return id;
  if (!workspace.DisplayName || workspace.DisplayName === workspace.Name) return workspace.Name;
  return workspace.Name ? `${workspace.DisplayName} (${workspace.Name})` : workspace.DisplayName;
}

function matches(workspace: Workspace, text: string): boolean {
  const needle = text.trim().toLowerCase();
  return [workspace.Id, workspace.Name, workspace.DisplayName].some((v) => v.toLowerCase().includes(needle));
}

/**
 * The header's "Workspace" control: the workspaces this deployment serves (DATAWORKS_PROJECT_IDS), searched by
 * name or ID. Picking one opens its task list; the open task's draft stays on this device.
 */
export function WorkspaceSwitcher({ current }: { current: string }) {
  const m = useWorkspaceMessages();
  const id = useId();
  const [, navigate] = useLocation();
  const served = useQuery(workspaceQueries.served());
  const [open, setOpen] = useState(false);
  const [text, setText] = useState<string>();
  const all = served.data ?? [];
  const currentLabel = workspaceLabel(
    all.find((w) => w.Id === current),
    current,
  );
  const searching = text !== undefined;
  const options = (searching ? all.filter((w) => matches(w, text)) : all).map((w) => ({
    key: w.Id,
    content: (
      <span className="flex flex-col">
        <span className={w.Id === current ? 'font-semibold' : undefined}>{workspaceLabel(w, w.Id)}</span>
        <span className="text-xs text-slate-600 dark:text-slate-400">ID {w.Id}</span>
      </span>
    ),
  }));
  const failed = served.error instanceof ApiError ? served.error.code : served.error ? 'Network' : undefined;

  return (
    <div className="flex min-w-0 items-center gap-2">
      <label htmlFor={id} className="text-sm">
        {m.workspace}
      </label>
      <div className="w-64 max-w-[60vw]">
        <Combobox
          inputProps={{
            id,
            value: searching ? text : currentLabel,
            onChange: (e) => setText(e.target.value),
            onFocus: (e) => e.target.select(),
            onBlur: () => setText(undefined),
            className: `${inputClass} w-full py-1 text-sm`,
            // Without the list (ListProjects refused) the workspace is shown, not chosen.
            readOnly: Boolean(failed),
            title: failed ? m.workspaceListFailed(failed) : undefined,
          }}
          options={options}
          open={open}
          onOpenChange={(next) => {
            setOpen(next);
            if (!next) setText(undefined);
          }}
          onPick={(picked) => {
            setOpen(false);
            setText(undefined);
            if (picked !== current) navigate(`~${workspaceBase(picked)}`);
          }}
          listLabel={m.workspaceList}
          status={served.isPending ? m.searching : m.workspaceCount(options.length)}
          emptyText={served.isPending ? m.searching : m.noMatch}
          plain={Boolean(failed)}
        />
      </div>
    </div>
  );
}
