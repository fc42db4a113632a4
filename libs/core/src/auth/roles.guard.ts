import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';

import { AppError } from '../errors/app-error';
import { GqlContext } from '../graphql/gql-context';
import { Actor, RoleName } from './actor';
import { PUBLIC_KEY, ROLES_KEY } from './roles.decorator';

/**
 * Global guard, deny by default: a handler runs only if it is @Public(), or the caller is signed
 * in and (for @Roles) holds one of the roles. Object-level rules live in each domain's *.policy.ts.
 */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const required = this.reflector.getAllAndOverride<RoleName[] | 'ANY' | undefined>(ROLES_KEY, targets);
    if (!required) throw new AppError('FORBIDDEN', 'This operation is not open to anyone');
    const actor = this.actorOf(context);
    if (!actor) throw new AppError('UNAUTHENTICATED', 'Sign in first: send Authorization: Bearer <token>');
    if (required !== 'ANY' && !actor.roles.some((role) => required.includes(role))) {
      throw new AppError('FORBIDDEN', `Requires one of the roles: ${required.join(', ')}`);
    }
    return true;
  }

  private actorOf(context: ExecutionContext): Actor | null {
    if (context.getType<string>() === 'graphql') return GqlExecutionContext.create(context).getContext<GqlContext>().actor;
    const request = context.switchToHttp().getRequest<{ actor?: Actor | null }>();
    return request.actor ?? null;
  }
}
