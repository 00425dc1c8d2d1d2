import { Button } from '../components/ui/button.tsx';
import { useI18n } from '../i18n/i18n.tsx';

/** Reorder, duplicate and remove buttons for one row of an editable table. */
export function RowActions({
  index,
  count,
  onMove,
  onDuplicate,
  onRemove,
}: {
  index: number;
  count: number;
  onMove?: (from: number, to: number) => void;
  onDuplicate?: (index: number) => void;
  onRemove: (index: number) => void;
}) {
  const { t } = useI18n();
  const row = index + 1;
  return (
    <div className="flex gap-1">
      {onMove && (
        <>
          <Button
            variant="ghost"
            aria-label={t.moveUp(row)}
            title={t.moveUp(row)}
            disabled={index === 0}
            onClick={() => onMove(index, index - 1)}
          >
            ↑
          </Button>
          <Button
            variant="ghost"
            aria-label={t.moveDown(row)}
            title={t.moveDown(row)}
            disabled={index === count - 1}
            onClick={() => onMove(index, index + 1)}
          >
            ↓
          </Button>
        </>
      )}
      {onDuplicate && (
        <Button
          variant="ghost"
          aria-label={t.duplicateRow(row)}
          title={t.duplicateRow(row)}
          onClick={() => onDuplicate(index)}
        >
          ⧉
        </Button>
      )}
      <Button
        variant="ghost"
        aria-label={t.removeRow(row)}
        title={t.removeRow(row)}
        onClick={() => onRemove(index)}
      >
        ✕
      </Button>
    </div>
  );
}
