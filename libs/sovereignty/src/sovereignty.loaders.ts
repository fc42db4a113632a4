import { byKeys, ClockService, GqlContext } from '@app/core';

import { AttestationService } from './attestation.service';
import { AttestationEntity } from './entities/attestation.entity';

/**
 * Attestations by id, for other domains' fields (e.g. the version a submission froze). It does
 * not apply read rules: the field that exposes an attestation decides who may see it.
 */
export const attestationLoader = (ctx: GqlContext, attestations: AttestationService) =>
  ctx.loaders.get<string, AttestationEntity | null>('sovereignty.attestation', async (ids) =>
    byKeys(ids, await attestations.findByIds(ids), (a) => a.id),
  );

/** The database clock, read once per request however many attestations a response shows. */
export const requestNow = (ctx: GqlContext, clock: ClockService): Promise<Date> =>
  ctx.loaders
    .get<'now', Date>('sovereignty.now', async (keys) => {
      const now = await clock.now();
      return keys.map(() => now);
    })
    .load('now');
