import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { CATALOGUE_VERSION, type CriterionDefinition } from './engine/catalogue';
import { SovereigntyCriterionEntity } from './entities/criterion.entity';

/** The catalogue as the database holds it (seeded by migrations), in catalogue order. */
@Injectable()
export class CatalogueService {
  // A published catalogue version never changes, so one read per process is enough.
  private readonly cache = new Map<string, Promise<CriterionDefinition[]>>();

  constructor(private readonly dataSource: DataSource) {}

  readonly currentVersion = CATALOGUE_VERSION;

  current(): Promise<CriterionDefinition[]> {
    return this.version(this.currentVersion);
  }

  version(catalogueVersion: string): Promise<CriterionDefinition[]> {
    let criteria = this.cache.get(catalogueVersion);
    if (!criteria) {
      criteria = this.load(catalogueVersion);
      // A failed read is not remembered: the next call tries again.
      criteria.catch(() => this.cache.delete(catalogueVersion));
      this.cache.set(catalogueVersion, criteria);
    }
    return criteria;
  }

  private async load(catalogueVersion: string): Promise<CriterionDefinition[]> {
    const rows = await this.dataSource
      .getRepository(SovereigntyCriterionEntity)
      .find({ where: { catalogueVersion }, order: { position: 'ASC' } });
    if (!rows.length) throw new Error(`sovereignty catalogue ${catalogueVersion} has no criteria: are the migrations run?`);
    return rows.map(({ code, pillar, question, answerType, options }) => ({ code, pillar, question, answerType, options }));
  }
}
