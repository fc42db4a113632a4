import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A one-time password reset issued by an admin. Only the SHA-256 of the token is stored (a read of
 * the table cannot be replayed); it works once (`usedAt`) and until `expiresAt` (one hour).
 */
@Entity('password_reset')
@Index('password_reset_token_hash_uq', ['tokenHash'], { unique: true })
@Index('password_reset_user_idx', ['userId'])
export class PasswordResetEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  /** Hex SHA-256 of the token handed to the admin. */
  @Column({ type: 'text' })
  tokenHash: string;

  /** The admin who issued it; null when an operator issued it from the CLI (no signed-in user). */
  @Column({ type: 'uuid', nullable: true })
  issuedByUserId: string | null;

  @Column({ type: 'timestamptz' })
  issuedAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
