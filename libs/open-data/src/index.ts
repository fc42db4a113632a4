export * from './open-data.module';
export * from './open-data.service';
export * from './engine';
