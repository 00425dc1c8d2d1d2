// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { FormProvider, useForm, useFormContext, type UseFormReturn } from 'react-hook-form';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { INSTANCE_MODES } from '#domain/task/task-constants';
import type { TaskForm } from '#domain/task/task-form';
import { catalogues } from '../../catalogue.ts';
import { I18nProvider } from '../../i18n/i18n.tsx';
import { FormField, TextField } from './form-field.tsx';
import { SelectField } from './select-field.tsx';

let form: UseFormReturn<TaskForm>;

function Form({ children }: { children: ReactNode }) {
  form = useForm<TaskForm>({
    defaultValues: { Id: '1', Name: 'a', Tags: [{ Key: 'k1' }, { Key: 'k2' }] },
    // Like the form's rules, asynchronous: each change is a validation in flight for react-hook-form.
    resolver: (values) => Promise.resolve({ values, errors: {} }),
    mode: 'onChange',
  });
  return (
    <I18nProvider initialLocale="en" catalogues={catalogues}>
      <FormProvider {...form}>{children}</FormProvider>
    </I18nProvider>
  );
}

beforeAll(() => catalogues.load('en'));
afterEach(cleanup);

describe('FormField', () => {
  it('names the control by its path, labels it, and ties help and its own error to it', () => {
    render(
      <Form>
        <TextField name="Name" label="Name" help="The task's name" className="font-mono" />
      </Form>,
    );
    const input = screen.getByRole('textbox', { name: 'Name' });
    expect(input.getAttribute('name')).toBe('Name');
    expect(input.getAttribute('aria-invalid')).toBe('false');
    expect(document.getElementById(input.getAttribute('aria-describedby')!)?.textContent).toBe(
      "The task's name",
    );

    act(() => form.setError('Name', { type: 'x', message: 'is required' }));
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const [errorId, helpId] = input.getAttribute('aria-describedby')!.split(' ');
    expect(document.getElementById(errorId!)?.textContent).toBe('is required');
    expect(document.getElementById(helpId!)?.textContent).toBe("The task's name");
  });

  it('re-renders a field for its own error and its own typing only', async () => {
    const renders = { 0: 0, 1: 0 };
    render(
      <Form>
        {([0, 1] as const).map((row) => (
          <FormField key={row} name={`Tags.${row}.Key`} label={`Key ${row}`}>
            {(control) => {
              renders[row]++;
              return <input {...control} />;
            }}
          </FormField>
        ))}
      </Form>,
    );
    const before = { ...renders };
    act(() => form.setError('Tags.1.Key', { type: 'x', message: 'duplicate' }));
    await act(async () => {
      fireEvent.input(screen.getByRole('textbox', { name: 'Key 1' }), { target: { value: 'k3' } });
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    act(() => form.setError('Name', { type: 'x', message: 'is required' }));
    expect(renders[0]).toBe(before[0]);
    expect(renders[1]).toBeGreaterThan(before[1]);
  });

  it('listens to the form once, however many fields it has', () => {
    let subscriptions = 0;
    function Counted({ children }: { children: ReactNode }) {
      const context = useFormContext<TaskForm>();
      const subscribe: typeof context.subscribe = (options) => {
        subscriptions++;
        return context.subscribe(options);
      };
      return (
        <FormProvider {...context} subscribe={subscribe}>
          {children}
        </FormProvider>
      );
    }
    render(
      <Form>
        <Counted>
          <TextField name="Name" label="Name" />
          <TextField name="Tags.0.Key" label="Key 0" />
          <TextField name="Tags.1.Key" label="Key 1" />
        </Counted>
      </Form>,
    );
    expect(subscriptions).toBe(1);
  });
});

describe('SelectField', () => {
  it('offers "not set" and the allowed values in their order, with their labels', () => {
    render(
      <Form>
        <SelectField
          name="InstanceMode"
          label="Instance mode"
          options={INSTANCE_MODES}
          labels={{ 'T+1': 'T+1 — the next day', Immediately: 'Immediately' }}
          empty="(not set)"
        />
      </Form>,
    );
    const select = screen.getByRole('combobox', { name: 'Instance mode' });
    expect(select.getAttribute('name')).toBe('InstanceMode');
    const options = [...select.querySelectorAll('option')].map((o) => [o.value, o.textContent]);
    expect(options).toEqual([
      ['', '(not set)'],
      ['T+1', 'T+1 — the next day'],
      ['Immediately', 'Immediately'],
    ]);
  });

  it('keeps an emptied choice unset rather than an empty string', () => {
    render(
      <Form>
        <SelectField name="EnvType" label="Env" options={['Prod', 'Dev'] as const} empty="(not set)" />
      </Form>,
    );
    fireEvent.change(screen.getByRole('combobox', { name: 'Env' }), { target: { value: 'Dev' } });
    expect(form.getValues('EnvType')).toBe('Dev');
    fireEvent.change(screen.getByRole('combobox', { name: 'Env' }), { target: { value: '' } });
    expect(form.getValues('EnvType')).toBeUndefined();
  });
});
