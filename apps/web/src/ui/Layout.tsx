import type { ReactNode } from 'react';
import { NavLink, useNavigate } from 'react-router-dom';

import { useSession } from '../auth/session';
import { LOCALES, useI18n } from '../i18n/i18n';
import { NotificationBell } from '../pages/notifications/NotificationBell';
import { navItemsFor } from './nav-items';

export function Layout({ children }: { children: ReactNode }) {
  const { t, locale, setLocale } = useI18n();
  const { user, signOut } = useSession();
  const navigate = useNavigate();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="site">
        <NavLink to="/" className="brand">
          Sprintgate
        </NavLink>
        <nav aria-label={t('nav.label')}>
          <ul>
            <li>
              <NavLink to="/" end>
                {t('nav.challenges')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/statistics">{t('nav.metrics')}</NavLink>
            </li>
            {user
              ? navItemsFor(user.roles).map((item) => (
                  <li key={item.to}>
                    <NavLink to={item.to}>{t(item.label)}</NavLink>
                  </li>
                ))
              : null}
          </ul>
        </nav>
        <div className="account">
          <label>
            <span className="visually-hidden">{t('nav.language')}</span>
            <select value={locale} onChange={(e) => setLocale(e.target.value as (typeof LOCALES)[number])} aria-label={t('nav.language')}>
              <option value="en" lang="en">
                English
              </option>
              <option value="fr" lang="fr">
                Français
              </option>
            </select>
          </label>
          {user ? (
            <>
              <NotificationBell />
              <span>{t('nav.signedInAs', { name: user.displayName, organisation: user.organisation.name })}</span>
              <button
                type="button"
                className="link"
                onClick={() => {
                  signOut();
                  navigate('/');
                }}
              >
                {t('nav.signOut')}
              </button>
            </>
          ) : (
            <>
              <NavLink to="/sign-in">{t('nav.signIn')}</NavLink>
              <NavLink to="/register">{t('nav.register')}</NavLink>
            </>
          )}
        </div>
      </header>
      <main id="main">{children}</main>
      <footer className="site">{t('footer.text')}</footer>
    </>
  );
}
