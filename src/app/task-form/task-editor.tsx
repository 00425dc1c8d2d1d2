import { Suspense, useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { FormProvider, useForm, type Path } from 'react-hook-form';
import { TaskSchema, type Task } from '#domain/task/task';
import { changedSections, toTaskForm, type TaskForm } from '#domain/task/task-form';
import type { UpdateTaskRequest } from '#domain/task/update-task-request';
import { ApiError } from '../api/api-client.ts';
import { useUpdateTask } from '../api/task-queries.ts';
import { Button } from '../components/ui/button.tsx';
import { clearDraft, readDraft, type Draft } from '../drafts/draft-store.ts';
import { useEditHistory } from '../drafts/use-edit-history.ts';
import { formatInstant } from '../format-time.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useReviewMessages, type ReviewMessages } from '../review/review-messages.ts';
import { classifySaveError, toFieldIssues, type SaveErrorKind } from '../review/save-errors.ts';
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
const ReviewPanel = lazyComponent(() => import('./review-panel.tsx').then((m) => m.ReviewPanel));

// Loaded when first shown: the first paint of /tasks/:id does not need it.
const ThreeWayPanel = lazyComponent(() =>
  import('../review/three-way-panel.tsx').then((m) => m.ThreeWayPanel),
);

const ERROR_MESSAGE: Record<SaveErrorKind, keyof ReviewMessages['error']> = {
  invalid: 'invalid',
  forbidden: 'forbidden',
  throttled: 'throttled',
  'not-applied': 'notApplied',
  'unknown-outcome': 'unknownOutcome',
  network: 'network',
  'not-found': 'notFound',
  token: 'token',
  other: 'other',
};

export interface SavedInfo {
  requestId: string;
  confirmedByReadBack: boolean;
}

interface Conflict {
  kind: 'save' | 'draft';
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

export function TaskEditor({ task, onSaved }: { task: Task; onSaved: (saved: SavedInfo) => void }) {
  const { t, locale } = useI18n();
  const m = useReviewMessages();
  const [baseTask, setBaseTask] = useState(task);
  const base = useMemo(() => toTaskForm(baseTask), [baseTask]);
  const form = useForm<TaskForm, unknown, UpdateTaskRequest>({
    resolver: useDependencyGuardResolver(useFormResolver(t.validationUnavailable), base),
    defaultValues: base,
    mode: 'onChange',
  });
  const [review, setReview] = useState<{ edited: TaskForm; request: UpdateTaskRequest | undefined }>();
  const [saveError, setSaveError] = useState<ApiError>();
  const [conflict, setConflict] = useState<Conflict>();
  const [rebased, setRebased] = useState(false);
  const [draftOffer, setDraftOffer] = useState(() => draftOnLoad(task));
  const edits = useEditHistory(form, base, { base, baseTask, offerPending: draftOffer !== undefined });
  const { stopAutosave, undo, redo } = edits;
  const updateTask = useUpdateTask({
    // Before the refetch remounts the editor on the new task, so no stale draft is offered.
    beforeRefresh: () => {
      stopAutosave();
      clearDraft(localStorage, task.Id);
    },
  });
  useUnsavedChangesGuard(() => changedSections(base, form.getValues()).length > 0, m.leaveWithUnsavedEdits);
  const errorCount = Object.keys(form.formState.errors).length;
  const invalidSections = sectionsWithErrors(form.formState.errors);
  const [collapsed, setCollapsed] = useState<ReadonlySet<SectionId>>(new Set());

  // Parts further down mount as the reader scrolls near them; to show an error, every part mounts at once.
  const { deferredParts, DeferredPartsProvider, mountEverything: showEverything } = useDeferredParts();

  function expand(ids: Iterable<SectionId>) {
    setCollapsed((previous) => new Set([...previous].filter((id) => ![...ids].includes(id))));
  }
  useSectionDeepLink({ expand, mountEverything: showEverything });

  const openReview = form.handleSubmit(
    async (values) => {
      const { toUpdateTaskRequest } = await loadFormRules(); // loaded already: the values were just checked
      setSaveError(undefined);
      setRebased(false);
      setReview({ edited: values, request: toUpdateTaskRequest(base, values) });
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
      setSaveError(new ApiError(0, 'Error', error instanceof Error ? error.message : String(error))),
    [],
  );

  useEditorShortcuts({
    reviewOpen: review !== undefined,
    review: () => void openReview().catch(showUnexpected),
    undo,
    redo,
  });

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

  function save() {
    if (!review?.request) return;
    const edited = review.edited;
    updateTask.mutate(
      { request: review.request, baseModifyTime: baseTask.ModifyTime },
      {
        onSuccess: (reply) =>
          onSaved({ requestId: reply.RequestId, confirmedByReadBack: reply.ConfirmedByReadBack === true }),
        onError: (error) => {
          const apiError = error instanceof ApiError ? error : new ApiError(0, 'Error', error.message);
          setReview(undefined);
          if (apiError.status === 409 && apiError.code === 'Conflict.TaskModified') {
            const current = TaskSchema.safeParse(apiError.body.Task);
            if (current.success) {
              setSaveError(undefined);
              setConflict({
                kind: 'save',
                theirsTask: current.data,
                base,
                theirs: toTaskForm(current.data),
                yours: edited,
              });
              return;
            }
          }
          setSaveError(apiError);
          const issues = toFieldIssues(apiError);
          void showEverything().then(() => {
            flushSync(() => expand(sectionsOfPaths(issues.map((i) => i.path))));
            issues.forEach((issue, index) =>
              form.setError(
                issue.path as Path<TaskForm>,
                { type: 'server', message: issue.message },
                { shouldFocus: index === 0 },
              ),
            );
          });
        },
      },
    );
  }

  function applyConflict(merged: TaskForm) {
    if (!conflict) return;
    setBaseTask(conflict.theirsTask);
    form.reset(conflict.theirs);
    form.reset(merged, { keepDefaultValues: true });
    edits.reset(conflict.theirs);
    edits.record(merged);
    setConflict(undefined);
    setRebased(true);
  }

  function restoreDraft() {
    if (!draftOffer) return;
    setDraftOffer(undefined);
    if (draftOffer.baseModifyTime === baseTask.ModifyTime) {
      form.reset(draftOffer.values, { keepDefaultValues: true });
      edits.record(draftOffer.values);
    } else
      setConflict({
        kind: 'draft',
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

  const errorKind = saveError ? classifySaveError(saveError) : undefined;

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
            {conflict && (
              <Suspense fallback={null}>
                <ThreeWayPanel
                  key={`${conflict.kind}@${conflict.theirsTask.ModifyTime}`}
                  intro={
                    conflict.kind === 'save'
                      ? m.conflictIntro(
                          conflict.theirsTask.ModifyUser ?? '—',
                          formatInstant(conflict.theirsTask.ModifyTime, locale),
                        )
                      : m.draftConflictIntro(formatInstant(conflict.theirsTask.ModifyTime, locale))
                  }
                  base={conflict.base}
                  theirs={conflict.theirs}
                  yours={conflict.yours}
                  onApply={applyConflict}
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
              {saveError && errorKind && (
                <div
                  role="alert"
                  data-testid="save-error"
                  className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
                >
                  <p className="font-medium">{m.error[ERROR_MESSAGE[errorKind]]}</p>
                  <p>
                    {saveError.code}: {saveError.message}
                    {saveError.requestId && ` (RequestId ${saveError.requestId})`}
                  </p>
                  <p>{m.error.kept}</p>
                </div>
              )}
              {rebased && (
                <p
                  role="status"
                  className="rounded-md border border-sky-300 bg-sky-50 p-3 text-sm dark:border-sky-800 dark:bg-sky-950"
                >
                  {m.rebased}
                </p>
              )}
              {errorCount > 0 && form.formState.isSubmitted && (
                <p role="alert" className="text-sm text-red-700 dark:text-red-400">
                  {t.fixErrors(errorCount)}
                </p>
              )}
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
              {!review && (
                <div className="flex flex-wrap items-center gap-2">
                  <Button type="submit" variant="primary" disabled={conflict !== undefined}>
                    {t.review}
                  </Button>
                  <Button
                    onClick={() => {
                      form.reset(base);
                      edits.reset(base);
                      stopAutosave();
                      clearDraft(localStorage, task.Id);
                    }}
                    disabled={!form.formState.isDirty}
                  >
                    {t.discard}
                  </Button>
                  <Button
                    variant="ghost"
                    onClick={undo}
                    disabled={!edits.canUndo}
                    aria-keyshortcuts="Control+Z"
                  >
                    {m.undo}
                  </Button>
                  <Button
                    variant="ghost"
                    onClick={redo}
                    disabled={!edits.canRedo}
                    aria-keyshortcuts="Control+Shift+Z Control+Y"
                  >
                    {m.redo}
                  </Button>
                  {form.formState.isDirty && (
                    <span className="text-sm text-amber-700 dark:text-amber-300">● {t.unsavedChanges}</span>
                  )}
                  <span className="text-xs text-slate-600 dark:text-slate-400">{m.shortcuts}</span>
                </div>
              )}
            </form>
            {review && (
              <Suspense fallback={null}>
                <ReviewPanel
                  base={base}
                  edited={review.edited}
                  request={review.request}
                  saving={updateTask.isPending}
                  onSave={save}
                  onBack={() => setReview(undefined)}
                />
              </Suspense>
            )}
          </div>
        </div>
      </DeferredPartsProvider>
    </FormProvider>
  );
}
