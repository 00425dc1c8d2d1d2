// @vitest-environment happy-dom
import { zodResolver } from '@hookform/resolvers/zod';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { FormProvider, useForm, type UseFormReturn } from 'react-hook-form';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TaskForm } from '#domain/task/task-form';
import { UpdateTaskRequestSchema, type UpdateTaskRequest } from '#domain/task/update-task-request';
import { catalogues } from '../catalogue.ts';
import { I18nProvider } from '../i18n/i18n.tsx';
import { CurrentWorkspaceProvider } from './current-workspace.tsx';
import { OwnerField } from './workspace-fields.tsx';

// The Owner field against a stubbed proxy: a member picked by a Chinese fragment sets the account ID, a
// numeric non-member is kept and flagged, a name is refused by the schema, a refused lookup is free text.

const member = (UserId: string, Name: string, Code: string, role: string) => ({
  UserId,
  Name,
  Status: 'Normal',
  Roles: [{ Code, Name: role }],
});
const MEMBERS = [
  member('1107550004253538', 'Alice Chen', 'role_project_owner', 'Workspace Owner'),
  member('207413640512347165', '张伟', 'role_project_dev', 'Develop'),
  member('208410117172556556', '张伟', 'role_project_guest', 'Visitors'),
  member('203519867712345678', '李娜', 'role_project_dev', 'Develop'),
];

let refuse = false;
const requested: string[] = [];

function reply(status: number, body: unknown) {
  return Promise.resolve(
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
  );
}

function stubProxy(input: string) {
  const url = new URL(input, 'http://localhost');
  requested.push(url.pathname + url.search);
  if (refuse) return reply(403, { Code: 'Forbidden.Access', Message: 'not allowed' });
  const one = /^\/api\/projects\/530876\/members\/(\d+)$/.exec(url.pathname);
  if (one) {
    const member = MEMBERS.find((m) => m.UserId === one[1]);
    return member
      ? reply(200, { Member: member, LoadedAt: 0 })
      : reply(404, { Code: 'MemberNotFound', Message: 'no such member' });
  }
  if (url.pathname === '/api/projects/530876/members') {
    const q = url.searchParams.get('q') ?? '';
    const found = MEMBERS.filter((m) => m.Name.includes(q) || m.UserId.includes(q));
    return reply(200, { Members: found, Total: found.length, LoadedAt: 0, Pages: 1 });
  }
  return reply(404, { Code: 'NotFound', Message: 'No API' });
}

let form: UseFormReturn<TaskForm, unknown, UpdateTaskRequest>;

function Form({ children, owner }: { children: ReactNode; owner: string }) {
  form = useForm<TaskForm, unknown, UpdateTaskRequest>({
    defaultValues: { Id: '1', Owner: owner },
    resolver: zodResolver(UpdateTaskRequestSchema),
    mode: 'onChange',
  });
  return <FormProvider {...form}>{children}</FormProvider>;
}

function renderOwner(owner = '1107550004253538') {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <I18nProvider initialLocale="en" catalogues={catalogues}>
        <CurrentWorkspaceProvider projectId="530876">
          <Form owner={owner}>
            <OwnerField />
          </Form>
        </CurrentWorkspaceProvider>
      </I18nProvider>
    </QueryClientProvider>,
  );
}

beforeAll(() => catalogues.load('en'));
beforeEach(() => {
  refuse = false;
  requested.length = 0;
  vi.stubGlobal('fetch', vi.fn(stubProxy));
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const owner = () => screen.getByRole('combobox', { name: 'Owner' });
const note = () => screen.getByTestId('lookup-note-Owner');

describe('OwnerField', () => {
  it('keeps name="Owner" and the account ID as its value, and names the current owner', async () => {
    renderOwner();
    expect(owner().getAttribute('name')).toBe('Owner');
    expect((owner() as HTMLInputElement).value).toBe('1107550004253538');
    await waitFor(() => expect(note().textContent).toBe('Alice Chen · Workspace Owner'));
    expect(owner().getAttribute('aria-describedby')).toContain(note().id);
  });

  it('searches members by a Chinese fragment and sets the picked UserId', async () => {
    renderOwner();
    fireEvent.change(owner(), { target: { value: '张' } });
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(2));
    expect(requested).toContain('/api/projects/530876/members?q=%E5%BC%A0&limit=50');
    // Two people share a name: the ID and the roles tell them apart.
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      '张伟207413640512347165Develop',
      '张伟208410117172556556Visitors',
    ]);
    // A name typed is a search, not yet the value: no edit, no error.
    expect(form.getValues('Owner')).toBe('1107550004253538');
    expect(form.getFieldState('Owner').isDirty).toBe(false);
    expect(screen.queryByText('must be an account ID written with digits only')).toBeNull();
    fireEvent.keyDown(owner(), { key: 'ArrowDown' });
    fireEvent.keyDown(owner(), { key: 'ArrowDown' });
    fireEvent.keyDown(owner(), { key: 'Enter' });
    await waitFor(() => expect(form.getValues('Owner')).toBe('208410117172556556'));
    expect((owner() as HTMLInputElement).value).toBe('208410117172556556');
    expect(form.getFieldState('Owner').isDirty).toBe(true);
    await waitFor(() => expect(note().textContent).toBe('张伟 · Visitors'));
    expect(owner().getAttribute('aria-invalid')).toBe('false');
  });

  it('keeps a numeric account ID that is no member, flagged as a warning, not an error', async () => {
    renderOwner();
    fireEvent.change(owner(), { target: { value: '1999888877776666' } });
    fireEvent.keyDown(owner(), { key: 'Escape' });
    await waitFor(() =>
      expect(note().textContent).toBe('not a member of this workspace. It can still be saved.'),
    );
    expect(form.getValues('Owner')).toBe('1999888877776666');
    await act(() => form.trigger('Owner'));
    expect(form.formState.errors.Owner).toBeUndefined();
  });

  it('refuses a value that is no account ID, naming the rule, once the list is closed', async () => {
    renderOwner();
    fireEvent.change(owner(), { target: { value: 'zhangsan' } });
    expect(form.getValues('Owner')).toBe('1107550004253538');
    fireEvent.blur(owner());
    expect(form.getValues('Owner')).toBe('zhangsan');
    expect(await screen.findByText('must be an account ID written with digits only')).toBeTruthy();
    expect(owner().getAttribute('aria-invalid')).toBe('true');
  });

  it('takes the text typed as the value on Escape and on Ctrl+S (the review shows what the field shows)', () => {
    renderOwner();
    fireEvent.change(owner(), { target: { value: 'li na' } });
    fireEvent.keyDown(owner(), { key: 'Escape' });
    expect(form.getValues('Owner')).toBe('li na');
    fireEvent.change(owner(), { target: { value: 'lina' } });
    fireEvent.keyDown(owner(), { key: 's', ctrlKey: true });
    expect(form.getValues('Owner')).toBe('lina');
    expect(form.getFieldState('Owner').isDirty).toBe(true);
  });

  it('is free text with a note when the members cannot be listed', async () => {
    refuse = true;
    renderOwner();
    const textbox = await screen.findByRole('textbox', { name: 'Owner' });
    expect(screen.queryByRole('combobox', { name: 'Owner' })).toBeNull();
    expect(textbox.getAttribute('name')).toBe('Owner');
    expect(note().textContent).toBe('Members could not be loaded (Forbidden.Access): type the account ID.');
    fireEvent.change(textbox, { target: { value: '207413640512347165' } });
    expect(form.getValues('Owner')).toBe('207413640512347165');
  });
});
