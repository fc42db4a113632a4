/**
 * Test helper: checks a release package against the official OCDS 1.1.5 schemas in
 * libs/open-data/schema (vendored unchanged, Apache-2.0) and the closed codelists beside them. Returns every problem,
 * so a failing test shows all of them at once; `expectValidPackage` fails on any.
 */
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { readFileSync } from 'fs';
import { join } from 'path';

const OCDS_DIR = join(__dirname, '../schema/1.1.5');
const RELEASE_SCHEMA_ID = 'https://standard.open-contracting.org/schema/1__1__5/release-schema.json';

const readJson = (file: string) => JSON.parse(readFileSync(join(OCDS_DIR, file), 'utf8'));

/** The codes of a codelist CSV: its first column, header skipped. */
export function codelist(name: string): string[] {
  const lines = readFileSync(join(OCDS_DIR, 'codelists', `${name}.csv`), 'utf8')
    .split(/\r?\n/)
    .slice(1);
  return lines.map((line) => line.split(',')[0].replace(/^"|"$/g, '').trim()).filter(Boolean);
}

let compiled: ReturnType<Ajv['compile']> | null = null;
function schemaValidator() {
  if (compiled) return compiled;
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(readJson('release-schema.json'), RELEASE_SCHEMA_ID);
  compiled = ajv.compile(readJson('release-package-schema.json'));
  return compiled;
}

type Json = Record<string, any>;

/** Closed codelists the schema itself may not enforce as enums: checked on every field we publish. */
function codelistProblems(pkg: Json): string[] {
  const lists = Object.fromEntries(
    [
      'releaseTag',
      'initiationType',
      'tenderStatus',
      'awardStatus',
      'contractStatus',
      'milestoneStatus',
      'method',
      'procurementCategory',
      'partyRole',
      'awardCriteria',
      'submissionMethod',
    ].map((n) => [n, new Set(codelist(n))]),
  );
  const problems: string[] = [];
  const check = (list: string, value: unknown, where: string) => {
    if (value !== undefined && !lists[list].has(value as string))
      problems.push(`${where}: "${String(value)}" is not in the ${list} codelist`);
  };
  (pkg.releases ?? []).forEach((r: Json, i: number) => {
    const at = `releases[${i}]`;
    (r.tag ?? []).forEach((t: string) => check('releaseTag', t, `${at}.tag`));
    check('initiationType', r.initiationType, `${at}.initiationType`);
    check('tenderStatus', r.tender?.status, `${at}.tender.status`);
    check('method', r.tender?.procurementMethod, `${at}.tender.procurementMethod`);
    check('procurementCategory', r.tender?.mainProcurementCategory, `${at}.tender.mainProcurementCategory`);
    check('awardCriteria', r.tender?.awardCriteria, `${at}.tender.awardCriteria`);
    (r.tender?.submissionMethod ?? []).forEach((m: string) => check('submissionMethod', m, `${at}.tender.submissionMethod`));
    (r.parties ?? []).forEach((p: Json) =>
      (p.roles ?? []).forEach((role: string) => check('partyRole', role, `${at}.parties[${p.id}].roles`)),
    );
    (r.awards ?? []).forEach((a: Json) => check('awardStatus', a.status, `${at}.awards[${a.id}].status`));
    (r.contracts ?? []).forEach((c: Json) => {
      check('contractStatus', c.status, `${at}.contracts[${c.id}].status`);
      (c.milestones ?? []).forEach((m: Json) => check('milestoneStatus', m.status, `${at}.contracts[${c.id}].milestones[${m.id}].status`));
    });
  });
  return problems;
}

/** Every schema error and codelist violation of the package; empty when it is valid. */
export function ocdsPackageProblems(pkg: unknown): string[] {
  const validate = schemaValidator();
  const schemaProblems = validate(pkg)
    ? []
    : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
  return [...schemaProblems, ...codelistProblems(pkg as Json)];
}

export function expectValidPackage(pkg: unknown): void {
  expect(ocdsPackageProblems(pkg)).toEqual([]);
}
