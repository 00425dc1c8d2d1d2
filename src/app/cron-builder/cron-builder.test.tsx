// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { TaskForm } from '#domain/task/task-form';
import { catalogues } from '../catalogue.ts';
import { I18nProvider } from '../i18n/i18n.tsx';
import type { Locale } from '../i18n/messages.ts';
import { CronBuilder } from './cron-builder.tsx';

function Cron() {
  return <output data-testid="cron">{useWatch<TaskForm>({ name: 'Trigger.Cron' }) as string}</output>;
}

function Harness({ cron }: { cron: string }) {
  const form = useForm<TaskForm>({ defaultValues: { Id: '1', Trigger: { Type: 'Scheduler', Cron: cron } } });
  return (
    <FormProvider {...form}>
      <CronBuilder />
      <Cron />
    </FormProvider>
  );
}

function renderBuilder(cron: string, locale: Locale = 'en') {
  render(
    <I18nProvider initialLocale={locale} catalogues={catalogues}>
      <Harness cron={cron} />
    </I18nProvider>,
  );
}

const cron = () => screen.getByTestId('cron').textContent;
const time = () => screen.getByRole<HTMLInputElement>('textbox', { name: 'Time of day' });

beforeAll(async () => {
  await catalogues.load('en');
  await catalogues.load('zh-CN');
});
afterEach(cleanup);

describe('day mode limited to weekdays', () => {
  it('shows every weekday ticked for a daily schedule, and the Weekdays preset writes MON-FRI', () => {
    renderBuilder('00 30 02 * * ?');
    expect(screen.getByRole('radio', { name: 'Day' })).toHaveProperty('checked', true);
    for (const day of ['Monday', 'Saturday', 'Sunday'])
      expect(screen.getByRole('checkbox', { name: day })).toHaveProperty('checked', true);
    const preset = screen.getByRole('button', { name: 'Weekdays (Mon–Fri)' });
    expect(preset.getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByRole('button', { name: 'Every day' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(preset);
    expect(cron()).toBe('00 30 02 ? * MON-FRI');
    // Still in Day mode, showing the limit.
    expect(screen.getByRole('radio', { name: 'Day' })).toHaveProperty('checked', true);
    expect(screen.getByRole('checkbox', { name: 'Saturday' })).toHaveProperty('checked', false);
    expect(screen.getByRole('button', { name: 'Weekdays (Mon–Fri)' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
  });

  it('unticking a day limits the schedule; ticking it back is every day again', () => {
    renderBuilder('00 00 06 * * ?');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Sunday' }));
    expect(cron()).toBe('00 00 06 ? * MON-SAT');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Sunday' }));
    expect(cron()).toBe('00 00 06 * * ?');
  });

  it('the week mode has the preset too, and switching Day -> Week keeps the weekdays', () => {
    renderBuilder('00 15 06 ? * MON-FRI');
    expect(screen.getByRole('radio', { name: 'Week' })).toHaveProperty('checked', true);
    fireEvent.click(screen.getByRole('radio', { name: 'Day' }));
    expect(cron()).toBe('00 15 06 ? * MON-FRI');
    fireEvent.click(screen.getByRole('button', { name: 'Every day' }));
    expect(cron()).toBe('00 15 06 * * ?');
    fireEvent.click(screen.getByRole('radio', { name: 'Week' }));
    expect(cron()).toBe('00 15 06 ? * MON');
    fireEvent.click(screen.getByRole('button', { name: 'Weekdays (Mon–Fri)' }));
    expect(cron()).toBe('00 15 06 ? * MON-FRI');
  });

  it('the weekdays are chips that wrap, not a fixed grid of seven columns', () => {
    renderBuilder('00 30 02 * * ?');
    const row = screen.getByRole('checkbox', { name: 'Monday' }).closest('label')!.parentElement!;
    expect(row.className).toContain('flex-wrap');
    expect(row.style.gridTemplateColumns).toBe('');
  });

  it('in Chinese the preset is 工作日', () => {
    renderBuilder('00 30 02 * * ?', 'zh-CN');
    fireEvent.click(screen.getByRole('button', { name: '工作日（周一至周五）' }));
    expect(cron()).toBe('00 30 02 ? * MON-FRI');
  });
});

describe('time of day on the 24-hour clock', () => {
  it('is a labelled text box showing hh:mm, not the browser time control', () => {
    renderBuilder('00 30 17 * * ?');
    expect(time().type).toBe('text');
    expect(time().value).toBe('17:30');
    expect(time().getAttribute('aria-describedby')).toBeTruthy();
  });

  it('writes a typed 24-hour time and pads it on leaving', () => {
    renderBuilder('00 30 02 * * ?');
    fireEvent.change(time(), { target: { value: '9:05' } });
    expect(cron()).toBe('00 05 09 * * ?');
    fireEvent.blur(time());
    expect(time().value).toBe('09:05');
    fireEvent.change(time(), { target: { value: '23：59' } }); // full-width colon, as a Chinese IME types
    expect(cron()).toBe('00 59 23 * * ?');
  });

  it('keeps bad text in the box with a clear error and leaves the schedule as it was', () => {
    renderBuilder('00 30 02 * * ?');
    fireEvent.change(time(), { target: { value: '25:00' } });
    expect(time().value).toBe('25:00');
    expect(time().getAttribute('aria-invalid')).toBe('true');
    const error = screen.getByTestId('time-of-day-error');
    expect(error.textContent).toContain('“25:00” is not a time');
    expect(error.textContent).toContain('00:00 to 23:59');
    expect(time().getAttribute('aria-describedby')).toContain(error.id);
    expect(cron()).toBe('00 30 02 * * ?');
  });

  it('Up and Down step the minute or, with the caret in the hour or Shift, the hour, wrapping', () => {
    renderBuilder('00 59 23 * * ?');
    time().setSelectionRange(4, 4);
    fireEvent.keyDown(time(), { key: 'ArrowUp' });
    expect(cron()).toBe('00 00 00 * * ?');
    fireEvent.keyDown(time(), { key: 'ArrowDown', shiftKey: true });
    expect(cron()).toBe('00 00 23 * * ?');
  });

  it('says so in Chinese', () => {
    renderBuilder('00 30 02 * * ?', 'zh-CN');
    const input = screen.getByRole('textbox', { name: '时间' });
    fireEvent.change(input, { target: { value: '7pm' } });
    expect(screen.getByTestId('time-of-day-error').textContent).toContain('24 小时制');
  });
});
