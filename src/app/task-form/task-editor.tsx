import { Suspense, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { FormProvider, useForm, type Path } from 'react-hook-form';
import type { Task } from '#domain/task/task';
import {
  changedSections,
  diffTaskForm,
  toStableJson,
  toTaskForm,
  type TaskForm,
} from '#domain/task/task-form';
import type { UpdateTaskRequest } from '#domain/task/update-task-request';
import { ApiError } from '../api/api-client.ts';
import { clearDraft, readDraft, type Draft } from '../drafts/draft-store.ts';
import { useEditHistory } from '../drafts/use-edit-history.ts';
import { formatInstant } from '../format-time.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useReviewMessages } from '../review/review-messages.ts';
import { toFieldIssues } from '../review/save-errors.ts';
import { useSaveFlow, type SavedResult } from '../review/use-save-flow.ts';
import { ActionBar, type LastSave } from './action-bar.tsx';
import { DiscardDialog } from './discard-dialog.tsx';
import { DataSourceSection } from './data-source-section.tsx';
import { useDependencyGuardResolver } from '../dependency-picker/use-dependency-guard-resolver.ts';
import { FormSection } from './form-section.tsx';
import { GeneralSection } from './general-section.tsx';
import { RerunSection } from './rerun-section.tsx';
import { RuntimeResourceSection } from './runtime-resource-section.tsx';
import { ScriptSection } from './script-section.tsx';
import { lazyFormResolver, loadFormRules } from './lazy-form-rules.ts';
import { SectionNav } from './section-nav.tsx';
import { TagsSection } from './tags-section.tsx';
import { TaskOutputsSection } from './task-outputs-section.tsx';
import { sectionsOfPaths, sectionsWithErrors, TASK_SECTIONS, type SectionId } from './task-sections.ts';
import { TriggerSection } from './trigger-section.tsx';
import { VariablesSection } from './variables-section.tsx';
import { useEditorShortcuts } from './use-editor-shortcuts.ts';
import { useUnsavedChangesGuard } from './use-unsaved-changes-guard.ts';
import { useSectionDeepLink } from './use-section-deep-link.ts';
import { lazyComponent } from '../components/lazy-component.ts';
import { useDeferredParts, WhenNearViewport } from '../components/when-near-viewport.tsx';

// Loaded when first shown: the first paint of /tasks/:id does not need it.
const DependenciesSection = lazyComponent(() =>
  import('./dependencies-section.tsx').then((m) => m.DependenciesSection),
);
const DraftBanner = lazyComponent(() => import('../drafts/draft-banner.tsx').then((m) => m.DraftBanner));
const ReviewDialog = lazyComponent(() => import('../review/review-dialog.tsx').then((m) => m.ReviewDialog));
const ThreeWayPanel = lazyComponent(() =>
  import('../review/three-way-panel.tsx').then((m) => m.ThreeWayPanel),
);

/** A draft written against an older version of the task, to merge into the current one. */
interface DraftConflict {
  theirsTask: Task;
  base: TaskForm;
  theirs: TaskForm;
  yours: TaskForm;
}

function draftOnLoad(task: Task): Draft | undefined {
  const draft = readDraft(localStorage, task.Id);
  if (!draft) return undefined;
  if (changedSections(toTaskForm(task), draft.values).length === 0) {
    clearDraft(localStorage, task.Id);
    return undefined;
  }
  return draft;
}

/** The form's lazily loaded resolver, created once; its failure message follows the reader's language. */
function useFormResolver(unavailable: string) {
  const message = useRef(unavailable);
  message.current = unavailable;
  return useState(() => lazyFormResolver(() => message.current))[0];
}

export function TaskEditor({ task }: { task: Task }) {
  const { t, locale } = useI18n();
  const m = useReviewMessages();
  const [baseTask, setBaseTask] = useState(task);
  const base = useMemo(() => toTaskForm(baseTask), [baseTask]);
  const form = useForm<TaskForm, unknown, UpdateTaskRequest>({
    resolver: useDependencyGuardResolver(useFormResolver(t.validationUnavailable), base),
    defaultValues: base,
    mode: 'onChange',
  });
  const [unexpected, setUnexpected] = useState<ApiError>();
  const [draftConflict, setDraftConflict] = useState<DraftConflict>();
  const [draftOffer, setDraftOffer] = useState(() => draftOnLoad(task));
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const [lastSave, setLastSave] = useState<LastSave>();
  const edits = useEditHistory(form, base, { base, baseTask, offerPending: draftOffer !== undefined });
  const { stopAutosave, undo, redo, reset: resetHistory, record } = edits;
  useUnsavedChangesGuard(() => changedSections(base, form.getValues()).length > 0, m.leaveWithUnsavedEdits);
  const invalidSections = sectionsWithErrors(form.formState.errors);
  const [collapsed, setCollapsed] = useState<ReadonlySet<SectionId>>(new Set());

  // Parts further down mount as the reader scrolls near them; to show an error, every part mounts at once.
  const { deferredParts, DeferredPartsProvider, mountEverything: showEverything } = useDeferredParts();

  function expand(ids: Iterable<SectionId>) {
    setCollapsed((previous) => new Set([...previous].filter((id) => ![...ids].includes(id))));
  }
  useSectionDeepLink({ expand, mountEverything: showEverything });

  // The form's values as the open review shows them (the form is inert while it is open).
  const reviewed = useRef<TaskForm>(undefined);
  // Set by a save that landed: the next task from the server becomes the base, and only what the save did
  // not carry stays an unsaved edit.
  const landed = useRef<TaskForm>(undefined);
  const saveFlow = useSaveFlow({
    taskId: task.Id,
    base,
    baseModifyTime: baseTask.ModifyTime,
    onSaved: ({ requestId, at }: SavedResult) => {
      landed.current = reviewed.current;
      setLastSave({ at, requestId });
    },
  });

  // A newer task from the server (after a save, or a refetch) never overwrites edits not saved or discarded.
  const [serverNewer, setServerNewer] = useState<Task>();
  useEffect(() => {
    if (task.ModifyTime === baseTask.ModifyTime && task.Id === baseTask.Id) return;
    const values = form.getValues();
    const carried = landed.current;
    const unsaved = carried
      ? toStableJson(values) !== toStableJson(carried)
      : changedSections(base, values).length > 0;
    if (!carried && unsaved) {
      setServerNewer(task); // someone else's change: the save's If-Match check will show both versions
      return;
    }
    landed.current = undefined;
    setServerNewer(undefined);
    setBaseTask(task);
    const next = toTaskForm(task);
    form.reset(next);
    if (unsaved) form.reset(values, { keepDefaultValues: true });
    else {
      stopAutosave();
      clearDraft(localStorage, task.Id);
    }
    resetHistory(next);
    if (unsaved) record(values);
  }, [task, baseTask, base, form, resetHistory, record, stopAutosave]);

  // The base as of the latest render: a review opened right after a rebase must diff against the new one.
  const latestBase = useRef(base);
  latestBase.current = base;
  const openReview = form.handleSubmit(
    async (values) => {
      const { toUpdateTaskRequest } = await loadFormRules(); // loaded already: the values were just checked
      setUnexpected(undefined);
      reviewed.current = structuredClone(form.getValues());
      saveFlow.review(values, toUpdateTaskRequest(latestBase.current, values));
    },
    // Open the sections holding errors before react-hook-form focuses the first invalid field.
    async (errors) => {
      await showEverything();
      flushSync(() => expand(sectionsWithErrors(errors)));
    },
  );

  /** A failure inside validation itself (not an invalid value) must not leave "Review changes" mute. */
  const showUnexpected = useCallback(
    (error: unknown) =>
      setUnexpected(new ApiError(0, 'Error', error instanceof Error ? error.message : String(error))),
    [],
  );
  const startReview = () => void openReview().catch(showUnexpected);

  useEditorShortcuts({
    reviewOpen: saveFlow.flow !== undefined || confirmDiscard,
    review: startReview,
    undo,
    redo,
  });

  /** Mounts and opens the field's section, then focuses the field. */
  async function goToField(path: string, error?: { message: string }) {
    await showEverything();
    flushSync(() => expand(sectionsOfPaths([path])));
    if (error) form.setError(path as Path<TaskForm>, { type: 'server', ...error }, { shouldFocus: true });
    else form.setFocus(path as Path<TaskForm>);
  }

  /** After a refused save: closes the review and marks the fields DataWorks named, focusing the first. */
  function backToFix() {
    const flow = saveFlow.flow;
    saveFlow.close();
    if (flow?.phase !== 'failed') return;
    const issues = toFieldIssues(flow.error);
    // After the dialog has closed and given focus back, so that the field's focus wins.
    setTimeout(() => {
      void goToField(issues[0]!.path, issues[0]).then(() =>
        issues
          .slice(1)
          .forEach((issue) =>
            form.setError(issue.path as Path<TaskForm>, { type: 'server', message: issue.message }),
          ),
      );
    });
  }

  /** A save refused by a newer version: your edits go onto it, and the review opens again on the result. */
  function applySaveConflict(merged: TaskForm) {
    const flow = saveFlow.flow;
    if (flow?.phase !== 'conflict') return;
    rebase(flow.theirsTask, flow.theirs, merged);
    saveFlow.close();
    // After the form holds the merged values and the new base, so the review is computed from them.
    setTimeout(startReview);
  }

  function rebase(theirsTask: Task, theirs: TaskForm, merged: TaskForm) {
    setBaseTask(theirsTask);
    setServerNewer(undefined);
    form.reset(theirs);
    form.reset(merged, { keepDefaultValues: true });
    edits.reset(theirs);
    edits.record(merged);
  }

  function discard() {
    setConfirmDiscard(false);
    const values = structuredClone(form.getValues());
    form.reset(base);
    // Undoable: the discarded edits are one Undo away while the page stays open.
    edits.record(values);
    edits.record(base);
    stopAutosave();
    clearDraft(localStorage, task.Id);
  }

  // Stable elements: a re-render of the editor (its error count, dirty flag) does not re-render every section,
  // so typing stays within a frame in a task with a thousand variables.
  const content: Record<SectionId, ReactNode> = useMemo(
    () => ({
      general: <GeneralSection />,
      rerun: <RerunSection />,
      script: <ScriptSection />,
      trigger: <TriggerSection />,
      'runtime-resource': <RuntimeResourceSection />,
      'data-source': <DataSourceSection />,
      'input-variables': <VariablesSection name="Inputs.Variables" label={t.sectionInputs} />,
      'output-variables': <VariablesSection name="Outputs.Variables" label={t.sectionOutputVariables} />,
      'task-outputs': <TaskOutputsSection />,
      dependencies: (
        <WhenNearViewport
          estimatedHeight={400}
          preload={DependenciesSection.preload}
          label={t.deferredDependencies}
        >
          <Suspense fallback={<p role="status">{t.loading}</p>}>
            <DependenciesSection />
          </Suspense>
        </WhenNearViewport>
      ),
      tags: <TagsSection />,
    }),
    [t],
  );
  const descriptions: Partial<Record<SectionId, string>> = {
    'input-variables': t.inputsHelp,
    'output-variables': t.outputVariablesHelp,
    'task-outputs': t.taskOutputsHelp,
    dependencies: t.dependenciesHelp,
    tags: t.tagsHelp,
  };

  function restoreDraft() {
    if (!draftOffer) return;
    setDraftOffer(undefined);
    if (draftOffer.baseModifyTime === baseTask.ModifyTime) {
      form.reset(draftOffer.values, { keepDefaultValues: true });
      edits.record(draftOffer.values);
    } else
      setDraftConflict({
        theirsTask: baseTask,
        base: draftOffer.base,
        theirs: base,
        yours: draftOffer.values,
      });
  }

  function discardDraft() {
    setDraftOffer(undefined);
    clearDraft(localStorage, task.Id);
  }

  const formatTime = (ms: number | undefined) => formatInstant(ms, locale);
  const flow = saveFlow.flow;

  return (
    <FormProvider {...form}>
      <DeferredPartsProvider value={deferredParts}>
        <div className="grid gap-6 lg:grid-cols-[12rem_minmax(0,1fr)]">
          <SectionNav invalid={invalidSections} onOpen={(id) => expand([id])} />
          <div className="flex min-w-0 flex-col gap-4">
            {draftOffer && (
              <Suspense fallback={null}>
                <DraftBanner
                  draft={draftOffer}
                  current={base}
                  stale={draftOffer.baseModifyTime !== baseTask.ModifyTime}
                  onRestore={restoreDraft}
                  onDiscard={discardDraft}
                />
              </Suspense>
            )}
            {draftConflict && (
              <Suspense fallback={null}>
                <ThreeWayPanel
                  key={`draft@${draftConflict.theirsTask.ModifyTime}`}
                  intro={m.draftConflictIntro(formatTime(draftConflict.theirsTask.ModifyTime))}
                  base={draftConflict.base}
                  theirs={draftConflict.theirs}
                  yours={draftConflict.yours}
                  onApply={(merged) => {
                    rebase(draftConflict.theirsTask, draftConflict.theirs, merged);
                    setDraftConflict(undefined);
                  }}
                />
              </Suspense>
            )}
            <form
              noValidate
              aria-label={task.Name}
              onSubmit={(e) => void openReview(e).catch(showUnexpected)}
              // The rules load as the reader moves into the form, ahead of the first check.
              onFocus={() => void loadFormRules().catch(() => undefined)}
              className="flex flex-col gap-4"
            >
              {TASK_SECTIONS.map((section) => (
                <FormSection
                  key={section.id}
                  id={section.id}
                  title={t[section.title]}
                  description={descriptions[section.id]}
                  expanded={!collapsed.has(section.id)}
                  invalid={invalidSections.has(section.id)}
                  onToggle={() =>
                    setCollapsed((previous) => {
                      const next = new Set(previous);
                      if (!next.delete(section.id)) next.add(section.id);
                      return next;
                    })
                  }
                >
                  {content[section.id]}
                </FormSection>
              ))}
              {unexpected && (
                <p role="alert" className="text-sm text-red-700 dark:text-red-400">
                  {unexpected.message}
                </p>
              )}
              <ActionBar
                base={base}
                lastSave={lastSave}
                serverNewer={
                  serverNewer && { who: serverNewer.ModifyUser ?? '—', at: serverNewer.ModifyTime ?? 0 }
                }
                canUndo={edits.canUndo}
                canRedo={edits.canRedo}
                onReview={startReview}
                onDiscard={() => setConfirmDiscard(true)}
                onUndo={undo}
                onRedo={redo}
                onGoToError={(path) => void goToField(path)}
                formatTime={formatTime}
              />
            </form>
            {confirmDiscard && (
              <DiscardDialog
                changedFields={diffTaskForm(base, form.getValues()).length}
                onConfirm={discard}
                onCancel={() => setConfirmDiscard(false)}
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
                  onClose={saveFlow.close}
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
