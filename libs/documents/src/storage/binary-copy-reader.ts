/** The first bytes of every binary COPY stream (PostgreSQL "COPY", "Binary Format"). */
export const BINARY_COPY_SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
/** Signature, flags (int32), header extension length (int32). */
const FIXED_HEADER_BYTES = BINARY_COPY_SIGNATURE.length + 4 + 4;
/** Flags bit 16: every row carries an OID first. Never asked for here, so refused rather than misread. */
const HAS_OIDS = 1 << 16;

type State = 'header' | 'extension' | 'fieldCount' | 'fieldLength' | 'fieldData' | 'done';

/**
 * Parses `COPY ... TO STDOUT (FORMAT binary)` output as it arrives, in pieces split anywhere, and
 * hands each field's bytes to `onData` as subarrays of the pieces it was given: no copy and no
 * gathering of a whole field, so a chunk streams through in the sizes the socket delivered it.
 * Only the fixed-size framing (at most 19 bytes) is gathered when a piece boundary splits it.
 * Fields are passed in order without separation; `rows` counts the rows seen.
 */
export class BinaryCopyReader {
  rows = 0;
  private state: State = 'header';
  private readonly scratch = Buffer.alloc(FIXED_HEADER_BYTES);
  private gathered = 0;
  /** Bytes left of the header extension or of the current field's data. */
  private remaining = 0;
  private fieldsLeft = 0;

  constructor(private readonly onData: (piece: Buffer) => void) {}

  get done(): boolean {
    return this.state === 'done';
  }

  write(piece: Buffer): void {
    let offset = 0;
    while (offset < piece.length) {
      switch (this.state) {
        case 'header':
          offset = this.gather(piece, offset, FIXED_HEADER_BYTES);
          if (this.gathered === FIXED_HEADER_BYTES) this.header();
          break;
        case 'extension': {
          const skipped = Math.min(this.remaining, piece.length - offset);
          offset += skipped;
          this.remaining -= skipped;
          if (this.remaining === 0) this.state = 'fieldCount';
          break;
        }
        case 'fieldCount':
          offset = this.gather(piece, offset, 2);
          if (this.gathered === 2) this.fieldCount(this.scratch.readInt16BE(0));
          break;
        case 'fieldLength':
          offset = this.gather(piece, offset, 4);
          if (this.gathered === 4) this.fieldLength(this.scratch.readInt32BE(0));
          break;
        case 'fieldData': {
          const length = Math.min(this.remaining, piece.length - offset);
          this.onData(piece.subarray(offset, offset + length));
          offset += length;
          this.remaining -= length;
          if (this.remaining === 0) this.nextField();
          break;
        }
        case 'done':
          throw new Error('Binary COPY output continues past its trailer');
      }
    }
  }

  /** Call when the output has ended: it must have ended with the trailer. */
  end(): void {
    if (this.state !== 'done') throw new Error('Binary COPY output ended before its trailer');
  }

  /** Copies up to `size - gathered` bytes of framing into the scratch buffer; returns the new offset. */
  private gather(piece: Buffer, offset: number, size: number): number {
    const copied = piece.copy(this.scratch, this.gathered, offset, Math.min(piece.length, offset + size - this.gathered));
    this.gathered += copied;
    return offset + copied;
  }

  private header(): void {
    this.gathered = 0;
    if (!this.scratch.subarray(0, BINARY_COPY_SIGNATURE.length).equals(BINARY_COPY_SIGNATURE)) {
      throw new Error('Not binary COPY output (bad signature)');
    }
    if (this.scratch.readUInt32BE(BINARY_COPY_SIGNATURE.length) & HAS_OIDS) throw new Error('Binary COPY output with OIDs');
    this.remaining = this.scratch.readUInt32BE(BINARY_COPY_SIGNATURE.length + 4);
    this.state = this.remaining === 0 ? 'fieldCount' : 'extension';
  }

  private fieldCount(count: number): void {
    this.gathered = 0;
    if (count === -1) {
      this.state = 'done';
      return;
    }
    if (count < 0) throw new Error(`Binary COPY output with a field count of ${count}`);
    this.rows++;
    this.fieldsLeft = count;
    this.state = count === 0 ? 'fieldCount' : 'fieldLength';
  }

  private fieldLength(length: number): void {
    this.gathered = 0;
    // Document bytes are NOT NULL: a NULL field means the query is not the one this reader serves.
    if (length < 0) throw new Error('Binary COPY output with a NULL field');
    this.remaining = length;
    if (length === 0) this.nextField();
    else this.state = 'fieldData';
  }

  private nextField(): void {
    this.fieldsLeft--;
    this.state = this.fieldsLeft === 0 ? 'fieldCount' : 'fieldLength';
  }
}
