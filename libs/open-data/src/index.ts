export * from './engine';
export * from './open-data.module';
export * from './open-data.service';
