import {
  Suspense,
  useCallback,
  useImperativeHandle,
  useMemo,
  useReducer,
  useRef,
  useState,
  type Ref,
} from 'react';
import { flushSync } from 'react-dom';
import { FormProvider, useForm } from 'react-hook-form';
import type { Task } from '#domain/task/task';
import { changedSections, diffTaskForm, toTaskForm, type TaskForm } from '#domain/task/task-form';
import type { UpdateTaskRequest } from '#domain/task/update-task-request';
import { lazyComponent } from '../components/lazy-component.ts';
import { useDeferredParts } from '../components/when-near-viewport.tsx';
import { useDependencyGuardResolver } from '../dependency-picker/use-dependency-guard-resolver.ts';
import { clearDraft } from '../drafts/draft-store.ts';
import { useDraftOffer } from '../drafts/use-draft-offer.ts';
import { useEditHistory } from '../drafts/use-edit-history.ts';
import { formatInstant } from '../format-time.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useReviewMessages } from '../review/review-messages.ts';
import { toFieldIssues } from '../review/save-errors.ts';
import { useSaveFlow, type SaveFlow } from '../review/use-save-flow.ts';
import { ActionBar, type LastSave } from './action-bar.tsx';
import { DiscardDialog } from './discard-dialog.tsx';
import { EditorSections } from './editor-sections.tsx';
import { EDITING, editorMode } from './editor-mode.ts';
import { lazyFormResolver, loadFormRules } from '../components/form/lazy-form-rules.ts';
import { SectionNav } from './section-nav.tsx';
import { sectionsWithErrors } from './task-sections.ts';
import { useEditorShortcuts } from './use-editor-shortcuts.ts';
import { useGoToField } from './use-go-to-field.ts';
import { useSectionCollapse } from './use-section-collapse.ts';
import { useSectionDeepLink } from './use-section-deep-link.ts';
import { useServerTask } from './use-server-task.ts';
import { useUnsavedChangesGuard } from './use-unsaved-changes-guard.ts';

// Their code loads when first shown: the first paint of /tasks/:id does not need it.
const DraftBanner = lazyComponent(() => import('../drafts/draft-banner.tsx').then((m) => m.DraftBanner));
const ReviewDialog = lazyComponent(() => import('../review/review-dialog.tsx').then((m) => m.ReviewDialog));
const ThreeWayPanel = lazyComponent(() =>
  import('../review/three-way-panel.tsx').then((m) => m.ThreeWayPanel),
);

/** The form's lazily loaded resolver, created once; its failure message follows the reader's language. */
function useFormResolver(unavailable: string) {
  const message = useRef(unavailable);
  message.current = unavailable;
  return useState(() => lazyFormResolver(() => message.current))[0];
}

/**
 * One task's editor, composed of parts with one job each: the form and its base version (useServerTask), the
 * draft offer, the section collapse, the editor's mode (editing, confirming a discard, resolving a draft,
 * reviewing and saving: editor-mode.ts), the save and its outcomes (useSaveFlow), the action bar.
 */
/** Lays values (whole sections of the form) onto the form as edits, then opens the usual review. */
export type ApplyEdits = (values: Partial<TaskForm>) => void;

