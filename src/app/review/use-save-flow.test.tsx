// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { useReducer, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toTaskForm } from '#domain/task/task-form';
import { EDITING, editorMode } from '../task-form/editor-mode.ts';
import { useSaveFlow, type SavedResult } from './use-save-flow.ts';

const task = { Id: '42', Name: 'ods_orders_di', Description: 'before', ModifyTime: 1000 };
const base = toTaskForm(task);
const edited = { ...base, Description: 'after' };
const request = { Id: '42', Description: 'after' };

type Reply = { status: number; body: Record<string, unknown> };

/** The editor server as the browser sees it: each route answers from a queue of replies. */
function fakeServer(routes: Record<string, Reply[]>) {
  const calls: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string) => {
      calls.push(url);
      const queue = routes[url];
      const reply = queue && (queue.length > 1 ? queue.shift()! : queue[0]!);
      if (!reply) return Promise.reject(new TypeError('no route ' + url));
      return Promise.resolve(Response.json(reply.body, { status: reply.status }));
    }),
  );
  return calls;
}

function renderSaveFlow() {
  const saved: SavedResult[] = [];
  const client = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  const view = renderHook(
    () => {
      const [mode, dispatch] = useReducer(editorMode, EDITING);
      const flow = mode.mode === 'reviewing' ? mode.flow : undefined;
      const { save } = useSaveFlow({
        flow,
        show: (next) => dispatch({ type: 'flow', flow: next }),
        taskId: '42',
        base,
        baseModifyTime: 1000,
        onSaved: (result) => saved.push(result),
      });
      return { flow, dispatch, save };
    },
    { wrapper },
  );
  act(() => view.result.current.dispatch({ type: 'flow', flow: { phase: 'review', edited, request } }));
  act(() => view.result.current.save(edited, request));
  return { view, saved };
}

afterEach(() => vi.unstubAllGlobals());

describe('saving a reviewed change', () => {
  it('says a timed-out save is not confirmed, reads it back, and reports it landed', async () => {
    const calls = fakeServer({
      '/api/dataworks/UpdateTask': [
        {
          status: 504,
          body: {
            Code: 'UpstreamTimeout',
            Message: 'late',
            Applied: null,
            SaveId: 7,
            SettleUntil: Date.now() + 60_000,
          },
        },
      ],
      '/api/tasks/42/saves/7/outcome': [
        { status: 200, body: { Outcome: 'pending', SaveId: 7 } },
        { status: 200, body: { Outcome: 'landed', SaveId: 7, LandedAt: 2000 } },
      ],
    });
    const { view, saved } = renderSaveFlow();
    await waitFor(() =>
      expect(view.result.current.flow).toMatchObject({ phase: 'unknown', cause: 'timeout' }),
    );
    await waitFor(
      () => expect(view.result.current.flow).toEqual({ phase: 'saved', how: 'landed', landedAt: 2000 }),
      {
        timeout: 8_000,
      },
    );
    expect(saved).toEqual([{ values: edited, requestId: undefined, at: 2000 }]);
    expect(calls.filter((c) => c.endsWith('/outcome'))).toHaveLength(2);
  }, 10_000);

  it('takes "already applied" as saved, with no RequestId made up', async () => {
    fakeServer({
      '/api/dataworks/UpdateTask': [
        { status: 200, body: { Success: true, AlreadyApplied: true, SaveId: 3 } },
      ],
    });
    const { view, saved } = renderSaveFlow();
    await waitFor(() =>
      expect(view.result.current.flow).toEqual({
        phase: 'saved',
        how: 'already-applied',
        requestId: undefined,
      }),
    );
    expect(saved).toHaveLength(1);
  });

  it('opens the three-way view on a conflict, naming who saved through the editor', async () => {
    const theirs = { ...task, Description: 'theirs', ModifyTime: 1500, ModifyUser: '2074136405' };
    fakeServer({
      '/api/dataworks/UpdateTask': [
        {
          status: 409,
          body: {
            Code: 'Conflict.TaskModified',
            Message: 'changed',
            Task: theirs,
            ModifiedBy: { User: 'alice', Time: 1500, OwnSave: false },
          },
        },
      ],
    });
    const { view, saved } = renderSaveFlow();
    await waitFor(() => expect(view.result.current.flow?.phase).toBe('conflict'));
    expect(view.result.current.flow).toMatchObject({
      theirs: { Description: 'theirs' },
      yours: edited,
      modifiedBy: { User: 'alice', OwnSave: false },
    });
    expect(saved).toEqual([]);
  });

  it('says a server error failed and applied nothing, keeping what was to be sent for a retry', async () => {
    fakeServer({
      '/api/dataworks/UpdateTask': [{ status: 500, body: { Code: 'InternalError', Message: 'boom' } }],
    });
    const { view, saved } = renderSaveFlow();
    await waitFor(() =>
      expect(view.result.current.flow).toMatchObject({ phase: 'failed', reason: 'server-error', request }),
    );
    expect(saved).toEqual([]);
  });
});
