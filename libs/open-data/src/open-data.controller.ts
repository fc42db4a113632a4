import { Public } from '@app/core';
import { Controller, Get, Header, NotFoundException, Param, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

import type { ReleasePackage } from './engine';
import { OpenDataService } from './open-data.service';

/** Open data is plain HTTP + JSON (what OCDS tools consume), not GraphQL. */
@Controller('ocds')
export class OpenDataController {
  constructor(private readonly openData: OpenDataService) {}

  @Public()
  @Get('challenges/:id/releases')
  @Header('cache-control', 'no-cache')
  async releases(@Param('id') id: string, @Req() request: FastifyRequest): Promise<ReleasePackage> {
    const uri = `${request.protocol}://${request.host}/ocds/challenges/${encodeURIComponent(id)}/releases`;
    const pkg = await this.openData.releasePackage(id, uri);
    // One answer for missing, draft and classified: the response must not confirm a classified process exists.
    if (!pkg) throw new NotFoundException('Release package not found');
    return pkg;
  }
}
