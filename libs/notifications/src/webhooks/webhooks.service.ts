import { Actor, APP_CONFIG, AppConfig, isUuid, notFound, throwIfProblems, TransactionRunner } from '@app/core';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { NotificationKind } from '../notification-kinds';
import { WebhookEntity } from './entities/webhook.entity';
import { WebhookDeliveryEntity } from './entities/webhook-delivery.entity';
import { newWebhookSecret } from './webhook-signature';
import { webhookUrlProblems } from './webhook-url-rules';
import { WEBHOOKS_CONFIG, WebhooksConfig } from './webhooks.config';
import { WebhooksPolicy } from './webhooks.policy';

/** Registering, listing and deleting an organisation's webhooks, and reading their deliveries. */
@Injectable()
export class WebhooksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    @Inject(APP_CONFIG) private readonly appConfig: AppConfig,
    @Inject(WEBHOOKS_CONFIG) private readonly config: WebhooksConfig,
  ) {}

  async register(actor: Actor, url: string, events: NotificationKind[]): Promise<{ webhook: WebhookEntity; secret: string }> {
    if (!WebhooksPolicy.canManage(actor)) throw notFound('Organisation');
    const trimmed = url.trim();
    throwIfProblems(webhookUrlProblems(trimmed, this.appConfig.nodeEnv === 'production'));
    return this.transactions.run(actor, async (tx) => {
      // Serialises registrations of one organisation so the ceiling holds under concurrency.
      await tx.manager.query(`SELECT pg_advisory_xact_lock(hashtext('webhook:' || $1))`, [actor.organisationId]);
      const live = await tx.manager
        .createQueryBuilder(WebhookEntity, 'w')
        .where('w.organisation_id = :org AND w.deleted_at IS NULL', { org: actor.organisationId })
        .getCount();
      throwIfProblems(
        live >= this.config.maxPerOrganisation ? [`an organisation may have at most ${this.config.maxPerOrganisation} webhooks`] : [],
      );
      const secret = newWebhookSecret();
      const webhook = await tx.manager.save(
        tx.manager.create(WebhookEntity, {
          organisationId: actor.organisationId,
          url: trimmed,
          events: [...new Set(events)],
          secret,
          enabled: true,
          consecutiveFailures: 0,
          disabledAt: null,
          createdByUserId: actor.userId,
          createdAt: tx.now,
          deletedAt: null,
        }),
      );
      tx.audit({
        action: 'webhook.registered',
        entityType: 'Webhook',
        entityId: webhook.id,
        data: { organisationId: webhook.organisationId, url: webhook.url, events: webhook.events },
      });
      return { webhook, secret };
    });
  }

  async delete(actor: Actor, id: string): Promise<boolean> {
    return this.transactions.run(actor, async (tx) => {
      const webhook = isUuid(id)
        ? await tx.manager
            .createQueryBuilder(WebhookEntity, 'w')
            .setLock('pessimistic_write')
            .where('w.id = :id AND w.deleted_at IS NULL', { id })
            .getOne()
        : null;
      if (!webhook || !WebhooksPolicy.isOwn(actor, webhook)) throw notFound('Webhook');
      await tx.manager.update(WebhookEntity, { id }, { deletedAt: tx.now, enabled: false });
      tx.audit({
        action: 'webhook.deleted',
        entityType: 'Webhook',
        entityId: id,
        data: { organisationId: webhook.organisationId, url: webhook.url },
      });
      return true;
    });
  }

  async list(actor: Actor): Promise<WebhookEntity[]> {
    if (!WebhooksPolicy.canManage(actor)) return [];
    return this.dataSource
      .getRepository(WebhookEntity)
      .createQueryBuilder('w')
      .where('w.organisation_id = :org AND w.deleted_at IS NULL', { org: actor.organisationId })
      .orderBy('w.created_at', 'ASC')
      .addOrderBy('w.id', 'ASC')
      .getMany();
  }

  async deliveries(actor: Actor, webhookId: string, first = 20): Promise<WebhookDeliveryEntity[]> {
    const webhook = isUuid(webhookId) ? await this.dataSource.getRepository(WebhookEntity).findOne({ where: { id: webhookId } }) : null;
    if (!webhook || webhook.deletedAt || !WebhooksPolicy.isOwn(actor, webhook)) throw notFound('Webhook');
    return this.dataSource
      .getRepository(WebhookDeliveryEntity)
      .createQueryBuilder('d')
      .where('d.webhook_id = :id', { id: webhookId })
      .orderBy('d.created_at', 'DESC')
      .addOrderBy('d.id', 'DESC')
      .limit(Math.min(Math.max(first, 1), 100))
      .getMany();
  }
}
