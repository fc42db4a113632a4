import type { RoleName } from '@app/core';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { OrganisationEntity } from './organisation.entity';

@Entity('app_user')
@Index('app_user_email_uq', ['email'], { unique: true })
@Index('app_user_organisation_idx', ['organisationId'])
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  /** Stored lower-cased: the unique index then refuses case variants of one address. */
  @Column({ type: 'text' })
  email: string;

  /** argon2id; never leaves the identity service. */
  @Column({ type: 'text' })
  passwordHash: string;

  @Column({ type: 'text' })
  displayName: string;

  @Column({ type: 'text', array: true })
  roles: RoleName[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  /** Language of the mail and notifications this user receives (`en` or `fr`). */
  @Column({ type: 'text', default: 'en' })
  language: string;
}
