const DAY_MS = 24 * 3600 * 1000;

/**
 * The end of the standstill after an award (docs/product.md, "Iterative micro-contracts"): a phase-1
 * contract cannot be signed before it, and its milestone schedule provisionally starts there.
 */
export const standstillEnd = (awardedAt: Date, standstillDays: number): Date => new Date(awardedAt.getTime() + standstillDays * DAY_MS);
