/** S3 needs parts of at least 5 MiB (except the last); one part in flight bounds memory per upload. */
export const S3_MIN_PART_BYTES = 5 * 1024 * 1024;

/**
 * The size of one S3 multipart part for the configured chunk size: the S3 store's unit of memory
 * per upload. Apart from the store so that sizing it does not load the AWS SDK.
 */
export function s3PartBytes(chunkBytes: number): number {
  return Math.max(S3_MIN_PART_BYTES, chunkBytes);
}
