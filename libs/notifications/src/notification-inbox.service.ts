import { Actor, APP_CONFIG, AppConfig, badInput, decodeTimeIdCursor, encodeCursor, isUuid, TransactionRunner } from '@app/core';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { NotificationConnectionModel, NotificationModel } from './models/notification.models';
import type { NotificationKind } from './notification-kinds';
import { NotificationsPolicy } from './notifications.policy';
import { asLanguage, LANGUAGES, renderMessage } from './templates/notification-messages';

interface NotificationRow {
  id: string;
  kind: NotificationKind;
  params: Record<string, unknown>;
  link: string | null;
  challenge_id: string | null;
  created_at: Date;
  read_at: Date | null;
  cursor_at: string;
}

const DEFAULT_PAGE = 20;

/** The in-app inbox: a user's own notifications, newest first, rendered in their language. */
@Injectable()
export class NotificationInboxService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(actor: Actor, first = DEFAULT_PAGE, after?: string, unreadOnly = false): Promise<NotificationConnectionModel> {
    const limit = Math.min(first, this.config.maxPageSize);
    const params: unknown[] = [actor.userId];
    let where = NotificationsPolicy.ownerSql('n', '$1');
    if (unreadOnly) where += ' AND n.read_at IS NULL';
    const [{ total, unread }] = await this.dataSource.query(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE n.read_at IS NULL)::int AS unread FROM notification n WHERE ${NotificationsPolicy.ownerSql('n', '$1')}`,
      params,
    );
    let page = where;
    if (after) {
      const { at, id } = decodeTimeIdCursor(after);
      params.push(at, id);
      page += ` AND (n.created_at, n.id) < ($2::timestamptz, $3::uuid)`;
    }
    const rows: NotificationRow[] = await this.dataSource.query(
      `SELECT n.id, n.kind, n.params, n.link, n.challenge_id, n.created_at, n.read_at,
              to_char(n.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS cursor_at
         FROM notification n WHERE ${page} ORDER BY n.created_at DESC, n.id DESC LIMIT ${limit + 1}`,
      params,
    );
    const language = await this.languageOf(actor.userId);
    const edges = rows.slice(0, limit).map((row) => ({ cursor: encodeCursor([row.cursor_at, row.id]), node: this.toModel(row, language) }));
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount: unreadOnly ? unread : total,
      unreadCount: unread,
    };
  }

  async unreadCount(actor: Actor): Promise<number> {
    const [{ unread }] = await this.dataSource.query(
      `SELECT count(*)::int AS unread FROM notification n WHERE ${NotificationsPolicy.ownerSql('n', '$1')} AND n.read_at IS NULL`,
      [actor.userId],
    );
    return unread;
  }

  /** Marks the actor's own notifications read (others' ids change nothing); returns the new unread count. */
  async markRead(actor: Actor, ids: string[] | null | undefined, all: boolean | null | undefined): Promise<number> {
    if (!all && !ids?.length) throw badInput('Give the ids of the notifications to mark read, or all: true');
    if (ids?.some((id) => !isUuid(id))) throw badInput('ids must be notification ids');
    if (ids && ids.length > 500) throw badInput('At most 500 ids at once; use all: true for everything');
    await this.tx.run(actor, async (tx) => {
      const [, count] = await tx.manager.query(
        `UPDATE notification n SET read_at = $2 WHERE ${NotificationsPolicy.ownerSql('n', '$1')} AND n.read_at IS NULL
            AND ($3::boolean OR n.id = ANY($4::uuid[]))`,
        [actor.userId, tx.now, !!all, ids ?? []],
      );
      if (count) tx.audit({ action: 'notification.marked-read', entityType: 'User', entityId: actor.userId, data: { count, all: !!all } });
    });
    return this.unreadCount(actor);
  }

  async setLanguage(actor: Actor, language: string): Promise<string> {
    const value = language.trim().toLowerCase();
    if (!(LANGUAGES as readonly string[]).includes(value)) throw badInput(`language must be one of ${LANGUAGES.join(', ')}`);
    await this.tx.run(actor, async (tx) => {
      await tx.manager.query(`UPDATE app_user SET language = $2 WHERE id = $1`, [actor.userId, value]);
      tx.audit({ action: 'user.language-set', entityType: 'User', entityId: actor.userId, data: { language: value } });
    });
    return value;
  }

  private async languageOf(userId: string) {
    const [row] = await this.dataSource.query(`SELECT language FROM app_user WHERE id = $1`, [userId]);
    return asLanguage(row?.language);
  }

  private toModel(row: NotificationRow, language: ReturnType<typeof asLanguage>): NotificationModel {
    const message = renderMessage(row.kind, row.params, language);
    return {
      id: row.id,
      kind: row.kind,
      title: message.title,
      body: message.body,
      link: row.link,
      challengeId: row.challenge_id,
      createdAt: row.created_at,
      readAt: row.read_at,
    };
  }
}
