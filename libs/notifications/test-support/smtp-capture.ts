/**
 * A real SMTP server (the `smtp-server` package) for e2e suites: it accepts every message and keeps
 * its recipients and headers, so a suite asserts on what really crossed the wire. It can be stopped
 * and started again on the same port to play an outage.
 */
import { AddressInfo } from 'net';
import { SMTPServer } from 'smtp-server';

export interface CapturedMail {
  to: string[];
  kind: string;
  messageId: string;
  subject: string;
  raw: string;
}

export class SmtpCapture {
  readonly mails: CapturedMail[] = [];
  private server?: SMTPServer;
  port = 0;
  /** Milliseconds the server waits before answering 250 to each message: a slow server keeps deliveries in flight. */
  delayMs = 0;

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async start(port = this.port): Promise<void> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          const header = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(raw.split(/\r?\n\r?\n/)[0])?.[1]?.trim() ?? '';
          this.mails.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            kind: header('X-Sprintgate-Kind'),
            messageId: header('Message-ID'),
            subject: header('Subject'),
            raw,
          });
          setTimeout(() => callback(), this.delayMs);
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    this.server = server;
    this.port = ((server as unknown as { server: { address(): AddressInfo } }).server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Mails per `recipient kind` key, e.g. `a@b.test CHALLENGE_PUBLISHED` → 1. */
  counts(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const mail of this.mails) for (const to of mail.to) counts[`${to} ${mail.kind}`] = (counts[`${to} ${mail.kind}`] ?? 0) + 1;
    return counts;
  }
}
