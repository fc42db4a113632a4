import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A time-based alert that has fired (e.g. `deadline-48h:<challengeId>`): the sweep inserts the key
 * and records the alert's notifications in one transaction, so each alert fires once.
 */
@Entity('notification_fired')
export class NotificationFiredEntity {
  @PrimaryColumn({ type: 'text' })
  eventKey: string;

  @Column({ type: 'timestamptz', precision: 3 })
  firedAt: Date;
}
