import { useMemo } from 'react';
import { scheduleSettings } from '#domain/cron/dataworks-schedule';
import { findScheduleMismatch, type Schedule } from '#domain/task/schedule-mismatch';
import { useDependencyMessages } from './dependency-messages.ts';

/** A warning when an upstream's schedule cannot line up with this task's, saying what will happen. */
export function ScheduleMismatchNote({
  schedule,
  upstream,
  timeZone,
}: {
  schedule: Schedule;
  upstream: Schedule;
  timeZone: string;
}) {
  const m = useDependencyMessages();
  const after = useMemo(() => new Date(new Date().setUTCHours(0, 0, 0, 0)), []);
  const settings = useMemo(() => ({ ...scheduleSettings(), timeZone }), [timeZone]);
  const mismatch = findScheduleMismatch(schedule, upstream, { settings, after });
  if (!mismatch) return null;
  return (
    <p className="text-amber-800 dark:text-amber-300" data-testid="schedule-warning">
      ⚠ {m.mismatch(mismatch)}
    </p>
  );
}
