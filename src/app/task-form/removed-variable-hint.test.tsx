// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { FormProvider, useForm } from 'react-hook-form';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { TaskForm } from '#domain/task/task-form';
import { catalogues } from '../catalogue.ts';
import { I18nProvider } from '../i18n/i18n.tsx';
import type { Locale } from '../i18n/messages.ts';
import { VariablesSection } from './variables-section.tsx';

const task: TaskForm = {
  Id: '1',
  Inputs: {
    Variables: [
      { Name: 'env', Type: 'Constant', Value: 'prod' },
      { Name: 'limit', Type: 'Constant', Value: '10' },
    ],
  },
  Script: { Content: 'SELECT *\nFROM orders_${env}\nLIMIT 5', Parameters: 'target=${env}' },
};

function Harness() {
  const form = useForm<TaskForm>({ defaultValues: task });
  return (
    <FormProvider {...form}>
      <VariablesSection name="Inputs.Variables" label="Input variables" />
    </FormProvider>
  );
}

function renderSection(locale: Locale = 'en') {
  render(
    <I18nProvider initialLocale={locale} catalogues={catalogues}>
      <Harness />
    </I18nProvider>,
  );
}

beforeAll(async () => {
  await catalogues.load('en');
  await catalogues.load('zh-CN');
});
afterEach(cleanup);

describe('removing an input variable the script still uses', () => {
  it('warns under the table, naming the variable and where the script reads it', () => {
    renderSection();
    expect(screen.queryByTestId('removed-variable-hint')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Remove row 1' }));
    expect(screen.getByTestId('removed-variable-hint').textContent).toBe(
      '“env” was removed, but the script still uses ${env} (line 2 of the script and the scheduling parameters): it will not be replaced when the task runs.',
    );
  });

  it('says nothing for a variable the script does not use', () => {
    renderSection();
    fireEvent.click(screen.getByRole('button', { name: 'Remove row 2' }));
    expect(screen.queryByTestId('removed-variable-hint')).toBeNull();
  });

  it('in Chinese', () => {
    renderSection('zh-CN');
    fireEvent.click(screen.getByRole('button', { name: '删除第 1 行' }));
    expect(screen.getByTestId('removed-variable-hint').textContent).toBe(
      '已删除“env”，但代码第 2 行和调度参数仍在使用 ${env}：任务运行时它将不会被替换。',
    );
  });
});