export function TaskEditor({ task, applyEditsRef }: { task: Task; applyEditsRef?: Ref<ApplyEdits> }) {
  const { t, locale } = useI18n();
  const m = useReviewMessages();
  const [baseTask, setBaseTask] = useState(task);
  const base = useMemo(() => toTaskForm(baseTask), [baseTask]);
  const form = useForm<TaskForm, unknown, UpdateTaskRequest>({
    resolver: useDependencyGuardResolver(useFormResolver(t.validationUnavailable), base),
    defaultValues: base,
    mode: 'onChange',
  });
  const [mode, dispatch] = useReducer(editorMode, EDITING);
  const [unexpected, setUnexpected] = useState<string>();
  const [lastSave, setLastSave] = useState<LastSave>();

  const draft = useDraftOffer({
    task,
    baseTask,
    form,
    record: (values) => edits.record(values),
    onStale: (stale) =>
      dispatch({
        type: 'draft-conflict',
        conflict: { theirsTask: baseTask, base: stale.base, theirs: base, yours: stale.values },
      }),
  });
  const edits = useEditHistory(form, base, { baseTask, offerPending: draft.offer !== undefined });
  const server = useServerTask({
    task,
    base: [baseTask, setBaseTask],
    form,
    history: edits,
    stopAutosave: edits.stopAutosave,
  });
  useUnsavedChangesGuard(() => changedSections(base, form.getValues()).length > 0, m.leaveWithUnsavedEdits);

  const sections = useSectionCollapse();
  // Parts further down mount as the reader scrolls near them; to show an error, every part mounts at once.
  const { deferredParts, DeferredPartsProvider, mountEverything } = useDeferredParts();
  useSectionDeepLink({ expand: sections.expand, mountEverything });
  const goToFields = useGoToField({ form, mountEverything, expand: sections.expand });

  // The form's values as the open review shows them (the form is inert while it is open).
  const reviewed = useRef<TaskForm>(undefined);
  const flow = mode.mode === 'reviewing' ? mode.flow : undefined;
  const showFlow = useCallback((next: SaveFlow) => dispatch({ type: 'flow', flow: next }), []);
  const saveFlow = useSaveFlow({
    flow,
    show: showFlow,
    taskId: task.Id,
    base,
    baseModifyTime: baseTask.ModifyTime,
    onSaved: ({ requestId, at }) => {
      server.saveLanded(reviewed.current);
      setLastSave({ at, requestId });
    },
  });

  // The base as of the latest render: a review opened right after a rebase must diff against the new one.
  const latestBase = useRef(base);
  latestBase.current = base;
  const openReview = form.handleSubmit(
    async (values) => {
      const { toUpdateTaskRequest } = await loadFormRules(); // loaded already: the values were just checked
      setUnexpected(undefined);
      reviewed.current = structuredClone(form.getValues());
      showFlow({ phase: 'review', edited: values, request: toUpdateTaskRequest(latestBase.current, values) });
    },
    // Open the sections holding errors before react-hook-form focuses the first invalid field.
    async (errors) => {
      await mountEverything();
      flushSync(() => sections.expand(sectionsWithErrors(errors)));
    },
  );
  // A failure inside validation itself (not an invalid value) must not leave "Review changes" mute.
  const startReview = () =>
    void openReview().catch((error: unknown) =>
      setUnexpected(error instanceof Error ? error.message : String(error)),
    );

  // An import or a restored version: edits like typed ones (dirty, checked, undoable), never a save by itself.
  useImperativeHandle(applyEditsRef, () => (values) => {
    dispatch({ type: 'close' });
    for (const [key, value] of Object.entries(values))
      form.setValue(key as keyof TaskForm, value, { shouldDirty: true, shouldValidate: true });
    setTimeout(startReview);
  });

  useEditorShortcuts({
    reviewOpen: mode.mode !== 'editing',
    review: startReview,
    undo: edits.undo,
    redo: edits.redo,
  });

  /** After a refused save: closes the review and marks the fields DataWorks named, focusing the first. */
  function backToFix() {
    const issues = flow?.phase === 'failed' ? toFieldIssues(flow.error) : [];
    dispatch({ type: 'close' });
    // After the dialog has closed and given focus back, so that the field's focus wins.
    setTimeout(() => void goToFields([], issues));
  }

  /** A save refused by a newer version: your edits go onto it, and the review opens again on the result. */
  function applySaveConflict(merged: TaskForm) {
    if (flow?.phase !== 'conflict') return;
    server.rebase(flow.theirsTask, flow.theirs, merged);
    dispatch({ type: 'close' });
    // Once the form holds the merged values on the new base, so that the review is computed from them.
    setTimeout(startReview);
  }

  function discard() {
    dispatch({ type: 'close' });
    const values = structuredClone(form.getValues());
    form.reset(base);
    // Undoable: the discarded edits are one Undo away while the page stays open.
    edits.record(values);
    edits.record(base);
    edits.stopAutosave();
    clearDraft(localStorage, task.Id);
  }

  const formatTime = (ms: number | undefined) => formatInstant(ms, locale);
  const invalidSections = sectionsWithErrors(form.formState.errors);

  return (
    <FormProvider {...form}>
      <DeferredPartsProvider value={deferredParts}>
        <div className="grid gap-6 lg:grid-cols-[12rem_minmax(0,1fr)]">
          <SectionNav invalid={invalidSections} onOpen={(id) => sections.expand([id])} />
          <div className="flex min-w-0 flex-col gap-4">
            {draft.offer && (
              <Suspense fallback={null}>
                <DraftBanner
                  draft={draft.offer}
                  current={base}
                  stale={draft.stale}
                  onRestore={draft.restore}
                  onDiscard={draft.discard}
                />
              </Suspense>
            )}
            {mode.mode === 'resolving-draft' && (
              <Suspense fallback={null}>
                <ThreeWayPanel
                  key={`draft@${mode.conflict.theirsTask.ModifyTime}`}
                  intro={m.draftConflictIntro(formatTime(mode.conflict.theirsTask.ModifyTime))}
                  base={mode.conflict.base}
                  theirs={mode.conflict.theirs}
                  yours={mode.conflict.yours}
                  onApply={(merged) => {
                    server.rebase(mode.conflict.theirsTask, mode.conflict.theirs, merged);
                    dispatch({ type: 'close' });
                  }}
                />
              </Suspense>
            )}
            <form
              noValidate
              aria-label={task.Name}
              onSubmit={(event) => {
                event.preventDefault();
                startReview();
              }}
              // The rules load as the reader moves into the form, ahead of the first check.
              onFocus={() => void loadFormRules().catch(() => undefined)}
              className="flex flex-col gap-4"
            >
              <EditorSections
                invalid={invalidSections}
                isExpanded={sections.isExpanded}
                onToggle={sections.toggle}
              />
              {unexpected && (
                <p role="alert" className="text-sm text-red-700 dark:text-red-400">
                  {unexpected}
                </p>
              )}
              <ActionBar
                base={base}
                lastSave={lastSave}
                serverNewer={
                  server.serverNewer && {
                    who: server.serverNewer.ModifyUser ?? '—',
                    at: server.serverNewer.ModifyTime ?? 0,
                  }
                }
                canUndo={edits.canUndo}
                canRedo={edits.canRedo}
                onReview={startReview}
                onDiscard={() => dispatch({ type: 'ask-discard' })}
                onUndo={edits.undo}
                onRedo={edits.redo}
                onGoToError={(path) => void goToFields([path])}
                formatTime={formatTime}
              />
            </form>
            {mode.mode === 'confirming-discard' && (
              <DiscardDialog
                changedFields={diffTaskForm(base, form.getValues()).length}
                onConfirm={discard}
                onCancel={() => dispatch({ type: 'close' })}
              />
            )}
            {flow && (
              <Suspense fallback={null}>
                <ReviewDialog
                  flow={flow}
                  base={base}
                  onSave={() =>
                    flow.phase === 'review' && flow.request && saveFlow.save(flow.edited, flow.request)
                  }
                  onRetry={() =>
                    (flow.phase === 'failed' || flow.phase === 'unknown') &&
                    saveFlow.save(flow.edited, flow.request)
                  }
                  onClose={() => dispatch({ type: 'close' })}
                  onBackToFix={backToFix}
                  onApplyMerge={applySaveConflict}
                />
              </Suspense>
            )}
          </div>
        </div>
      </DeferredPartsProvider>
    </FormProvider>
  );
}
