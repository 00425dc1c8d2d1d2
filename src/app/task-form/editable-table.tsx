import type { ReactNode } from 'react';
import { Button } from '../components/ui/button.tsx';
import { useI18n } from '../i18n/i18n.tsx';

/** The frame shared by the list sections: column headers, the rows, and an "add" button below. */
export function EditableTable({
  label,
  columns,
  rowCount,
  rowHeightEstimate = 44,
  addLabel,
  onAdd,
  children,
}: {
  label: string;
  columns: string[];
  rowCount: number;
  /** Pixels, for the placeholder of a long table while it is out of view. */
  rowHeightEstimate?: number;
  addLabel: string;
  onAdd: () => void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <div className="flex flex-col gap-2">
      {rowCount === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">{t.noRows}</p>
      ) : (
        <div
          className="overflow-x-auto"
          // A long table out of view skips style and layout, so typing elsewhere in a task with a thousand
          // variables stays within a frame; short tables render as usual, so the page never jumps for them.
          style={
            rowCount > LONG_TABLE_ROWS
              ? {
                  contentVisibility: 'auto',
                  containIntrinsicSize: `auto ${rowCount * rowHeightEstimate + 32}px`,
                }
              : undefined
          }
        >
          <table className="w-full text-left text-sm" aria-label={label}>
            <thead>
              <tr>
                {[...columns, t.colActions].map((c) => (
                  <th key={c} scope="col" className="pr-2 pb-1 font-medium">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>{children}</tbody>
          </table>
        </div>
      )}
      <div>
        <Button onClick={onAdd}>+ {addLabel}</Button>
      </div>
    </div>
  );
}

const LONG_TABLE_ROWS = 50;

/** Padding of a cell in an editable table. */
export const cellClass = 'py-1 pr-2 align-top';
