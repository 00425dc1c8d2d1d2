import type { ResolverOptions } from 'react-hook-form';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TaskForm } from '#domain/task/task-form';

const optionsFor = (names: string[]) =>
  ({ names, fields: {}, shouldUseNativeValidation: false }) as unknown as ResolverOptions<TaskForm>;
const blankName = { Id: '7002918273648500132', Name: ' ' } as TaskForm;

describe('lazyFormResolver', () => {
  afterEach(() => {
    vi.doUnmock('./form-rules.ts');
    vi.resetModules();
  });

  it('checks with the rules once they have loaded', async () => {
    const { lazyFormResolver } = await import('./lazy-form-rules.ts');
    const resolve = lazyFormResolver(() => 'unavailable');
    const result = await resolve(blankName, undefined, optionsFor(['Name']));
    expect(result.errors.Name?.message).toBe('is required');
  });

  it('marks the checked field when the rules cannot load, and tries again at the next check', async () => {
    let offline = true;
    vi.doMock('./form-rules.ts', async (importOriginal) => {
      if (offline) throw new Error('Failed to fetch dynamically imported module');
      return importOriginal();
    });
    const { lazyFormResolver } = await import('./lazy-form-rules.ts');
    const resolve = lazyFormResolver(() => 'The form’s checks could not load');
    const failed = await resolve(blankName, undefined, optionsFor(['Description']));
    expect(failed.errors).toEqual({
      Description: { type: 'unavailable', message: 'The form’s checks could not load' },
    });
    offline = false;
    const checked = await resolve(blankName, undefined, optionsFor(['Name']));
    expect(checked.errors.Name?.message).toBe('is required');
  });
});
