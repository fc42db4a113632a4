/**
 * Notification mail in plain text and HTML, in the recipient's language. Pure: the sender passes in
 * what it read. HTML escapes every value (titles and reasons are user-written).
 */
import type { NotificationKind } from '../notification-kinds';
import { type Language, renderMessage } from '../templates/notification-messages';

export interface MailItem {
  kind: NotificationKind;
  params: Record<string, unknown>;
  link: string | null;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const WORDS = {
  en: {
    greeting: (name: string) => `Hello ${name},`,
    open: 'Open in Sprintgate',
    digestSubject: (count: number) => `Sprintgate: your daily digest (${count} notification${count === 1 ? '' : 's'})`,
    digestIntro: 'Here is what happened since your last digest:',
    footer: 'You receive this mail because of your notification preferences in Sprintgate.',
  },
  fr: {
    greeting: (name: string) => `Bonjour ${name},`,
    open: 'Ouvrir dans Sprintgate',
    digestSubject: (count: number) => `Sprintgate : votre récapitulatif du jour (${count} notification${count === 1 ? '' : 's'})`,
    digestIntro: 'Voici ce qui s’est passé depuis votre dernier récapitulatif :',
    footer: 'Vous recevez ce message en raison de vos préférences de notification dans Sprintgate.',
  },
} as const;

export const escapeHtml = (value: string): string =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const url = (baseUrl: string, link: string | null) => (link ? `${baseUrl}${link}` : null);

function page(language: Language, name: string, inner: string): string {
  const words = WORDS[language];
  return (
    `<!doctype html><html lang="${language}"><body style="font-family:sans-serif">` +
    `<p>${escapeHtml(words.greeting(name))}</p>${inner}<hr><p style="color:#555;font-size:small">${escapeHtml(words.footer)}</p></body></html>`
  );
}

export function renderImmediateMail(item: MailItem, language: Language, name: string, baseUrl: string): RenderedMail {
  const words = WORDS[language];
  const message = renderMessage(item.kind, item.params, language);
  const href = url(baseUrl, item.link);
  const text = [words.greeting(name), '', message.body, ...(href ? ['', `${words.open}: ${href}`] : []), '', '--', words.footer].join('\n');
  const inner =
    `<h1 style="font-size:1.2em">${escapeHtml(message.title)}</h1><p>${escapeHtml(message.body)}</p>` +
    (href ? `<p><a href="${escapeHtml(href)}">${escapeHtml(words.open)}</a></p>` : '');
  return { subject: message.title, text, html: page(language, name, inner) };
}

export function renderDigestMail(items: MailItem[], language: Language, name: string, baseUrl: string): RenderedMail {
  const words = WORDS[language];
  const rendered = items.map((item) => ({ ...renderMessage(item.kind, item.params, language), href: url(baseUrl, item.link) }));
  const text = [
    words.greeting(name),
    '',
    words.digestIntro,
    '',
    ...rendered.flatMap((m) => [`* ${m.title}`, `  ${m.body}`, ...(m.href ? [`  ${m.href}`] : [])]),
    '',
    '--',
    words.footer,
  ].join('\n');
  const inner =
    `<p>${escapeHtml(words.digestIntro)}</p><ul>` +
    rendered
      .map(
        (m) =>
          `<li><strong>${escapeHtml(m.title)}</strong><br>${escapeHtml(m.body)}${m.href ? `<br><a href="${escapeHtml(m.href)}">${escapeHtml(words.open)}</a>` : ''}</li>`,
      )
      .join('') +
    '</ul>';
  return { subject: words.digestSubject(items.length), text, html: page(language, name, inner) };
}
