import { type FormEvent, useState } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router-dom';

import { useSession } from '../auth/session';
import { SignInDocument } from '../auth/user-fields';
import { useI18n } from '../i18n/i18n';
import { errorsByField } from '../lib/field-errors';
import { ApiError, request } from '../lib/graphql-client';
import { Alert } from '../ui/Feedback';
import { TextField } from '../ui/Field';
import { FormErrors, useFieldErrors } from '../ui/FormErrors';
import { Page } from '../ui/Page';

export function SignInPage() {
  const { t } = useI18n();
  const session = useSession();
  const navigate = useNavigate();
  const from = (useLocation().state as { from?: string } | null)?.from ?? '/';
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [busy, setBusy] = useState(false);
  const fieldErrors = useFieldErrors(errors);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      const { login } = await request(SignInDocument, { email, password });
      session.signIn(login.accessToken, login.user);
      navigate(from, { replace: true });
    } catch (error) {
      // A wrong email or password is one refusal (UNAUTHENTICATED): it belongs to the password.
      setErrors(
        error instanceof ApiError
          ? errorsByField(error, ['email', 'password'], { UNAUTHENTICATED: { field: 'password', entry: 'WRONG_CREDENTIALS' } })
          : { '': ['UNKNOWN'] },
      );
    } finally {
      setBusy(false);
    }
  }

  // Already signed in (another tab, a bookmark): nothing to do here.
  if (session.user) return <Navigate to={from} replace />;

  return (
    <Page title={t('signIn.title')}>
      {session.endedBecause === 'expired' ? <Alert kind="info">{t('signIn.expired')}</Alert> : null}
      <form className="card" onSubmit={submit} noValidate>
        <FormErrors errors={errors} />
        <TextField
          label={t('field.email')}
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          errors={fieldErrors('email')}
        />
        <TextField
          label={t('field.password')}
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          errors={fieldErrors('password')}
        />
        <div className="actions">
          <button type="submit" disabled={busy}>
            {t('signIn.submit')}
          </button>
        </div>
        <p>
          {t('signIn.noAccount')} <Link to="/register">{t('nav.register')}</Link>
        </p>
      </form>
    </Page>
  );
}
