import { Public } from '@app/core';
import { Query, Resolver } from '@nestjs/graphql';

import { CatalogueService } from './catalogue.service';
import { SovereigntyCriterionModel } from './models/sovereignty.models';

@Resolver(() => SovereigntyCriterionModel)
export class CatalogueResolver {
  constructor(private readonly catalogue: CatalogueService) {}

  /** Public: vendors read the questions before they register. */
  @Public()
  @Query(() => [SovereigntyCriterionModel])
  sovereigntyCriteria(): Promise<SovereigntyCriterionModel[]> {
    return this.catalogue.current();
  }
}
