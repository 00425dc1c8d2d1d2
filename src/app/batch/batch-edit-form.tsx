import { useId, useState, type ReactNode } from 'react';
import { FormProvider, useFieldArray, useForm } from 'react-hook-form';
import { useLocation } from 'wouter';
import { SETTABLE_PATHS, type OperationIssue, type SettablePath } from '#domain/batch/batch-operations';
import { planBatch, type BatchPlan } from '#domain/batch/plan-batch';
import { BATCH_DEFAULT_CHUNK_SIZE, BATCH_MAX_TASKS } from '#domain/task/batch-update-request';
import { RECURRENCES } from '#domain/task/task-constants';
import type { Task } from '#domain/task/task';
import type { TaskForm } from '#domain/task/task-form';
import { ApiError } from '../api/api-client.ts';
import { TextField } from '../components/form/form-field.tsx';
import { SelectField } from '../components/form/select-field.tsx';
import { Button } from '../components/ui/button.tsx';
import { inputClass } from '../components/ui/field.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { localizeValidationMessage } from '../i18n/localize-validation-message.ts';
import { useScheduleSettings } from '../scheduling-zone.ts';
import { startBatch, toCreateBatchRequest } from './batch-api.ts';
import { toOperations, type BatchEdits, type TagAction } from './batch-edits.ts';
import { useBatchMessages, type BatchMessages } from './batch-messages.ts';
import { BatchReviewDialog } from './batch-review-dialog.tsx';
import { useBatchUiMessages } from './batch-ui-messages.ts';
import { SETTABLE_FIELDS } from './settable-fields.tsx';

const checkboxClass = 'size-4 accent-orange-700';
const groupClass = 'flex flex-col gap-3 rounded-md border border-slate-200 p-3 dark:border-slate-700';

/** One sentence per fault of the operations, in the reader's language. */
function issueText(issue: OperationIssue, m: BatchMessages, locale: 'en' | 'zh-CN'): string {
  const o = m.operationIssue;
  switch (issue.code) {
    case 'invalid':
      return o.invalid(issue, issue.index + 1, localizeValidationMessage(issue.message, locale));
    case 'not-settable':
      return o['not-settable'](issue, issue.index + 1);
    case 'conflict':
      return o.conflict(issue, issue.index + 1, issue.other + 1);
    case 'invalid-comment':
      return o['invalid-comment'](issue, localizeValidationMessage(issue.message, locale));
    case 'invalid-chunk-size':
      return o['invalid-chunk-size'](issue);
  }
}

/** A "Change …" switch and, when on, what it reveals. */
function Toggle({
  label,
  checked,
  onChange,
  children,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  children: ReactNode;
}) {
  return (
    <div className="flex flex-col gap-2">
      <label className="flex items-center gap-2 text-sm font-medium">
        <input
          type="checkbox"
          className={checkboxClass}
          checked={checked}
          onChange={(e) => onChange(e.target.checked)}
        />
        {label}
      </label>
      {checked && <div className="pl-6">{children}</div>}
    </div>
  );
}

/**
 * The batch's operations on the single-task form's controls, its comment and chunk size; Review plans it in the
 * browser and opens the review, whose Save journals and starts the batch.
 */
