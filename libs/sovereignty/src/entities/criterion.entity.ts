import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

import type { AnswerType, Pillar } from '../engine/catalogue';

/**
 * The catalogue as data: one row per criterion and catalogue version, seeded by migrations. A
 * published version never changes; a new catalogue is a new version with its own rows.
 */
@Entity('sovereignty_criterion')
@Index('sovereignty_criterion_position_uq', ['catalogueVersion', 'position'], { unique: true })
@Check('sovereignty_criterion_pillar_chk', `pillar IN ('DATA', 'OPERATIONAL', 'TECHNOLOGICAL')`)
@Check('sovereignty_criterion_answer_type_chk', `answer_type IN ('BOOLEAN', 'COUNTRY', 'COUNTRY_LIST', 'ENUM', 'ENUM_SET', 'OWNERSHIP')`)
export class SovereigntyCriterionEntity {
  @PrimaryColumn({ type: 'text' })
  catalogueVersion: string;

  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  pillar: Pillar;

  @Column({ type: 'text' })
  question: string;

  @Column({ type: 'text' })
  answerType: AnswerType;

  /** ENUM and ENUM_SET only, weakest first. */
  @Column({ type: 'jsonb', nullable: true })
  options: string[] | null;

  /** Catalogue order (1-based), the order forms and answers are shown in. */
  @Column({ type: 'int' })
  position: number;
}
