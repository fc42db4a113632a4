import { connect } from 'net';
import type { Readable } from 'stream';

import { DocumentScanner, ScannerUnavailableError, ScanVerdict } from './document-scanner';

/**
 * clamd's INSTREAM protocol: `zINSTREAM\0`, then the bytes as chunks each preceded by its length
 * (4 bytes, big-endian), then a zero length; clamd answers `stream: OK` or
 * `stream: <signature> FOUND` (NUL-terminated). Any other answer, a dropped connection or a
 * timeout is a ScannerUnavailableError: an unscanned file is never reported clean.
 */
export class ClamdScanner implements DocumentScanner {
  readonly enabled = true;

  constructor(private readonly settings: { host: string; port: number; timeoutMs: number }) {}

  scan(bytes: Readable): Promise<ScanVerdict> {
    return new Promise<ScanVerdict>((resolve, reject) => {
      const socket = connect({ host: this.settings.host, port: this.settings.port });
      let reply = '';
      let settled = false;
      const finish = (error: Error | null, verdict?: ScanVerdict) => {
        if (settled) return;
        settled = true;
        socket.destroy();
        if (error) {
          bytes.destroy();
          reject(error instanceof ScannerUnavailableError ? error : new ScannerUnavailableError(`clamd: ${error.message}`));
        } else resolve(verdict!);
      };
      socket.setTimeout(this.settings.timeoutMs, () => finish(new ScannerUnavailableError('clamd did not answer in time')));
      socket.on('error', (error) => finish(error));
      socket.on('data', (data) => (reply += data.toString('utf8')));
      socket.on('end', () => {
        const answer = reply.replace(/\0/g, '').trim();
        const found = /^stream: (.+) FOUND$/.exec(answer);
        if (found) finish(null, { infected: true, signature: found[1] });
        else if (answer === 'stream: OK') finish(null, { infected: false });
        else finish(new ScannerUnavailableError(`clamd answered "${answer.slice(0, 200)}"`));
      });
      socket.on('connect', () => {
        socket.write('zINSTREAM\0');
        void this.send(bytes, socket).catch((error: Error) => finish(error));
      });
    });
  }

  /** Streams the file to clamd with backpressure, then the terminating zero-length chunk. */
  private async send(bytes: Readable, socket: import('net').Socket): Promise<void> {
    const write = (buffer: Buffer) =>
      socket.write(buffer) ? Promise.resolve() : new Promise<void>((resolve) => socket.once('drain', () => resolve()));
    for await (const chunk of bytes as AsyncIterable<Buffer>) {
      const length = Buffer.alloc(4);
      length.writeUInt32BE(chunk.length);
      await write(length);
      await write(chunk);
    }
    await write(Buffer.alloc(4));
  }
}
