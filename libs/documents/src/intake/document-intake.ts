import { createHash } from 'crypto';
import { Transform, TransformCallback } from 'stream';

import { isAllowedMediaType } from './allowed-media-types';
import { isTextMediaType, SNIFF_BYTES, sniffMediaType, textValidator } from './sniff-media-type';

/** Why an upload was refused while streaming: becomes the HTTP status and error code. */
export class IntakeRefusal extends Error {
  constructor(
    readonly code: 'PAYLOAD_TOO_LARGE' | 'UNSUPPORTED_MEDIA_TYPE' | 'BAD_USER_INPUT',
    message: string,
  ) {
    super(message);
  }
}

/**
 * Sits between the request and the store: holds back the first 64 KiB until the media type is
 * sniffed and allowed, then passes bytes through while counting and hashing them. Errors (and so
 * fails the store's write, which keeps nothing) when the file grows past `maxBytes`, when its type
 * is not allowed, or when a "text" file turns out not to be text.
 */
export class DocumentIntake extends Transform {
  private readonly hash = createHash('sha256');
  private head: Buffer[] = [];
  private headBytes = 0;
  private text: ReturnType<typeof textValidator> | null = null;
  mediaType: string | null = null;
  /** Bytes seen so far. Not named `size`: the AWS SDK reads a Body's `size` as its total length. */
  byteCount = 0;

  constructor(
    private readonly maxBytes: number,
    private readonly clientName: string | undefined,
  ) {
    super();
  }

  private digestHex: string | undefined;

  /** Valid once the stream has ended. */
  get sha256(): string {
    return (this.digestHex ??= this.hash.digest('hex'));
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.byteCount += chunk.length;
    if (this.byteCount > this.maxBytes) {
      done(new IntakeRefusal('PAYLOAD_TOO_LARGE', `The file is larger than the limit of ${this.maxBytes} bytes`));
      return;
    }
    if (this.mediaType) {
      this.forward(chunk, done);
      return;
    }
    this.head.push(chunk);
    this.headBytes += chunk.length;
    if (this.headBytes < SNIFF_BYTES) {
      done();
      return;
    }
    this.decide().then(() => done(), done);
  }

  override _flush(done: TransformCallback): void {
    const finish = () => {
      if (this.byteCount === 0) return done(new IntakeRefusal('BAD_USER_INPUT', 'The file is empty'));
      if (this.text && !this.text.end()) return done(this.notText());
      done();
    };
    if (this.mediaType) finish();
    else this.decide().then(finish, done);
  }

  private async decide(): Promise<void> {
    const head = Buffer.concat(this.head, this.headBytes);
    this.head = [];
    this.headBytes = 0;
    if (head.length === 0) return;
    const mediaType = await sniffMediaType(head, this.clientName);
    if (!isAllowedMediaType(mediaType)) {
      throw new IntakeRefusal(
        'UNSUPPORTED_MEDIA_TYPE',
        `Files of type ${mediaType} are not accepted (allowed: PDF, PNG, JPEG, ODF and OOXML office files, plain text, CSV, ZIP)`,
      );
    }
    this.mediaType = mediaType;
    if (isTextMediaType(mediaType)) this.text = textValidator();
    if (!this.accept(head)) throw this.notText();
    this.push(head);
  }

  private forward(chunk: Buffer, done: TransformCallback): void {
    if (!this.accept(chunk)) return done(this.notText());
    done(null, chunk);
  }

  /** Checks (text files) and hashes a chunk on its way to the store. */
  private accept(chunk: Buffer): boolean {
    if (this.text && !this.text.push(chunk)) return false;
    this.hash.update(chunk);
    return true;
  }

  private notText(): IntakeRefusal {
    return new IntakeRefusal('UNSUPPORTED_MEDIA_TYPE', 'The file is neither text nor of an accepted binary type');
  }
}
