import { describe, expect, it } from 'vitest';
import { countChanges, diffLines, diffList, diffTask } from './task-diff.ts';
import type { TaskForm } from './task-form.ts';

const v = (Name: string, Value = 'x', Type = 'Constant') => ({ Name, Type, Value });

describe('diffList', () => {
  it('matches variables by name: added, removed, changed', () => {
    const d = diffList('Inputs.Variables', [v('a'), v('b'), v('c')], [v('a'), v('b', 'y'), v('d', 'z')]);
    expect(d.unchanged).toBe(1);
    expect(d.entries.map((e) => [e.op, e.key])).toEqual([
      ['~', 'b'],
      ['-', 'c'],
      ['+', 'd'],
    ]);
    const changed = d.entries[0]!;
    expect(changed.op === '~' && changed.fields).toEqual([
      { op: '~', path: 'Inputs.Variables.1.Value', before: 'x', after: 'y' },
    ]);
  });

  it('does not mark rows as moved when one is inserted above them', () => {
    const d = diffList('Tags', [{ Key: 'a' }, { Key: 'b' }], [{ Key: 'new' }, { Key: 'a' }, { Key: 'b' }]);
    expect(d.entries).toEqual([{ op: '+', path: 'Tags.0', key: 'new', after: { Key: 'new' } }]);
    expect(d.unchanged).toBe(2);
  });

  it('marks an entry that changed its relative order as moved', () => {
    const d = diffList(
      'Tags',
      [{ Key: 'a' }, { Key: 'b' }, { Key: 'c' }],
      [{ Key: 'c' }, { Key: 'a' }, { Key: 'b' }],
    );
    expect(d.entries).toEqual([
      { op: '~', path: 'Tags.0', key: 'c', fromIndex: 2, toIndex: 0, moved: true, fields: [] },
    ]);
  });

  it('reads a new name at the same index with the same type and value as a rename', () => {
    const d = diffList('Inputs.Variables', [v('a', '1'), v('b', '2')], [v('a', '1'), v('bb', '2')]);
    expect(d.entries).toEqual([
      {
        op: '~',
        path: 'Inputs.Variables.1',
        key: 'bb',
        fromIndex: 1,
        toIndex: 1,
        moved: false,
        renamedFrom: 'b',
        fields: [{ op: '~', path: 'Inputs.Variables.1.Name', before: 'b', after: 'bb' }],
      },
    ]);
  });

  it('a new name with a new value is a removal and an addition', () => {
    const d = diffList('Inputs.Variables', [v('b', '2')], [v('bb', '3')]);
    expect(d.entries.map((e) => e.op)).toEqual(['-', '+']);
  });

  it('keys dependencies by upstream output, upstream task ID, or type', () => {
    const d = diffList(
      'Dependencies',
      [
        { Type: 'Normal', UpstreamOutput: 'p.o1' },
        { Type: 'Normal', UpstreamTaskId: '1' },
        { Type: 'CrossCycleDependsOnSelf' },
      ],
      [{ Type: 'CrossCycleDependsOnSelf' }, { Type: 'CrossCycleDependsOnOtherNode', UpstreamTaskId: '1' }],
    );
    expect(d.entries.map((e) => [e.op, e.key, e.op === '~' && e.moved])).toEqual([
      ['-', 'p.o1', false],
      ['~', 'CrossCycleDependsOnSelf', true],
      ['~', '1', false],
    ]);
  });

  it('pairs repeated keys in order', () => {
    const d = diffList(
      'Tags',
      [
        { Key: 'a', Value: '1' },
        { Key: 'a', Value: '2' },
      ],
      [
        { Key: 'a', Value: '1' },
        { Key: 'a', Value: '3' },
      ],
    );
    expect(d.entries.map((e) => e.key)).toEqual(['a#2']);
  });
});

describe('diffLines', () => {
  it('shows added, removed and kept lines', () => {
    expect(diffLines('a\nb\nc\nd', 'a\nc\nx\nd')).toEqual([
      { op: ' ', text: 'a' },
      { op: '-', text: 'b' },
      { op: ' ', text: 'c' },
      { op: '+', text: 'x' },
      { op: ' ', text: 'd' },
    ]);
  });
  it('handles empty text on either side', () => {
    expect(diffLines('', 'a')).toEqual([
      { op: '-', text: '' },
      { op: '+', text: 'a' },
    ]);
    expect(diffLines('same', 'same')).toEqual([{ op: ' ', text: 'same' }]);
  });
  it('diffs a long script with a one-line edit quickly', () => {
    const lines = Array.from({ length: 5000 }, (_, i) => `SELECT ${i};`);
    const edited = [...lines];
    edited[2500] = 'SELECT changed;';
    const ops = diffLines(lines.join('\n'), edited.join('\n'));
    expect(ops.filter((o) => o.op !== ' ')).toEqual([
      { op: '-', text: 'SELECT 2500;' },
      { op: '+', text: 'SELECT changed;' },
    ]);
  });
});

describe('diffTask', () => {
  const base: TaskForm = {
    Id: '1',
    Name: 'a',
    Description: '',
    Timeout: 0,
    Script: { Content: 'x\ny', Parameters: '' },
    Trigger: { Type: 'Scheduler', Cron: '00 00 01 * * ?' },
    Tags: [{ Key: 'k', Value: 'v' }],
  };
  it('groups changes by section and counts what is unchanged', () => {
    const d = diffTask(base, {
      ...base,
      Name: 'b',
      Description: 'new',
      Script: { Content: 'x\nz', Parameters: '' },
      Tags: [],
    });
    expect(d.sections.map((s) => s.section)).toEqual(['general', 'script', 'tags']);
    const general = d.sections[0]!;
    expect(general.fields).toEqual([
      { op: '~', path: 'Name', before: 'a', after: 'b' },
      { op: '+', path: 'Description', after: 'new' },
    ]);
    expect(general.unchanged).toBe(4);
    const script = d.sections[1]!.fields[0]!;
    expect(script.path).toBe('Script.Content');
    expect(script.op === '~' && script.lines).toEqual([
      { op: ' ', text: 'x' },
      { op: '-', text: 'y' },
      { op: '+', text: 'z' },
    ]);
    expect([d.added, d.changed, d.removed]).toEqual([1, 2, 1]);
    expect(countChanges(d)).toBe(4);
  });
  it('is empty for equal forms and treats undefined and empty text alike', () => {
    expect(diffTask(base, { ...base, Owner: undefined, Description: undefined }).sections).toEqual([]);
  });
  it('compares only the given sections', () => {
    const d = diffTask({ Name: 'a' }, { Name: 'b', Timeout: 7200 }, ['Name']);
    expect(d.sections.flatMap((s) => s.fields.map((f) => f.path))).toEqual(['Name']);
  });
});
