import { type FormEvent, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';

import { useSession } from '../auth/session';
import { RegisterVendorDocument } from '../auth/user-fields';
import { useI18n } from '../i18n/i18n';
import { countryOptions } from '../lib/countries';
import { errorsByField } from '../lib/field-errors';
import { ApiError, request } from '../lib/graphql-client';
import { Alert } from '../ui/Feedback';
import { SelectField, TextField } from '../ui/Field';
import { FormErrors, useFieldErrors } from '../ui/FormErrors';
import { Page } from '../ui/Page';

const FIELDS = [
  'organisationName',
  'country',
  'headcount',
  'annualTurnoverEur',
  'balanceSheetEur',
  'displayName',
  'email',
  'password',
] as const;
type FieldName = (typeof FIELDS)[number];

/** Registers a vendor organisation and its first user, then shows the SME class the API derived. */
export function RegisterPage() {
  const { t, locale } = useI18n();
  const session = useSession();
  const [values, setValues] = useState<Record<FieldName, string>>({
    organisationName: '',
    country: '',
    headcount: '',
    annualTurnoverEur: '',
    balanceSheetEur: '',
    displayName: '',
    email: '',
    password: '',
  });
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [busy, setBusy] = useState(false);
  const fieldErrors = useFieldErrors(errors);
  const countries = useMemo(() => countryOptions(locale), [locale]);
  const set = (name: FieldName) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: e.target.value }));
  /** What every field of this form takes: its value, its setter, its errors; all are required. */
  const bind = (name: FieldName) => ({ value: values[name], onChange: set(name), errors: fieldErrors(name), required: true });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const missing = FIELDS.filter((f) => !values[f].trim());
    if (missing.length) {
      setErrors(Object.fromEntries(missing.map((f) => [f, ['REQUIRED']])));
      return;
    }
    setBusy(true);
    try {
      const { registerVendor } = await request(RegisterVendorDocument, {
        input: {
          organisationName: values.organisationName,
          country: values.country,
          headcount: Number(values.headcount),
          annualTurnoverEur: Number(values.annualTurnoverEur),
          balanceSheetEur: Number(values.balanceSheetEur),
          displayName: values.displayName,
          email: values.email,
          password: values.password,
        },
      });
      setErrors({});
      session.signIn(registerVendor.accessToken, registerVendor.user);
    } catch (error) {
      setErrors(
        error instanceof ApiError
          ? errorsByField(error, FIELDS, { CONFLICT: { field: 'email', entry: 'EMAIL_TAKEN' } })
          : { '': ['UNKNOWN'] },
      );
    } finally {
      setBusy(false);
    }
  }

  if (session.user) {
    const smeClass = session.user.organisation.smeClass;
    return (
      <Page title={t('register.doneTitle')}>
        <Alert kind="success">
          <p>{t('register.done', { organisation: session.user.organisation.name })}</p>
          {smeClass ? <p>{t('register.smeClass', { smeClass: t(`sme.${smeClass}` as 'sme.MICRO') })}</p> : null}
        </Alert>
        <p>
          <Link to="/attestation">{t('register.next')}</Link>
        </p>
      </Page>
    );
  }

  const numeric = { type: 'number', inputMode: 'numeric', min: 0, step: 1 } as const;
  return (
    <Page title={t('register.title')}>
      <p>{t('register.intro')}</p>
      <form className="card" onSubmit={submit} noValidate>
        <FormErrors errors={errors} />
        <TextField label={t('field.organisationName')} {...bind('organisationName')} />
        <SelectField label={t('field.country')} {...bind('country')} options={[{ value: '', label: t('common.choose') }, ...countries]} />
        <TextField label={t('field.headcount')} hint={t('field.headcountHint')} {...numeric} {...bind('headcount')} />
        <TextField label={t('field.turnover')} hint={t('field.eurHint')} {...numeric} {...bind('annualTurnoverEur')} />
        <TextField label={t('field.balanceSheet')} hint={t('field.eurHint')} {...numeric} {...bind('balanceSheetEur')} />
        <TextField label={t('field.displayName')} autoComplete="name" {...bind('displayName')} />
        <TextField label={t('field.email')} type="email" autoComplete="email" {...bind('email')} />
        <TextField
          label={t('field.password')}
          hint={t('field.passwordHint')}
          type="password"
          autoComplete="new-password"
          {...bind('password')}
        />
        <div className="actions">
          <button type="submit" disabled={busy}>
            {t('register.submit')}
          </button>
        </div>
      </form>
    </Page>
  );
}
