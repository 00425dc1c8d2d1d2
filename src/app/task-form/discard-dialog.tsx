import { useId } from 'react';
import { Button } from '../components/ui/button.tsx';
import { ModalDialog } from '../components/ui/modal-dialog.tsx';
import { useReviewMessages } from '../review/review-messages.ts';

/** Asks before edits and their draft are thrown away; the draft is kept until the answer is yes. */
export function DiscardDialog({
  changedFields,
  onConfirm,
  onCancel,
}: {
  changedFields: number;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const m = useReviewMessages();
  const id = useId();
  return (
    <ModalDialog
      title={m.discardTitle}
      role="alertdialog"
      describedBy={`${id}-body`}
      onClose={onCancel}
      className="w-[min(28rem,calc(100vw-2rem))]"
    >
      <div className="flex flex-col gap-3 p-4">
        <p id={`${id}-body`} className="text-sm">
          {m.discardBody(changedFields)}
        </p>
        <div className="flex flex-wrap gap-2">
          <Button onClick={onCancel}>{m.discardCancel}</Button>
          <Button variant="primary" onClick={onConfirm}>
            {m.discardConfirm}
          </Button>
        </div>
      </div>
    </ModalDialog>
  );
}
