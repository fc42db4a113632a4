export * from './metrics.module';
export * from './metrics.service';
export * from './models/procurement-metrics.model';
