/**
 * An officer reads a vendor's attestation answers only when the vendor has a bid on a closed
 * challenge of the officer's own buyer (docs/sovereignty.md). Bids belong to the submissions
 * domain, which depends on this one, so sovereignty asks through this port; SubmissionsModule
 * provides it. Without a provider no officer is let through.
 */
export const VENDOR_RELATIONSHIP = Symbol('VENDOR_RELATIONSHIP');

export interface VendorRelationship {
  /** Of `vendorOrganisationIds`, those with a live bid on a closed challenge of `buyerOrganisationId`. */
  vendorsWithClosedBids(buyerOrganisationId: string, vendorOrganisationIds: readonly string[]): Promise<Set<string>>;
}
