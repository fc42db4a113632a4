import { Actor, AnyRole, forbidden, Roles } from '@app/core';
import { CurrentActor } from '@app/core/api';
import { ChallengeFilter } from '@app/solicitations/api';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';

import { NotificationsArgs } from './dto/notification.inputs';
import type { EmailDeliveryName } from './entities/notification-preference.entity';
import {
  EmailDeliveryEnum,
  NotificationConnectionModel,
  NotificationKindEnum,
  NotificationPreferenceModel,
  SavedSearchModel,
} from './models/notification.models';
import { NotificationInboxService } from './notification-inbox.service';
import type { NotificationKind } from './notification-kinds';
import { NotificationSettingsService } from './notification-settings.service';
import { NotificationsPolicy } from './notifications.policy';

@Resolver()
export class NotificationResolver {
  constructor(
    private readonly inbox: NotificationInboxService,
    private readonly settings: NotificationSettingsService,
  ) {}

  @AnyRole()
  @Query(() => NotificationConnectionModel, { description: "The caller's own notifications, newest first." })
  notifications(@CurrentActor() actor: Actor, @Args() args: NotificationsArgs): Promise<NotificationConnectionModel> {
    return this.inbox.list(actor, args.first, args.after, args.unreadOnly ?? false);
  }

  @AnyRole()
  @Query(() => Int)
  unreadNotificationCount(@CurrentActor() actor: Actor): Promise<number> {
    return this.inbox.unreadCount(actor);
  }

  @AnyRole()
  @Mutation(() => Int, { description: 'Marks the given notifications (or all) read; returns the new unread count.' })
  markNotificationsRead(
    @CurrentActor() actor: Actor,
    @Args('ids', { type: () => [ID], nullable: true }) ids?: string[],
    @Args('all', { type: () => Boolean, nullable: true }) all?: boolean,
  ): Promise<number> {
    return this.inbox.markRead(actor, ids, all);
  }

  @AnyRole()
  @Query(() => [NotificationPreferenceModel], { description: "One per kind relevant to the caller's roles." })
  notificationPreferences(@CurrentActor() actor: Actor): Promise<NotificationPreferenceModel[]> {
    return this.settings.preferences(actor);
  }

  @AnyRole()
  @Mutation(() => NotificationPreferenceModel)
  setNotificationPreference(
    @CurrentActor() actor: Actor,
    @Args('kind', { type: () => NotificationKindEnum }) kind: NotificationKind,
    @Args('email', { type: () => EmailDeliveryEnum }) email: EmailDeliveryName,
  ): Promise<NotificationPreferenceModel> {
    return this.settings.setPreference(actor, kind, email);
  }

  @Roles('VENDOR')
  @Query(() => [SavedSearchModel])
  savedSearches(@CurrentActor() actor: Actor): Promise<SavedSearchModel[]> {
    return this.settings.savedSearches(actor);
  }

  @Roles('VENDOR')
  @Mutation(() => SavedSearchModel, {
    description: 'A newly published challenge matching the filter, open to your organisation, is announced.',
  })
  saveSearch(
    @CurrentActor() actor: Actor,
    @Args('name') name: string,
    @Args('filter', { type: () => ChallengeFilter }) filter: ChallengeFilter,
  ): Promise<SavedSearchModel> {
    if (!NotificationsPolicy.canSaveSearches(actor)) throw forbidden();
    return this.settings.saveSearch(actor, name, filter);
  }

  @Roles('VENDOR')
  @Mutation(() => Boolean)
  deleteSavedSearch(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.settings.deleteSavedSearch(actor, id);
  }

  @AnyRole()
  @Mutation(() => String, { description: 'The language (en or fr) of your notifications and mail; returns it as stored.' })
  setMyLanguage(@CurrentActor() actor: Actor, @Args('language') language: string): Promise<string> {
    return this.inbox.setLanguage(actor, language);
  }
}
