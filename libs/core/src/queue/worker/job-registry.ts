import { Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';

import { HANDLES_JOB_KEY } from '../handles-job.decorator';
import { JOB_NAMES, JobName } from '../job-map';

export type JobHandlerFn = (payload: unknown) => Promise<unknown>;

/** Finds every @HandlesJob method; a job with no handler or two handlers stops the worker at start. */
export function checkHandlers(found: { name: string; where: string }[], expected: readonly string[] = JOB_NAMES): string[] {
  const problems: string[] = [];
  for (const name of expected) {
    const owners = found.filter((f) => f.name === name);
    if (owners.length === 0) problems.push(`job "${name}" has no handler`);
    if (owners.length > 1) problems.push(`job "${name}" has ${owners.length} handlers: ${owners.map((o) => o.where).join(', ')}`);
  }
  for (const f of found) if (!expected.includes(f.name)) problems.push(`${f.where} handles unknown job "${f.name}"`);
  return problems;
}

@Injectable()
export class JobRegistry implements OnModuleInit {
  private readonly handlers = new Map<string, JobHandlerFn>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
  ) {}

  onModuleInit(): void {
    const found: { name: string; where: string; fn: JobHandlerFn }[] = [];
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const prototype = Object.getPrototypeOf(instance);
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        const name = Reflect.getMetadata(HANDLES_JOB_KEY, prototype[method]) as string | undefined;
        if (name)
          found.push({ name, where: `${prototype.constructor.name}.${method}`, fn: (prototype[method] as JobHandlerFn).bind(instance) });
      }
    }
    const problems = checkHandlers(found);
    if (problems.length) throw new Error(`Job handlers are incomplete:\n  - ${problems.join('\n  - ')}`);
    for (const f of found) this.handlers.set(f.name, f.fn);
  }

  handler(name: string): JobHandlerFn | undefined {
    return this.handlers.get(name as JobName);
  }
}
