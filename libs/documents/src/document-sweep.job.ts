import { HandlesJob } from '@app/core';
import { Injectable } from '@nestjs/common';

import { DocumentSweepService } from './document-sweep.service';

/** Worker handler for the recurring sweep of abandoned uploads; the rule lives in DocumentSweepService. */
@Injectable()
export class DocumentSweepJob {
  constructor(private readonly sweeper: DocumentSweepService) {}

  @HandlesJob('documents.sweep-unattached')
  async sweep() {
    return { swept: await this.sweeper.sweep() };
  }
}
