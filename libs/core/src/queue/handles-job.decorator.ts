import { SetMetadata } from '@nestjs/common';

import { JobName } from './job-map';

export const HANDLES_JOB_KEY = 'sprintgate:handles-job';

/** Marks a provider method as the handler of one job (see job-map.ts). */
export const HandlesJob = (name: JobName) => SetMetadata(HANDLES_JOB_KEY, name);
