import { SetMetadata } from '@nestjs/common';

import { RoleName } from './actor';

export const ROLES_KEY = 'sprintgate:roles';
export const PUBLIC_KEY = 'sprintgate:public';

/**
 * Every resolver declares who may call it: `@Roles(...)` for signed-in users with one of those
 * roles, `@AnyRole()` for any signed-in user, `@Public()` for anyone. A resolver without one of
 * these is refused to everybody (deny by default).
 */
export const Roles = (...roles: RoleName[]) => SetMetadata(ROLES_KEY, roles);
export const AnyRole = () => SetMetadata(ROLES_KEY, 'ANY');
export const Public = () => SetMetadata(PUBLIC_KEY, true);
