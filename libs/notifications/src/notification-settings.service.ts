import { Actor, badInput, isUuid, notFound, TransactionRunner } from '@app/core';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { type EmailDeliveryName, NotificationPreferenceEntity } from './entities/notification-preference.entity';
import { SavedSearchEntity, type SavedSearchFilter } from './entities/saved-search.entity';
import type { NotificationPreferenceModel, SavedSearchModel } from './models/notification.models';
import type { NotificationKind } from './notification-kinds';
import { NotificationsPolicy } from './notifications.policy';
import { kindsForRoles } from './rules/kinds-by-role';

const MAX_SAVED_SEARCHES = 50;

/** A user's own email preferences per kind and saved searches. */
@Injectable()
export class NotificationSettingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
  ) {}

  async preferences(actor: Actor): Promise<NotificationPreferenceModel[]> {
    const rows = await this.dataSource.getRepository(NotificationPreferenceEntity).find({ where: { userId: actor.userId } });
    const chosen = new Map(rows.map((row) => [row.kind, row.email]));
    return kindsForRoles(actor.roles).map((kind) => ({ kind, email: chosen.get(kind) ?? 'IMMEDIATE' }));
  }

  async setPreference(actor: Actor, kind: NotificationKind, email: EmailDeliveryName): Promise<NotificationPreferenceModel> {
    if (!NotificationsPolicy.canSetPreference(actor, kind)) throw badInput(`${kind} is not a notification your roles receive`);
    await this.tx.run(actor, async (tx) => {
      await tx.manager.query(
        `INSERT INTO notification_preference (user_id, kind, email, updated_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (user_id, kind) DO UPDATE SET email = EXCLUDED.email, updated_at = EXCLUDED.updated_at`,
        [actor.userId, kind, email, tx.now],
      );
      tx.audit({ action: 'notification.preference-set', entityType: 'User', entityId: actor.userId, data: { kind, email } });
    });
    return { kind, email };
  }

  async savedSearches(actor: Actor): Promise<SavedSearchModel[]> {
    const rows = await this.dataSource
      .getRepository(SavedSearchEntity)
      .find({ where: { userId: actor.userId }, order: { createdAt: 'ASC', id: 'ASC' } });
    return rows.map(toSavedSearchModel);
  }

  async saveSearch(actor: Actor, name: string, filter: SavedSearchFilter): Promise<SavedSearchModel> {
    const trimmed = name.trim();
    if (!trimmed || trimmed.length > 100) throw badInput('name must hold 1 to 100 characters');
    // Only the fields the challenge filter has, without empty ones: the stored filter is what matching reads.
    const clean: SavedSearchFilter = {};
    if (filter.status?.length) clean.status = [...filter.status];
    if (filter.tag?.trim()) clean.tag = filter.tag.trim().toLowerCase();
    if (filter.search?.trim()) clean.search = filter.search.trim();
    if (filter.buyerId) clean.buyerId = filter.buyerId;
    const saved = await this.tx.run(actor, async (tx) => {
      // Serialises one user's saves so the ceiling holds under concurrent requests.
      await tx.manager.query(`SELECT 1 FROM app_user WHERE id = $1 FOR UPDATE`, [actor.userId]);
      const [{ count }] = await tx.manager.query(`SELECT count(*)::int AS count FROM saved_search WHERE user_id = $1`, [actor.userId]);
      if (count >= MAX_SAVED_SEARCHES) throw badInput(`At most ${MAX_SAVED_SEARCHES} saved searches per user`);
      const row = await tx.manager.save(
        tx.manager.create(SavedSearchEntity, {
          userId: actor.userId,
          organisationId: actor.organisationId,
          name: trimmed,
          filter: clean,
          createdAt: tx.now,
        }),
      );
      tx.audit({
        action: 'saved-search.created',
        entityType: 'SavedSearch',
        entityId: row.id,
        data: { name: trimmed, filter: clean as Record<string, unknown> },
      });
      return row;
    });
    return toSavedSearchModel(saved);
  }

  async deleteSavedSearch(actor: Actor, id: string): Promise<boolean> {
    if (!isUuid(id)) throw notFound('SavedSearch');
    return this.tx.run(actor, async (tx) => {
      const [, count] = await tx.manager.query(`DELETE FROM saved_search WHERE id = $1 AND user_id = $2`, [id, actor.userId]);
      if (!count) throw notFound('SavedSearch');
      tx.audit({ action: 'saved-search.deleted', entityType: 'SavedSearch', entityId: id, data: {} });
      return true;
    });
  }
}

const toSavedSearchModel = (row: SavedSearchEntity): SavedSearchModel => ({
  id: row.id,
  name: row.name,
  filter: row.filter as Record<string, unknown>,
  createdAt: row.createdAt,
});
