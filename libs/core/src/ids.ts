const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Ids are UUIDs. Checked before a query so that a malformed id answers NOT_FOUND or
 * BAD_USER_INPUT like a missing one, instead of failing PostgreSQL's uuid cast.
 */
export const isUuid = (value: string): boolean => UUID.test(value);
