import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { FormProvider, useForm, type Path } from 'react-hook-form';
import type { Task } from '#domain/task/task';
import { toTaskForm, toUpdateTaskRequest, type TaskForm } from '#domain/task/task-form';
import { UpdateTaskRequestSchema, type UpdateTaskRequest } from '#domain/task/update-task-request';
import { ApiError } from '../api/api-client.ts';
import { useUpdateTask } from '../api/task-queries.ts';
import { Button } from '../components/ui/button.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { GeneralSection } from './general-section.tsx';
import { ReviewPanel } from './review-panel.tsx';
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

  const openReview = form.handleSubmit((values) => {
    setSaveError(undefined);
    setReview({ edited: values, request: toUpdateTaskRequest(base, values) });
  });

  function save() {
    if (!review?.request) return;
    updateTask.mutate(review.request, {
      onSuccess: (reply) => onSaved(reply.RequestId),
      onError: (error) => {
        const apiError = error instanceof ApiError ? error : new ApiError(0, 'Error', error.message);
        setSaveError(apiError);
        setReview(undefined);
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
        <GeneralSection />
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
    </FormProvider>
  );
}
