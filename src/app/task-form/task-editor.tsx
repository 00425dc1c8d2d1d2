import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { FormProvider, useForm, type Path } from 'react-hook-form';
import type { Task } from '#domain/task/task';
import { toTaskForm, toUpdateTaskRequest, type TaskForm } from '#domain/task/task-form';
import { UpdateTaskRequestSchema, type UpdateTaskRequest } from '#domain/task/update-task-request';
import { ApiError } from '../api/api-client.ts';
import { useUpdateTask } from '../api/task-queries.ts';
import { Button } from '../components/ui/button.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { DataSourceSection } from './data-source-section.tsx';
import { DependenciesSection } from './dependencies-section.tsx';
import { FormSection } from './form-section.tsx';
import { GeneralSection } from './general-section.tsx';
import { RerunSection } from './rerun-section.tsx';
import { ReviewPanel } from './review-panel.tsx';
import { RuntimeResourceSection } from './runtime-resource-section.tsx';
import { ScriptSection } from './script-section.tsx';
import { SectionNav } from './section-nav.tsx';
import { TagsSection } from './tags-section.tsx';
import { TaskOutputsSection } from './task-outputs-section.tsx';
import { sectionsOfPaths, sectionsWithErrors, TASK_SECTIONS, type SectionId } from './task-sections.ts';
import { TriggerSection } from './trigger-section.tsx';
import { VariablesSection } from './variables-section.tsx';
import { useUnsavedChangesGuard } from './use-unsaved-changes-guard.ts';

export function TaskEditor({ task, onSaved }: { task: Task; onSaved: (requestId: string) => void }) {
  const { t } = useI18n();
  const base = useMemo(() => toTaskForm(task), [task]);
  const form = useForm<TaskForm, unknown, UpdateTaskRequest>({
    resolver: zodResolver(UpdateTaskRequestSchema),
    defaultValues: base,
    mode: 'onChange',
  });
  const [review, setReview] = useState<{ edited: TaskForm; request: UpdateTaskRequest | undefined }>();
  const [saveError, setSaveError] = useState<ApiError>();
  const updateTask = useUpdateTask();
  useUnsavedChangesGuard(form.formState.isDirty);
  const errorCount = Object.keys(form.formState.errors).length;
  const invalidSections = sectionsWithErrors(form.formState.errors);
  const [collapsed, setCollapsed] = useState<ReadonlySet<SectionId>>(new Set());

  function expand(ids: Iterable<SectionId>) {
    setCollapsed((previous) => new Set([...previous].filter((id) => ![...ids].includes(id))));
  }

  const openReview = form.handleSubmit(
    (values) => {
      setSaveError(undefined);
      setReview({ edited: values, request: toUpdateTaskRequest(base, values) });
    },
    // Open the sections holding errors before react-hook-form focuses the first invalid field.
    (errors) => flushSync(() => expand(sectionsWithErrors(errors))),
  );

  const content: Record<SectionId, ReactNode> = {
    general: <GeneralSection />,
    rerun: <RerunSection />,
    script: <ScriptSection />,
    trigger: <TriggerSection />,
    'runtime-resource': <RuntimeResourceSection />,
    'data-source': <DataSourceSection />,
    inputs: <VariablesSection name="Inputs.Variables" label={t.sectionInputs} />,
    'output-variables': <VariablesSection name="Outputs.Variables" label={t.sectionOutputVariables} />,
    'task-outputs': <TaskOutputsSection />,
    dependencies: <DependenciesSection />,
    tags: <TagsSection />,
  };
  const descriptions: Partial<Record<SectionId, string>> = {
    inputs: t.inputsHelp,
    'output-variables': t.outputVariablesHelp,
    'task-outputs': t.taskOutputsHelp,
    dependencies: t.dependenciesHelp,
    tags: t.tagsHelp,
  };

  function save() {
    if (!review?.request) return;
    updateTask.mutate(review.request, {
      onSuccess: (reply) => onSaved(reply.RequestId),
      onError: (error) => {
        const apiError = error instanceof ApiError ? error : new ApiError(0, 'Error', error.message);
        setSaveError(apiError);
        setReview(undefined);
        flushSync(() => expand(sectionsOfPaths(apiError.issues.map((i) => i.path))));
        for (const issue of apiError.issues)
          form.setError(
            issue.path as Path<TaskForm>,
            { type: 'server', message: issue.message },
            { shouldFocus: true },
          );
      },
    });
  }

  return (
    <FormProvider {...form}>
      <div className="grid gap-6 lg:grid-cols-[12rem_minmax(0,1fr)]">
        <SectionNav invalid={invalidSections} onOpen={(id) => expand([id])} />
        <div className="flex min-w-0 flex-col gap-4">
          <form
            noValidate
            aria-label={task.Name}
            onSubmit={(e) => void openReview(e)}
            className="flex flex-col gap-4"
          >
            {saveError && (
              <div
                role="alert"
                className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
              >
                <p className="font-medium">{t.saveFailed}</p>
                <p>
                  {saveError.code}: {saveError.message}
                  {saveError.requestId && ` (RequestId ${saveError.requestId})`}
                </p>
              </div>
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
              <div className="flex items-center gap-2">
                <Button type="submit" variant="primary">
                  {t.review}
                </Button>
                <Button onClick={() => form.reset(base)} disabled={!form.formState.isDirty}>
                  {t.discard}
                </Button>
                {form.formState.isDirty && (
                  <span className="text-sm text-amber-700 dark:text-amber-300">● {t.unsavedChanges}</span>
                )}
              </div>
            )}
          </form>
          {review && (
            <ReviewPanel
              base={base}
              edited={review.edited}
              request={review.request}
              saving={updateTask.isPending}
              onSave={save}
              onBack={() => setReview(undefined)}
            />
          )}
        </div>
      </div>
    </FormProvider>
  );
}
