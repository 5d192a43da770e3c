import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The files that take longest, started first. Vitest orders files by the durations it cached from
 * earlier runs, or by size when it has none, as on a clean CI checkout: there the property tests
 * (small files, minutes of work) started last and ran on while the other worker sat idle.
 */
const SLOW = [
  /sync-property\.test/,
  /replicas-property\.test/,
  /authz-matrix\.test/,
  /bad-input-matrix\.test/,
  /live-replicas\.test/,
  /replicas\.test/,
];

const rank = (spec: TestSpecification) => {
  const i = SLOW.findIndex((re) => re.test(spec.moduleId));
  return i < 0 ? SLOW.length : i;
};

export default class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return [...sorted].sort((a, b) => rank(a) - rank(b));
  }
}
