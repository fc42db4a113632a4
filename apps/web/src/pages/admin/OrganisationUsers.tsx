import { type FormEvent, useState } from 'react';

import type { OrganisationKind, Role } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { errorsByField } from '../../lib/field-errors';
import { ApiError } from '../../lib/graphql-client';
import { useMutation, useQuery } from '../../lib/use-query';
import { Alert, Badge, Loading } from '../../ui/Feedback';
import { ChoiceGroup, TextField } from '../../ui/Field';
import { FormErrors, useFieldErrors } from '../../ui/FormErrors';
import { AdminCreateUserDocument, AdminUsersDocument } from './admin-documents';

/** Roles an organisation's users may hold (IdentityPolicy.rolesFitOrganisation). */
const ROLES_BY_KIND: Record<OrganisationKind, Role[]> = {
  BUYER: ['OFFICER', 'EVALUATOR', 'AUDITOR', 'ADMIN'],
  VENDOR: ['VENDOR'],
};
const FIELDS = ['displayName', 'email', 'password', 'roles'] as const;

/** One organisation's users, and a form to add one. */
export function OrganisationUsers({ organisation }: { organisation: { id: string; name: string; kind: OrganisationKind } }) {
  const { t } = useI18n();
  const users = useQuery(AdminUsersDocument, { organisationId: organisation.id });
  const create = useMutation(AdminCreateUserDocument);
  const empty = { displayName: '', email: '', password: '', roles: [] as string[] };
  const [values, setValues] = useState(empty);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [created, setCreated] = useState<string | null>(null);
  const fieldErrors = useFieldErrors(errors);
  const headingId = `users-${organisation.id}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local: Record<string, string[]> = {};
    for (const field of ['displayName', 'email', 'password'] as const) if (!values[field].trim()) local[field] = ['REQUIRED'];
    if (!values.roles.length) local.roles = ['REQUIRED'];
    setErrors(local);
    setCreated(null);
    if (Object.keys(local).length) return;
    try {
      const { createUser } = await create({
        input: {
          organisationId: organisation.id,
          displayName: values.displayName.trim(),
          email: values.email.trim(),
          password: values.password,
          roles: values.roles as Role[],
        },
      });
      setValues(empty);
      setCreated(createUser.displayName);
      users.reload();
    } catch (e) {
      setErrors(
        errorsByField(e instanceof ApiError ? e : new ApiError([]), FIELDS, { CONFLICT: { field: 'email', entry: 'EMAIL_TAKEN' } }),
      );
    }
  }

  const list = users.data?.users ?? [];
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('admin.usersOf', { name: organisation.name })}</h2>
      {users.loading && !users.data ? <Loading label={t('common.loading')} /> : null}
      {users.error ? <Alert>{t('error.UNKNOWN')}</Alert> : null}
      {users.data && !list.length ? <p>{t('admin.noUsers')}</p> : null}
      {list.length ? (
        <table>
          <caption className="visually-hidden">{t('admin.usersOf', { name: organisation.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.name')}</th>
              <th scope="col">{t('field.email')}</th>
              <th scope="col">{t('admin.roles')}</th>
              <th scope="col">{t('admin.account')}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((u) => (
              <tr key={u.id}>
                <th scope="row">{u.displayName}</th>
                <td>{u.email}</td>
                <td>{u.roles.map((role) => t(`admin.role.${role}`)).join(', ')}</td>
                <td>
                  <Badge tone={u.disabledAt ? 'bad' : 'good'}>{t(u.disabledAt ? 'admin.disabled' : 'admin.enabled')}</Badge>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}

      <form onSubmit={submit} noValidate aria-labelledby={`${headingId}-create`}>
        <h3 id={`${headingId}-create`}>{t('admin.createUser', { name: organisation.name })}</h3>
        {created ? <Alert kind="success">{t('admin.userCreated', { name: created })}</Alert> : null}
        <FormErrors errors={errors} />
        <TextField
          label={t('field.displayName')}
          value={values.displayName}
          onChange={(e) => setValues((v) => ({ ...v, displayName: e.target.value }))}
          errors={fieldErrors('displayName')}
          autoComplete="off"
        />
        <TextField
          label={t('field.email')}
          type="email"
          value={values.email}
          onChange={(e) => setValues((v) => ({ ...v, email: e.target.value }))}
          errors={fieldErrors('email')}
          autoComplete="off"
        />
        <TextField
          label={t('admin.initialPassword')}
          hint={t('field.passwordHint')}
          type="password"
          value={values.password}
          onChange={(e) => setValues((v) => ({ ...v, password: e.target.value }))}
          errors={fieldErrors('password')}
          autoComplete="new-password"
        />
        <ChoiceGroup
          label={t('admin.roles')}
          type="checkbox"
          name={`roles-${organisation.id}`}
          options={ROLES_BY_KIND[organisation.kind].map((role) => ({ value: role, label: t(`admin.role.${role}`) }))}
          selected={values.roles}
          onChange={(roles) => setValues((v) => ({ ...v, roles }))}
          errors={fieldErrors('roles')}
        />
        <button type="submit">{t('admin.createUserSubmit')}</button>
      </form>
    </section>
  );
}