export function BatchEditForm({
  projectId,
  tasks,
  cronControls,
}: {
  projectId: string;
  tasks: readonly Task[];
  /** The single-task form's Trigger.Cron field and builder (cron-builder/, a feature beside this one). */
  cronControls: ReactNode;
}) {
  const { t, locale } = useI18n();
  const m = useBatchMessages();
  const u = useBatchUiMessages();
  const ids = useId();
  const settings = useScheduleSettings();
  const [, navigate] = useLocation();
  const form = useForm<TaskForm>({ defaultValues: {} as TaskForm, mode: 'onSubmit' });
  const tags = useFieldArray({ control: form.control, name: 'Tags' });
  const [set, setSet] = useState<ReadonlySet<SettablePath>>(new Set());
  const [tagActions, setTagActions] = useState<TagAction[]>([]);
  const [schedule, setSchedule] = useState<BatchEdits['schedule']>('keep');
  const [time, setTime] = useState('');
  const [recurrence, setRecurrence] = useState(false);
  const [comment, setComment] = useState('');
  const [chunkSize, setChunkSize] = useState(String(BATCH_DEFAULT_CHUNK_SIZE));
  const [problems, setProblems] = useState<string[]>([]);
  const [timeError, setTimeError] = useState(false);
  const [plan, setPlan] = useState<BatchPlan>();
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string>();

  const toggle = (path: SettablePath, on: boolean) =>
    setSet((current) => {
      const next = new Set(current);
      if (on) next.add(path);
      else next.delete(path);
      return next;
    });

  function review() {
    form.clearErrors();
    setTimeError(false);
    const edits: BatchEdits = { set, tagActions, schedule, time, recurrence };
    const result = toOperations(edits, form.getValues());
    if (!result.ok) {
      setTimeError(true);
      setProblems([u.timeInvalid]);
      return;
    }
    if (result.operations.length === 0) return setProblems([u.noChanges]);
    const planned = planBatch({
      tasks,
      operations: result.operations,
      comment,
      chunkSize: Number(chunkSize),
      now: new Date(),
      settings,
    });
    if (!planned.ok) {
      for (const issue of planned.issues) {
        if (!('index' in issue)) continue;
        const field = result.fields[issue.index]!;
        const message = 'message' in issue ? issue.message : issueText(issue, m, locale);
        if (field === 'time') setTimeError(true);
        else form.setError(field as 'Owner', { type: 'batch', message }, { shouldFocus: true });
      }
      setProblems(planned.issues.map((issue) => issueText(issue, m, locale)));
      return;
    }
    setProblems([]);
    setSaveError(undefined);
    setPlan(planned.plan);
  }

  async function save() {
    if (!plan) return;
    setSaving(true);
    setSaveError(undefined);
    try {
      const id = await startBatch(toCreateBatchRequest(projectId, plan));
      navigate(`/batches/${id}`);
    } catch (error) {
      setSaveError(
        u.saveFailed(error instanceof ApiError || error instanceof Error ? error.message : String(error)),
      );
      setSaving(false);
    }
  }

  return (
    <FormProvider {...form}>
      <form
        noValidate
        className="flex flex-col gap-4"
        onSubmit={(e) => {
          e.preventDefault();
          review();
        }}
      >
        <h2 className="text-lg font-semibold">{u.changesHeading}</h2>
        <div className={groupClass}>
          {SETTABLE_PATHS.map((path) => (
            <Toggle
              key={path}
              label={u.changeField(SETTABLE_FIELDS[path].label(t))}
              checked={set.has(path)}
              onChange={(on) => toggle(path, on)}
            >
              {SETTABLE_FIELDS[path].control(t)}
            </Toggle>
          ))}
        </div>

        <fieldset className={groupClass}>
          <legend className="px-1 text-sm font-semibold">{u.tagsHeading}</legend>
          {tags.fields.map((field, row) => (
            <div key={field.id} className="flex flex-wrap items-end gap-2">
              <label className="flex flex-col gap-1 text-sm">
                <span className="font-medium">{u.tagAction(row + 1)}</span>
                <select
                  className={inputClass}
                  value={tagActions[row]}
                  onChange={(e) =>
                    setTagActions((a) => a.map((v, i) => (i === row ? (e.target.value as TagAction) : v)))
                  }
                >
                  <option value="add">{u.tagAdd}</option>
                  <option value="remove">{u.tagRemove}</option>
                </select>
              </label>
              <div className="min-w-40 flex-1">
                <TextField
                  name={`Tags.${row}.Key`}
                  label={t.cellLabel(t.colTagKey, row + 1)}
                  className="font-mono"
                />
              </div>
              {tagActions[row] === 'add' && (
                <div className="min-w-40 flex-1">
                  <TextField name={`Tags.${row}.Value`} label={t.cellLabel(t.colTagValue, row + 1)} />
                </div>
              )}
              <Button
                onClick={() => {
                  tags.remove(row);
                  setTagActions((a) => a.filter((_, i) => i !== row));
                }}
              >
                {u.removeTagChange(row + 1)}
              </Button>
            </div>
          ))}
          <div>
            <Button
              onClick={() => {
                tags.append({ Key: '', Value: '' });
                setTagActions((a) => [...a, 'add']);
              }}
            >
              {u.addTagChange}
            </Button>
          </div>
        </fieldset>

        <div className={groupClass}>
          <Toggle
            label={u.changeSchedule}
            checked={schedule !== 'keep'}
            onChange={(on) => setSchedule(on ? 'time-of-day' : 'keep')}
          >
            <div role="radiogroup" aria-label={u.changeSchedule} className="flex flex-col gap-1 text-sm">
              {(['time-of-day', 'cron'] as const).map((mode) => (
                <label key={mode} className="flex items-center gap-2">
                  <input
                    type="radio"
                    name="schedule-mode"
                    className={checkboxClass}
                    checked={schedule === mode}
                    onChange={() => setSchedule(mode)}
                  />
                  {mode === 'cron' ? u.wholeCron : u.timeOfDay}
                </label>
              ))}
            </div>
            {schedule === 'time-of-day' && (
              <div className="mt-3 flex flex-col gap-1">
                <label htmlFor={`${ids}-time`} className="text-sm font-medium">
                  {u.timeLabel}
                </label>
                <input
                  id={`${ids}-time`}
                  name="time"
                  value={time}
                  onChange={(e) => setTime(e.target.value)}
                  placeholder="02:30"
                  inputMode="numeric"
                  autoComplete="off"
                  aria-invalid={timeError}
                  aria-describedby={`${timeError ? `${ids}-time-error ` : ''}${ids}-time-help`}
                  className={`${inputClass} w-28 font-mono`}
                />
                {timeError && (
                  <p id={`${ids}-time-error`} className="text-sm text-red-700 dark:text-red-400">
                    {u.timeInvalid}
                  </p>
                )}
                <p id={`${ids}-time-help`} className="text-xs text-slate-600 dark:text-slate-400">
                  {u.timeHelp}
                </p>
              </div>
            )}
            {schedule === 'cron' && <div className="mt-3 flex flex-col gap-3">{cronControls}</div>}
          </Toggle>
          <Toggle label={u.changeField(t.fieldRecurrence)} checked={recurrence} onChange={setRecurrence}>
            <SelectField
              name="Trigger.Recurrence"
              label={t.fieldRecurrence}
              help={u.recurrenceHelp}
              options={RECURRENCES}
              labels={{ Normal: t.recurrenceNormal, Skip: t.recurrenceSkip, Pause: t.recurrencePause }}
              empty={t.notSet}
            />
          </Toggle>
        </div>

        <div className="flex flex-col gap-1">
          <label htmlFor={`${ids}-comment`} className="text-sm font-medium">
            {u.commentLabel}
          </label>
          <textarea
            id={`${ids}-comment`}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            rows={2}
            aria-describedby={`${ids}-comment-help`}
            className={inputClass}
          />
          <p id={`${ids}-comment-help`} className="text-xs text-slate-600 dark:text-slate-400">
            {u.commentHelp}
          </p>
        </div>

        <details>
          <summary className="cursor-pointer text-sm font-medium">{u.advanced}</summary>
          <div className="mt-2 flex flex-col gap-1">
            <label htmlFor={`${ids}-chunk`} className="text-sm font-medium">
              {u.chunkSizeLabel}
            </label>
            <input
              id={`${ids}-chunk`}
              type="number"
              min={1}
              max={BATCH_MAX_TASKS}
              step={1}
              value={chunkSize}
              onChange={(e) => setChunkSize(e.target.value)}
              aria-describedby={`${ids}-chunk-help`}
              className={`${inputClass} w-28 font-mono`}
            />
            <p id={`${ids}-chunk-help`} className="text-xs text-slate-600 dark:text-slate-400">
              {u.chunkSizeHelp(BATCH_MAX_TASKS)}
            </p>
          </div>
        </details>

        {problems.length > 0 && (
          <div
            role="alert"
            className="rounded-md border border-red-300 p-3 text-sm text-red-900 dark:border-red-800 dark:text-red-200"
          >
            {problems.length > 1 || problems[0] !== u.noChanges ? (
              <>
                <p className="font-medium">{u.issuesHeading(problems.length)}</p>
                <ul className="list-disc pl-5">
                  {problems.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
              </>
            ) : (
              <p>{problems[0]}</p>
            )}
          </div>
        )}
        <div>
          <Button type="submit" variant="primary">
            {u.review}
          </Button>
        </div>
      </form>
      {plan && (
        <BatchReviewDialog
          plan={plan}
          title={u.reviewTitle}
          saving={saving}
          error={saveError}
          onSave={() => void save()}
          onClose={() => setPlan(undefined)}
        />
      )}
    </FormProvider>
  );
}
