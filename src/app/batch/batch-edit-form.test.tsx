// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Task } from '#domain/task/task';
import { catalogues } from '../catalogue.ts';
import { I18nProvider } from '../i18n/i18n.tsx';
import { CurrentWorkspaceProvider } from '../workspace/current-workspace.tsx';
import { BatchEditForm } from './batch-edit-form.tsx';

// The editor's operations through the review: the totals, each refusal's reason, every task, the button's name;
// a wrong operation names its field and rule and loses no edit.

function task(id: string, cron: string, timeout = 3600): Task {
  return {
    Id: id,
    Name: `ods_${id}_di`,
    Owner: '1107550004253538',
    Timeout: timeout,
    RerunMode: 'AllAllowed',
    Trigger: { Type: 'Scheduler', Recurrence: 'Normal', Cron: cron },
    Tags: [],
    ModifyTime: 1_700_000_000_000,
  };
}

const TASKS = [
  task('101', '00 00 00 * * ?'),
  task('102', '00 15 01 * * ?'),
  task('103', '00 */30 * * * ?'),
  task('104', '00 00 00 * * ?', 7200),
];

function renderForm(locale: 'en' | 'zh-CN' = 'en') {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <I18nProvider initialLocale={locale} catalogues={catalogues}>
        <CurrentWorkspaceProvider projectId="530876">
          <BatchEditForm projectId="530876" tasks={TASKS} cronControls={null} />
        </CurrentWorkspaceProvider>
      </I18nProvider>
    </QueryClientProvider>,
  );
}

beforeAll(async () => {
  await catalogues.load('en');
  await catalogues.load('zh-CN');
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('BatchEditForm', () => {
  it('plans the toggled operations: totals, refusal reasons, every task, and “Save N tasks”', () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new Error('no network in this test'))),
    );
    renderForm();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Change Timeout (seconds)' }));
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Timeout (seconds)' }), {
      target: { value: '7200' },
    });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Change the schedule (Trigger.Cron)' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Time of day (24-hour, hh:mm)' }), {
      target: { value: '02:30' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Review changes' }));

    const dialog = screen.getByRole('dialog', { name: 'Review the batch' });
    // 103 runs every 30 minutes: refused; the others get the timeout and 02:30 (104 only the time).
    expect(within(dialog).getByTestId('plan-totals').textContent).toBe(
      'Plan: 3 to change, 0 unchanged, 1 refused.',
    );
    expect(within(dialog).getByTestId('refused-tasks').textContent).toContain('ods_103_di');
    expect(within(dialog).getByTestId('refused-tasks').textContent).toContain('every few minutes');
    const changed = [...within(dialog).getByTestId('changed-tasks').children];
    expect(changed.map((li) => li.getAttribute('data-task-id'))).toEqual(['101', '102', '104']);
    expect(within(dialog).getByRole('button', { name: 'Save 3 tasks to DataWorks' })).toBeTruthy();
    expect(dialog.textContent).toContain('"Cron": "00 30 02 * * ?"');
  });

  it('names the field and the rule of a wrong operation and keeps every edit', () => {
    renderForm();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Change Rerun times' }));
    const times = screen.getByRole('spinbutton', { name: 'Rerun times' });
    fireEvent.change(times, { target: { value: '99' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add a tag change' }));
    fireEvent.change(screen.getByRole('textbox', { name: /Key.*1/ }), { target: { value: 'layer' } });
    fireEvent.click(screen.getByRole('button', { name: 'Review changes' }));

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('alert').textContent).toMatch(/RerunTimes .*(at most|10)/);
    expect(times.getAttribute('aria-invalid')).toBe('true');
    expect((times as HTMLInputElement).value).toBe('99');
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: /Key.*1/ }).value).toBe('layer');
  });

  it('refuses a time that is not hh:mm, in Chinese too', () => {
    renderForm('zh-CN');
    fireEvent.click(screen.getByRole('checkbox', { name: '修改调度时间（Trigger.Cron）' }));
    const time = screen.getByRole('textbox', { name: '定时时间（24 小时制，hh:mm）' });
    fireEvent.change(time, { target: { value: '25:00' } });
    fireEvent.click(screen.getByRole('button', { name: '检查变更' }));
    expect(screen.getByRole('alert').textContent).toContain('必须为 24 小时制的 hh:mm');
    expect(time.getAttribute('aria-invalid')).toBe('true');
    expect((time as HTMLInputElement).value).toBe('25:00');
  });
});
