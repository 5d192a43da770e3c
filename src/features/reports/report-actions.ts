import type { MutationArgs } from '../../shared/mutations/index.ts';
import { mutate } from '../../sync/mutate.ts';

// Entries and the template go through push: they work offline and are applied once.

export const assessIndicator = (args: MutationArgs<'checklist.assess'>) =>
  mutate('checklist.assess', args);

export const saveChecklist = (args: MutationArgs<'checklist.save'>) =>
  mutate('checklist.save', args);
