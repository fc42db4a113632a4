import { Module } from '@nestjs/common';

import { OpenDataController } from './open-data.controller';
import { OpenDataService } from './open-data.service';
import { ProcessFactsLoader } from './process-facts.loader';

/** OCDS open data: GET /ocds/challenges/:id/releases. Reads only; needs nothing but the DataSource. */
@Module({
  controllers: [OpenDataController],
  providers: [OpenDataService, ProcessFactsLoader],
  exports: [OpenDataService],
})
export class OpenDataModule {}
