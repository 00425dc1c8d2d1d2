import { useState } from 'react';
import { formatTimeOfDay, parseTimeOfDay, stepTimeOfDay, type TimeOfDay } from '#domain/cron/time-of-day';
import { describedBy, FieldHelp, inputClass, useFieldIds } from '../components/ui/field.tsx';
import { useCronMessages } from './cron-messages.ts';

/**
 * hh:mm on the scheduling zone's 24-hour clock: a text box, not the browser's time control (which follows the
 * system's 12-hour AM/PM in many locales). What is typed stays in the box until it is a time; until then the
 * schedule keeps its last time and the box says what it wants. Up and Down step the hour or the minute,
 * whichever the caret is in (Shift: the hour).
 */
export function TimeOfDayInput({
  label,
  hour,
  minute,
  onChange,
}: {
  label: string;
  hour: number;
  minute: number;
  onChange: (time: TimeOfDay) => void;
}) {
  const m = useCronMessages();
  const ids = useFieldIds();
  const value = formatTimeOfDay({ hour, minute });
  const [text, setText] = useState(value);
  const [shown, setShown] = useState(value);
  // The expression changed elsewhere (typed, a mode switch): show its time (adjusting state while rendering).
  if (shown !== value) {
    setShown(value);
    setText(value);
  }
  const valid = parseTimeOfDay(text) !== null;
  const commit = (next: string) => {
    setText(next);
    const time = parseTimeOfDay(next);
    if (time && formatTimeOfDay(time) !== value) onChange(time);
  };
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={ids.id} className="text-sm font-medium">
        {label}
      </label>
      <input
        id={ids.id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        placeholder="hh:mm"
        className={`${inputClass} w-24 font-mono`}
        value={text}
        aria-invalid={!valid}
        aria-describedby={describedBy(!valid && ids.error, ids.help)}
        onChange={(event) => commit(event.target.value)}
        onBlur={() => {
          const time = parseTimeOfDay(text);
          if (time) setText(formatTimeOfDay(time)); // 9:05 -> 09:05
        }}
        onKeyDown={(event) => {
          if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
          event.preventDefault();
          const current = parseTimeOfDay(text) ?? { hour, minute };
          const caret = event.currentTarget.selectionStart ?? 0;
          const part = event.shiftKey || caret <= text.indexOf(':') ? 'hour' : 'minute';
          const next = formatTimeOfDay(stepTimeOfDay(current, part, event.key === 'ArrowUp' ? 1 : -1));
          commit(next);
          const input = event.currentTarget;
          requestAnimationFrame(() => input.setSelectionRange(caret, caret));
        }}
      />
      {!valid && (
        <p id={ids.error} className="text-sm text-red-700 dark:text-red-400" data-testid="time-of-day-error">
          {m.timeOfDayInvalid(text)}
        </p>
      )}
      <FieldHelp id={ids.help}>{m.timeOfDayHelp}</FieldHelp>
    </div>
  );
}
