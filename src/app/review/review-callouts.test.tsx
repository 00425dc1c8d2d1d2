// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { diffTask } from '#domain/task/task-diff';
import type { TaskForm } from '#domain/task/task-form';
import { toUpdateTaskRequest } from '#domain/task/to-update-task-request';
import type { UpdateTaskRequest } from '#domain/task/update-task-request';
import { dependencyQueries } from '../api/dependency-queries.ts';
import { healthQueries } from '../api/health-queries.ts';
import { catalogues } from '../catalogue.ts';
import { I18nProvider } from '../i18n/i18n.tsx';
import type { Locale } from '../i18n/messages.ts';
import { ReviewPanel } from './review-panel.tsx';

const daily: TaskForm = {
  Id: '42',
  InstanceMode: 'T+1',
  RerunTimes: 3,
  Trigger: { Type: 'Scheduler', Cron: '00 30 02 * * ?' },
};

function renderReview(
  base: TaskForm,
  edited: TaskForm,
  locale: Locale = 'en',
  region: string | null = 'cn-beijing',
) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(healthQueries.health().queryKey, {
    ok: true,
    target: 'aliyun',
    projectId: '1',
    region,
  });
  const items = ['7', '8', '9'].map((id) => ({
    id,
    name: `t${id}`,
    dependencyType: 'Normal',
    task: { Id: id },
  }));
  client.setQueryData(dependencyQueries.downstream('42').queryKey, { items, total: 3 } as never);
  render(
    <QueryClientProvider client={client}>
      <I18nProvider initialLocale={locale} catalogues={catalogues}>
        <ReviewPanel
          base={base}
          edited={edited}
          diff={diffTask(base, edited)}
          request={toUpdateTaskRequest(base, edited as UpdateTaskRequest)}
        />
      </I18nProvider>
    </QueryClientProvider>,
  );
}

const callout = (kind: string) =>
  screen.queryByTestId('risk-callouts')?.querySelector(`[data-kind="${kind}"]`);

beforeAll(async () => {
  await catalogues.load('en');
  await catalogues.load('zh-CN');
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('risk callouts in the review', () => {
  it('a daily task narrowed to weekdays names the days dropped and counts the downstream tasks', () => {
    renderReview(daily, { ...daily, Trigger: { ...daily.Trigger, Cron: '00 30 02 ? * MON-FRI' } });
    expect(callout('weekdays-dropped')?.textContent).toBe(
      'The schedule no longer runs on Saturday, Sunday (2 days a week; it keeps Monday, Tuesday, Wednesday, Thursday, Friday). On those days DataWorks generates dry-run instances, which succeed at once without running: 3 downstream tasks then run on data that was not refreshed.',
    );
  });

  it('in Chinese', () => {
    renderReview(daily, { ...daily, Trigger: { ...daily.Trigger, Cron: '00 30 02 ? * MON-FRI' } }, 'zh-CN');
    expect(callout('weekdays-dropped')?.textContent).toContain('调度不再在星期六、星期日运行（每周少 2 天');
    expect(callout('weekdays-dropped')?.textContent).toContain('：3 个下游任务');
  });

  it('the Immediately note: not for a description, and with its zone when the schedule changes', () => {
    vi.useFakeTimers({ now: new Date('2026-12-03T09:23:00Z'), toFake: ['Date'] });
    const immediate: TaskForm = { ...daily, InstanceMode: 'Immediately' };
    renderReview(immediate, { ...immediate, Description: 'typo' });
    expect(callout('instance-mode-immediately')).toBeFalsy();
    cleanup();
    renderReview(immediate, { ...immediate, Trigger: { ...daily.Trigger, Cron: '00 45 02 * * ?' } });
    expect(callout('instance-mode-immediately')?.textContent).toContain(
      '(after 2026-12-03 17:33 (UTC+08:00, Asia/Shanghai))',
    );
  });

  it('the diff shows labels, the API name in a tooltip', () => {
    renderReview(daily, { ...daily, RerunTimes: 5 }, 'zh-CN');
    const row = document.querySelector('[data-path="RerunTimes"]')!;
    const label = within(row as HTMLElement).getByTitle('RerunTimes');
    expect(label.textContent).toBe('重跑次数');
  });

  it("the CLI command is in the deployment's region and says it carries no conflict check", () => {
    renderReview(daily, { ...daily, RerunTimes: 5 });
    expect(screen.getByTestId('cli-command').textContent).toContain('--region cn-beijing');
    expect(screen.getByText("This deployment's region is cn-beijing.")).toBeTruthy();
    expect(screen.getByTestId('cli-no-conflict-check').textContent).toContain('no conflict check');
  });
});
