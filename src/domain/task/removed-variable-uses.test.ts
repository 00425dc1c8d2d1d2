import { describe, expect, it } from 'vitest';
import { removedVariableUses } from './removed-variable-uses.ts';

const before = [{ Name: 'env' }, { Name: 'region' }, { Name: 'unused' }];
const script = {
  Content: 'SELECT *\nFROM t_${env}\nWHERE ds = ${bizdate} AND env = "${env}"',
  Parameters: 'bizdate=$bizdate target=${region}',
};

describe('removedVariableUses', () => {
  it('names each removed variable the script still reads, with its lines and the parameters', () => {
    expect(removedVariableUses(before, [{ Name: 'unused' }], script)).toEqual([
      { name: 'env', lines: [2, 3], inParameters: false },
      { name: 'region', lines: [], inParameters: true },
    ]);
  });

  it('says nothing for a variable kept, renamed back, unused or never named', () => {
    expect(removedVariableUses(before, before, script)).toEqual([]);
    expect(removedVariableUses(before, [{ Name: ' env ' }, { Name: 'region' }], script)).toEqual([]);
    expect(removedVariableUses([{ Name: 'unused' }, { Name: '' }], [], script)).toEqual([]);
    // `${environment}` is not `${env}`.
    expect(removedVariableUses([{ Name: 'env' }], [], { Content: '${environment}' })).toEqual([]);
  });
});
