import { useMemo, useSyncExternalStore } from 'react';
import { scheduleSettings, type ScheduleSettings } from '#domain/cron/dataworks-schedule';

// The scheduling zone the person picked in the preview. GetTask does not say which zone a workspace
// schedules in, so the preview lets them choose; the review's runs and risk callouts and the dependency
// notes read the same choice, so every list of runs is in the zone the person is looking at. It holds for
// the tab (sessionStorage: a reload keeps it, a new tab starts from the deployment's zone).

const STORAGE_KEY = 'task-editor.scheduling-zone';
const listeners = new Set<() => void>();

function readStored(): string | undefined {
  try {
    return globalThis.sessionStorage?.getItem(STORAGE_KEY) ?? undefined;
  } catch {
    return undefined; // storage refused (privacy settings): the choice lives in memory only
  }
}

let picked: string | undefined = readStored();

/** The zone picked, else the deployment's (dataworks-schedule.ts). */
export function schedulingZone(): string {
  return picked ?? scheduleSettings().timeZone;
}

export function pickSchedulingZone(timeZone: string): void {
  picked = timeZone === scheduleSettings().timeZone ? undefined : timeZone;
  try {
    if (picked === undefined) globalThis.sessionStorage?.removeItem(STORAGE_KEY);
    else globalThis.sessionStorage?.setItem(STORAGE_KEY, picked);
  } catch {
    // kept in memory
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The zone to show runs in, and the setter the preview's zone picker calls. */
export function useSchedulingZone(): [string, (timeZone: string) => void] {
  const zone = useSyncExternalStore(subscribe, schedulingZone, schedulingZone);
  return [zone, pickSchedulingZone];
}

/** The deployment's settings with the zone picked: what the preview, the review and the callouts compute with. */
export function useScheduleSettings(): ScheduleSettings {
  const [timeZone] = useSchedulingZone();
  const { weekdays } = scheduleSettings();
  // A new object only when the zone changes, so memoised computations keep their results.
  return useMemo(() => ({ weekdays, timeZone }), [weekdays, timeZone]);
}
