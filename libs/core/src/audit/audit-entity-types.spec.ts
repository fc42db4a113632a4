import { readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';

import { AUDIT_ENTITY_TYPES, parseAuditEntityType } from './audit-entity-types';

const LIBS = join(__dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('audit entity types', () => {
  it('reads any letter case and refuses unknown types', () => {
    expect(parseAuditEntityType('Submission')).toBe('Submission');
    expect(parseAuditEntityType('microcontract')).toBe('MicroContract');
    expect(parseAuditEntityType(' EVALUATIONASSIGNMENT ')).toBe('EvaluationAssignment');
    expect(parseAuditEntityType('Bid')).toBeUndefined();
    expect(parseAuditEntityType('')).toBeUndefined();
  });

  it('lists every entity type the services write events for', () => {
    const written = new Set<string>();
    for (const lib of readdirSync(LIBS)) {
      const src = join(LIBS, lib, 'src');
      if (!statSync(join(LIBS, lib)).isDirectory() || !readdirSync(join(LIBS, lib)).includes('src')) continue;
      for (const file of sourceFiles(src)) {
        for (const match of readFileSync(file, 'utf8').matchAll(/entityType: '([A-Za-z]+)'/g)) written.add(match[1]);
      }
    }
    expect(written.size).toBeGreaterThan(5);
    expect([...written].filter((type) => !(AUDIT_ENTITY_TYPES as readonly string[]).includes(type))).toEqual([]);
  });
});
