import { describe, expect, it } from 'vitest';
import { errorPaths, sectionsOfPaths, sectionsWithErrors } from './task-sections.ts';

describe('task sections', () => {
  it('finds the section of a request path', () => {
    expect(
      sectionsOfPaths(['Dependencies.0.UpstreamTaskId', 'RerunInterval', 'Outputs.TaskOutputs.1.Output']),
    ).toEqual(['rerun', 'task-outputs', 'dependencies']);
    expect(sectionsOfPaths(['Outputs.Variables.0.Name'])).toEqual(['output-variables']);
    expect(sectionsOfPaths(['NameX'])).toEqual([]);
  });

  it('marks the sections holding errors', () => {
    const errors = {
      Name: { type: 'custom', message: 'is required' },
      Inputs: { Variables: [undefined, { Value: { type: 'custom', message: 'x' } }] },
    };
    expect([...sectionsWithErrors(errors as never)]).toEqual(['general', 'input-variables']);
  });
});

describe('errorPaths', () => {
  it('lists every invalid field in page order, nested list rows included', () => {
    const errors = {
      Tags: [{ Key: { type: 'custom', message: 'is required' } }],
      Name: { type: 'custom', message: 'is required', ref: { name: 'Name' } },
      Trigger: { Cron: { type: 'custom', message: 'bad minute' } },
    };
    expect(errorPaths(errors as never)).toEqual(['Name', 'Trigger.Cron', 'Tags.0.Key']);
  });
  it('finds nothing in a valid form', () => {
    expect(errorPaths({})).toEqual([]);
  });
});
