import { APP_CONFIG, AppConfig } from '@app/core';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { NotificationKind } from '../notification-kinds';
import { asLanguage } from '../templates/notification-messages';
import { type MailItem, renderDigestMail, renderImmediateMail } from './email-templates';
import { MailTransport } from './mail-transport';

interface DeliveryRow {
  id: string;
  recipient_user_id: string;
  email: string;
  display_name: string;
  language: string;
  kind: NotificationKind | null;
  params: Record<string, unknown> | null;
  link: string | null;
}

/**
 * Sends the unsent mail of one event key, each delivery in its own transaction that holds the row
 * (FOR UPDATE SKIP LOCKED) across the SMTP exchange and sets sent_at before commit: two runs never
 * send the same row, a sent row is never sent again. If SMTP fails, the row stays unsent with its
 * error, the others still go, and the job fails so BullMQ retries it with backoff.
 * The only window for a duplicate is a process killed after the server accepted a mail and before
 * the commit; the Message-ID is the delivery's id, so that copy is recognisable.
 */
@Injectable()
export class EmailDeliveryService {
  private readonly logger = new Logger('EmailDelivery');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly transport: MailTransport,
  ) {}

  async sendEvent(eventKey: string): Promise<{ sent: number; failed: number }> {
    const ids: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM notification_delivery WHERE event_key = $1 AND channel = 'EMAIL' AND sent_at IS NULL ORDER BY id`,
      [eventKey],
    );
    let sent = 0;
    let failed = 0;
    let lastError = '';
    for (const { id } of ids) {
      try {
        if (await this.sendOne(id)) sent += 1;
      } catch (error) {
        failed += 1;
        lastError = (error as Error).message;
        await this.dataSource.query(`UPDATE notification_delivery SET attempts = attempts + 1, last_error = $2 WHERE id = $1`, [
          id,
          lastError.slice(0, 500),
        ]);
      }
    }
    if (failed) throw new Error(`${failed} mail(s) of ${eventKey} not sent, will retry: ${lastError}`);
    return { sent, failed };
  }

  private sendOne(id: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const [row]: DeliveryRow[] = await manager.query(
        `SELECT d.id, d.recipient_user_id, u.email, u.display_name, u.language, n.kind, n.params, n.link
           FROM notification_delivery d
           JOIN app_user u ON u.id = d.recipient_user_id
           LEFT JOIN notification n ON n.id = d.notification_id
          WHERE d.id = $1 AND d.sent_at IS NULL
          FOR UPDATE OF d SKIP LOCKED`,
        [id],
      );
      if (!row) return false; // sent meanwhile, or another run holds it
      const language = asLanguage(row.language);
      const baseUrl = this.config.publicBaseUrl ?? `http://localhost:${this.config.port}`;
      let mail;
      if (row.kind) {
        mail = renderImmediateMail({ kind: row.kind, params: row.params ?? {}, link: row.link }, language, row.display_name, baseUrl);
      } else {
        const items: MailItem[] = await manager.query(
          `SELECT n.kind, n.params, n.link FROM notification_delivery g JOIN notification n ON n.id = g.notification_id
            WHERE g.channel = 'DIGEST' AND g.recipient_user_id = $1
              AND g.digest_key = (SELECT event_key FROM notification_delivery WHERE id = $2)
            ORDER BY n.created_at, n.id`,
          [row.recipient_user_id, id],
        );
        mail = renderDigestMail(items, language, row.display_name, baseUrl);
      }
      await this.transport.send({
        to: row.email,
        ...mail,
        messageId: `<${row.id}@notifications.sprintgate>`,
        kind: row.kind ?? 'DAILY_DIGEST',
      });
      await manager.query(`UPDATE notification_delivery SET sent_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = $1`, [
        id,
      ]);
      return true;
    });
  }
}
