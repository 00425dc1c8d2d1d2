// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { BatchRecord, BatchTaskRecord } from '#domain/batch/batch-contract';
import { catalogues } from '../catalogue.ts';
import { I18nProvider } from '../i18n/i18n.tsx';
import { BatchProgress } from './batch-progress.tsx';

const record = (
  Id: string,
  State: BatchTaskRecord['State'],
  Message: string | null = null,
): BatchTaskRecord => ({
  Id,
  Name: `task_${Id}`,
  ModifyTime: 1,
  Request: { Id },
  Before: { Id },
  State,
  Message,
  RequestId: null,
  UpdatedAt: 2,
});

const BATCH: BatchRecord = {
  Id: '7',
  ProjectId: '530876',
  Comment: 'move to serverless',
  ChunkSize: 2,
  RevertOf: null,
  User: 'local',
  CreatedAt: 0,
  UpdatedAt: 0,
  State: 'interrupted',
  Calls: 2,
  Counts: { saved: 2, failed: 1, conflict: 1, pending: 1, sending: 0, unknown: 0 },
  Tasks: [
    record('1', 'saved'),
    record('2', 'saved'),
    record('3', 'failed', 'Invalid.ResourceGroup: not bound to the workspace'),
    record('4', 'conflict'),
    record('5', 'pending'),
  ],
};

function renderProgress(locale: 'en' | 'zh-CN') {
  return render(
    <I18nProvider initialLocale={locale} catalogues={catalogues}>
      <BatchProgress batch={BATCH} />
    </I18nProvider>,
  );
}

beforeAll(async () => {
  await catalogues.load('en');
  await catalogues.load('zh-CN');
});
afterEach(cleanup);

describe('BatchProgress', () => {
  it('shows the journal’s counts on a progressbar and each task’s outcome', () => {
    renderProgress('en');
    const bar = screen.getByRole('progressbar', { name: 'Batch progress' });
    expect(bar.getAttribute('aria-valuenow')).toBe('4');
    expect(bar.getAttribute('aria-valuemax')).toBe('5');
    expect(screen.getByTestId('batch-counts').textContent).toBe(
      'Interrupted · 2 saved, 1 failed, 1 skipped (conflict), of 5 tasks.',
    );
    const items = [...screen.getByTestId('batch-tasks').children];
    expect(items.map((li) => li.getAttribute('data-state'))).toEqual([
      'saved',
      'saved',
      'failed',
      'conflict',
      'pending',
    ]);
    expect(items[2]!.textContent).toContain('Invalid.ResourceGroup: not bound to the workspace');
    expect(items[3]!.textContent).toContain('task_4');
    expect(items[3]!.textContent).toContain('Changed by someone else since the plan');
    expect(screen.getByText('Changed in DataWorks: 2 tasks.')).toBeTruthy();
  });

  it('says the same in Chinese', () => {
    renderProgress('zh-CN');
    expect(screen.getByTestId('batch-counts').textContent).toBe(
      '已中断 · 已保存 2 个，失败 1 个，跳过 1 个（冲突），共 5 个任务。',
    );
  });
});
