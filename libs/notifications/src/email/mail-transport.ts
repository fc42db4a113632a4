import { APP_CONFIG, AppConfig } from '@app/core';
import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import type { Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Stable per delivery: a receiver can drop the copy of a mail re-sent after a crash mid-send. */
  messageId: string;
  /** The notification kind, or DAILY_DIGEST: lets a mailbox rule (and the tests) sort mail without parsing it. */
  kind: string;
}

/** nodemailer over SMTP_URL; without it the email channel is off (said once, at start). */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private readonly logger = new Logger('MailTransport');
  private transporter: Transporter | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    if (!config.notifications.smtpUrl) this.logger.log('SMTP_URL is not set: the email channel of notifications is off');
  }

  async send(mail: OutgoingMail): Promise<void> {
    const smtpUrl = this.config.notifications.smtpUrl;
    if (!smtpUrl) throw new Error('email channel is off (no SMTP_URL)');
    // nodemailer is required on the first mail, not at start: the API never sends mail and saves its
    // memory. Short timeouts: a dead server fails the send quickly and the job retries with backoff.
    const { createTransport } = await import('nodemailer');
    this.transporter ??= createTransport({
      url: smtpUrl,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    } as SMTPTransport.Options);
    const { kind, ...message } = mail;
    await this.transporter.sendMail({ from: this.config.notifications.mailFrom, ...message, headers: { 'X-Sprintgate-Kind': kind } });
  }

  onApplicationShutdown(): void {
    this.transporter?.close();
  }
}
