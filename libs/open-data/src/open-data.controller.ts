import { APP_CONFIG, AppConfig, Public } from '@app/core';
import { Controller, Get, Header, Inject, NotFoundException, Param } from '@nestjs/common';

import type { ReleasePackage } from './engine';
import { OpenDataService } from './open-data.service';

/** Open data is plain HTTP + JSON (what OCDS tools consume), not GraphQL. */
@Controller('ocds')
export class OpenDataController {
  constructor(
    private readonly openData: OpenDataService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Get('challenges/:id/releases')
  @Header('cache-control', 'no-cache')
  async releases(@Param('id') id: string): Promise<ReleasePackage> {
    // The package names its own address: from PUBLIC_BASE_URL, never from a client-controlled
    // Host / X-Forwarded-Host (a forged one would be published in the package).
    const base = this.config.publicBaseUrl ?? `http://localhost:${this.config.port}`; // development default
    const uri = `${base}/ocds/challenges/${encodeURIComponent(id)}/releases`;
    const pkg = await this.openData.releasePackage(id, uri);
    // One answer for missing, draft and classified: the response must not confirm a classified process exists.
    if (!pkg) throw new NotFoundException('Release package not found');
    return pkg;
  }
}
