import { zodResolver } from '@hookform/resolvers/zod';
import { get, type FieldErrors, type ResolverOptions } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import type { TaskForm } from '#domain/task/task-form';
import { UpdateTaskRequestSchema } from '#domain/task/update-task-request';
import { sectionScopedResolver } from './form-rules.ts';
import { singleSectionOf } from './lazy-form-rules.ts';

// Wrong in every section, including the rules that look across a section: duplicates, StartTime before
// EndTime, CycleType against the cron.
const INVALID: TaskForm = {
  Id: '7002918273648500132',
  Name: ' ',
  Description: 'x'.repeat(2000),
  Owner: 'has spaces',
  Timeout: 5,
  RerunTimes: -1,
  RerunInterval: 1.5,
  Script: { Parameters: 'y'.repeat(5000) },
  Trigger: {
    Type: 'Scheduler',
    Cron: '00 30 02 * * ?',
    CycleType: 'NotDaily',
    StartTime: '2026-01-02 00:00:00',
    EndTime: '2026-01-01 00:00:00',
  },
  RuntimeResource: { Cu: '0' },
  DataSource: { Name: 'z'.repeat(300) },
  Inputs: {
    Variables: [
      { Name: 'a', Type: 'Constant', Value: '' },
      { Name: 'a', Type: 'System', Value: 'not a parameter' },
    ],
  },
  Outputs: {
    TaskOutputs: [{ Output: 'no-dot' }, { Output: 'no-dot' }],
    Variables: [{ Name: 'with space', Type: 'PassThrough', Value: 'x' }],
  },
  Dependencies: [
    { Type: 'Normal', UpstreamTaskId: '1', UpstreamOutput: 'p.o' },
    { Type: 'Normal', UpstreamTaskId: '2' },
    { Type: 'Normal', UpstreamTaskId: '2' },
    { Type: 'CrossCycleDependsOnSelf', UpstreamTaskId: '3' },
  ],
  Tags: [{ Key: 'k' }, { Key: 'k' }, { Key: '' }],
};

function leafPaths(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([k, v]) => leafPaths(v, prefix ? `${prefix}.${k}` : k));
}

function messageAt(errors: FieldErrors, path: string): string | undefined {
  const error: { message?: string } | undefined = get(errors, path);
  return error?.message;
}

const optionsFor = (names: string[]) =>
  ({ names, fields: {}, shouldUseNativeValidation: false }) as unknown as ResolverOptions<TaskForm>;

describe('sectionScopedResolver', () => {
  const whole = zodResolver(UpdateTaskRequestSchema);
  const scoped = sectionScopedResolver();

  it('gives every single field the same error as validating the whole form', async () => {
    const all = (await whole(INVALID, undefined, optionsFor(leafPaths(INVALID)))).errors as FieldErrors;
    const paths = leafPaths(INVALID);
    expect(paths.length).toBeGreaterThan(30);
    let withErrors = 0;
    for (const path of paths) {
      const one = (await scoped(INVALID, undefined, optionsFor([path]))).errors as FieldErrors;
      const expected = messageAt(all, path);
      expect(messageAt(one, path), path).toBe(expected);
      if (expected) withErrors++;
    }
    // The fixture really is wrong in many places, so the comparison above compared errors, not absences.
    expect(withErrors).toBeGreaterThan(15);
  });

  it('reports only the changed section for one field, and everything for several', async () => {
    const one = (await scoped(INVALID, undefined, optionsFor(['Description']))).errors;
    expect(Object.keys(one)).toEqual(['Description']);
    const several = (await scoped(INVALID, undefined, optionsFor(['Description', 'Name']))).errors;
    expect(Object.keys(several)).toEqual(expect.arrayContaining(['Name', 'Trigger', 'Dependencies', 'Tags']));
  });

  it('validates the whole form for one field outside the request', async () => {
    const errors = (await scoped(INVALID, undefined, optionsFor(['NotAParameter']))).errors;
    expect(Object.keys(errors)).toEqual(expect.arrayContaining(['Name', 'Trigger', 'Dependencies', 'Tags']));
  });

  it('hands back the whole parsed request when nothing is wrong', async () => {
    const valid = { Id: INVALID.Id, Name: 'daily_orders', Tags: [{ Key: 'team', Value: 'bi' }] } as TaskForm;
    const result = await scoped(valid, undefined, optionsFor(['Name', 'Tags.0.Key']));
    expect(result.errors).toEqual({});
    expect(result.values).toEqual(valid);
  });
});

describe('singleSectionOf', () => {
  it('names the top-level key of one field, and nothing for several', () => {
    expect(singleSectionOf({ names: ['Inputs.Variables.3.Name'] })).toBe('Inputs');
    expect(singleSectionOf({ names: ['Description'] })).toBe('Description');
    expect(singleSectionOf({ names: ['Description', 'Name'] })).toBeUndefined();
    expect(singleSectionOf({ names: undefined })).toBeUndefined();
  });
});
