import { buildReleasePackage } from '../src/engine';
import { codelist, ocdsPackageProblems } from './ocds-validator';
import { META, sprintEvents, sprintFacts } from './sprint-history';

/** The helper must fail loudly, or every test that relies on it proves nothing. */
describe('ocdsPackageProblems', () => {
  const valid = () => JSON.parse(JSON.stringify(buildReleasePackage(sprintFacts(), sprintEvents(), META)));

  it('reads the closed codelists from the official CSVs', () => {
    expect(codelist('tenderStatus')).toEqual(['planning', 'planned', 'active', 'cancelled', 'unsuccessful', 'complete', 'withdrawn']);
    expect(codelist('milestoneStatus')).toEqual(['scheduled', 'met', 'notMet', 'partiallyMet']);
  });

  it('reports schema errors: a missing required field, a malformed date-time, a non-uri uri', () => {
    const pkg = valid();
    delete pkg.releases[0].ocid;
    pkg.releases[1].date = 'yesterday';
    pkg.uri = 'not a uri';
    const problems = ocdsPackageProblems(pkg).join('\n');
    expect(problems).toContain("must have required property 'ocid'");
    expect(problems).toContain('/releases/1/date must match format "date-time"');
    expect(problems).toContain('/uri must match format "uri"');
  });

  it('reports codes outside the closed codelists', () => {
    const pkg = valid();
    pkg.releases[0].tender.status = 'open';
    pkg.releases[4].contracts[0].milestones[0].status = 'done';
    const problems = ocdsPackageProblems(pkg);
    expect(problems).toEqual(
      expect.arrayContaining([
        'releases[0].tender.status: "open" is not in the tenderStatus codelist',
        expect.stringContaining('"done" is not in the milestoneStatus codelist'),
      ]),
    );
  });
});
