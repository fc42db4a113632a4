import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The challenge filter fields a saved search keeps (the contract's ChallengeFilter, minus status). */
export interface SavedSearchFilter {
  status?: string[];
  tag?: string;
  search?: string;
  buyerId?: string;
}

/** A vendor user's saved challenge filter: a newly published challenge matching it (and open to the vendor) is announced. */
@Entity('saved_search')
@Index('saved_search_user_idx', ['userId', 'createdAt'])
export class SavedSearchEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'jsonb' })
  filter: SavedSearchFilter;

  @Column({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
