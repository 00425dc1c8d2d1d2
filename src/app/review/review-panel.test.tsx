import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { diffTask } from '#domain/task/task-diff';
import type { TaskForm } from '#domain/task/task-form';
import { catalogues } from '../catalogue.ts';
import { I18nProvider } from '../i18n/i18n.tsx';
import { pickSchedulingZone } from '../scheduling-zone.ts';
import { ReviewPanel } from './review-panel.tsx';

// The review's "next runs before and after" follow the scheduling zone picked in the preview, and read
// StartTime on that zone's clock (they were computed in Asia/Shanghai with a `+08:00` StartTime).

const base: TaskForm = { Id: '1', Trigger: { Type: 'Scheduler', Cron: '00 00 09 * * ?' } };
const edited: TaskForm = {
  ...base,
  Trigger: { Type: 'Scheduler', Cron: '00 00 09 * * ?', StartTime: '2026-05-10 20:00:00' },
};

function renderReview(): { heading: string; before: string[]; after: string[] } {
  const html = renderToStaticMarkup(
    // The owner callout names people through the workspace's member directory.
    <QueryClientProvider client={new QueryClient()}>
      <I18nProvider initialLocale="en" catalogues={catalogues}>
        <ReviewPanel
          base={base}
          edited={edited}
          diff={diffTask(base, edited)}
          request={{ Id: '1', Trigger: edited.Trigger }}
        />
      </I18nProvider>
    </QueryClientProvider>,
  );
  const heading = /<h3[^>]*>(Next [^<]*)<\/h3>/.exec(html)?.[1] ?? '';
  const lists = [...html.matchAll(/<ol[^>]*>(.*?)<\/ol>/g)].map((list) =>
    [...(list[1] ?? '').matchAll(/<li>([^<]*)<\/li>/g)].map((item) => item[1] ?? ''),
  );
  return { heading, before: lists[0] ?? [], after: lists[1] ?? [] };
}

describe('the review of a schedule change', () => {
  beforeAll(async () => {
    await catalogues.load('en');
  });
  afterEach(() => {
    pickSchedulingZone('Asia/Shanghai');
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('lists the runs in the zone picked in the preview, named, with StartTime read in that zone', () => {
    vi.stubGlobal('localStorage', { getItem: () => null, setItem: () => undefined });
    vi.useFakeTimers({ now: new Date('2026-05-01T00:00:00Z'), toFake: ['Date'] });
    pickSchedulingZone('America/New_York');
    const { heading, before, after } = renderReview();
    expect(heading).toBe('Next 10 runs before and after (America/New_York)');
    // 1 May 00:00 UTC is 30 April 20:00 in New York: the next 09:00 there is on 1 May.
    expect(before.slice(0, 2)).toEqual(['2026-05-01 Fri 09:00', '2026-05-02 Sat 09:00']);
    // StartTime 2026-05-10 20:00 on New York's clock: the first run is the next morning. Read as
    // +08:00 it would be 08:00 in New York, and 10 May 09:00 would be the first.
    expect(after.slice(0, 2)).toEqual(['2026-05-11 Mon 09:00', '2026-05-12 Tue 09:00']);
    expect(after).toHaveLength(10);
  });

  it("uses the deployment's zone until one is picked", () => {
    vi.stubGlobal('localStorage', { getItem: () => null, setItem: () => undefined });
    vi.useFakeTimers({ now: new Date('2026-05-01T00:00:00Z'), toFake: ['Date'] });
    const { heading, before } = renderReview();
    expect(heading).toBe('Next 10 runs before and after (Asia/Shanghai)');
    // 1 May 00:00 UTC is 08:00 in Shanghai: 09:00 is still to come that day.
    expect(before[0]).toBe('2026-05-01 Fri 09:00');
  });
});
