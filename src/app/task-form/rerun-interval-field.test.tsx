// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { FormProvider, useForm, type UseFormReturn } from 'react-hook-form';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { TaskForm } from '#domain/task/task-form';
import { catalogues } from '../catalogue.ts';
import { I18nProvider } from '../i18n/i18n.tsx';
import type { Locale } from '../i18n/messages.ts';
import { RerunIntervalField } from './rerun-interval-field.tsx';

let form: UseFormReturn<TaskForm>;

function Harness({ ms }: { ms: number | undefined }) {
  form = useForm<TaskForm>({ defaultValues: { Id: '1', RerunMode: 'AllAllowed', RerunInterval: ms } });
  return (
    <FormProvider {...form}>
      <RerunIntervalField />
    </FormProvider>
  );
}

function renderField(ms: number | undefined, locale: Locale = 'en') {
  render(
    <I18nProvider initialLocale={locale} catalogues={catalogues}>
      <Harness ms={ms} />
    </I18nProvider>,
  );
}

beforeAll(async () => {
  await catalogues.load('en');
  await catalogues.load('zh-CN');
});
afterEach(cleanup);

const box = (name = 'Rerun interval (minutes)') => screen.getByRole<HTMLInputElement>('textbox', { name });

describe('RerunInterval in minutes', () => {
  it('shows a stored 120000 ms as 2 minutes, and "5" typed is five minutes, sent as 300000 ms', () => {
    renderField(120_000);
    expect(box().name).toBe('RerunInterval');
    expect(box().value).toBe('2');
    fireEvent.change(box(), { target: { value: '5' } });
    expect(form.getValues('RerunInterval')).toBe(300_000);
    expect(screen.getByText('= 5 min · sent as 300000 ms')).toBeTruthy();
    expect(screen.queryByTestId('rerun-interval-warning')).toBeNull();
  });

  it('warns under one minute, naming the duration, and still keeps the value', () => {
    renderField(300_000);
    fireEvent.change(box(), { target: { value: '0.5' } });
    expect(form.getValues('RerunInterval')).toBe(30_000);
    const warning = screen.getByTestId('rerun-interval-warning');
    expect(warning.textContent).toContain('Under one minute (30 s)');
    expect(box().getAttribute('aria-describedby')).toContain(warning.id);
  });

  it('shows a value that is not whole minutes exactly, in seconds, and loses nothing when untouched', () => {
    renderField(90_000);
    expect(box('Rerun interval (seconds)').value).toBe('90');
    expect(form.getValues('RerunInterval')).toBe(90_000);
    // Switching the unit shows the same interval in minutes where exact, never changes the value.
    fireEvent.change(screen.getByRole('combobox', { name: 'Unit of the rerun interval' }), {
      target: { value: 'minutes' },
    });
    expect(box().value).toBe('1.5');
    expect(form.getValues('RerunInterval')).toBe(90_000);
  });

  it('follows a value set elsewhere (a restored draft)', () => {
    renderField(60_000);
    expect(box().value).toBe('1');
    act(() => form.setValue('RerunInterval', 61_000));
    expect(box('Rerun interval (seconds)').value).toBe('61');
  });

  it('is in minutes in Chinese too', () => {
    renderField(0, 'zh-CN');
    fireEvent.change(box('重跑间隔（分钟）'), { target: { value: '0.25' } });
    expect(form.getValues('RerunInterval')).toBe(15_000);
    expect(screen.getByTestId('rerun-interval-warning').textContent).toContain('不足一分钟');
  });
});
