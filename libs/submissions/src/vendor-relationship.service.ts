import { VendorRelationship } from '@app/sovereignty';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Answers sovereignty's VENDOR_RELATIONSHIP port from bids: a live bid on a closed challenge of that buyer. */
@Injectable()
export class VendorRelationshipService implements VendorRelationship {
  constructor(private readonly dataSource: DataSource) {}

  async vendorsWithClosedBids(buyerOrganisationId: string, vendorOrganisationIds: readonly string[]): Promise<Set<string>> {
    if (!vendorOrganisationIds.length) return new Set();
    const rows: { vendor_organisation_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT s.vendor_organisation_id FROM submission s JOIN challenge c ON c.id = s.challenge_id
        WHERE c.buyer_organisation_id = $1 AND c.closed_at IS NOT NULL AND s.status <> 'WITHDRAWN' AND s.vendor_organisation_id = ANY($2)`,
      [buyerOrganisationId, [...vendorOrganisationIds]],
    );
    return new Set(rows.map((r) => r.vendor_organisation_id));
  }
}
