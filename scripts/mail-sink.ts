/**
 * The demo's mail sink: an SMTP server (the `smtp-server` package) that accepts every message and
 * keeps the last 500 in memory, and a read-only web page listing them, so a newcomer reads the mail
 * the demo sprint sends without a real mail server. Loopback only; nothing is relayed anywhere.
 *
 *   MAIL_SINK_SMTP_PORT (1025)  where the API and worker send (SMTP_URL=smtp://127.0.0.1:1025)
 *   MAIL_SINK_HTTP_PORT (1080)  http://127.0.0.1:1080 lists the messages; /messages/<n> shows one
 *   MAIL_SINK_BIND (127.0.0.1)  interface both listen on
 */
import { createServer } from 'http';
import { SMTPServer } from 'smtp-server';

interface StoredMail {
  n: number;
  at: Date;
  from: string;
  to: string[];
  subject: string;
  kind: string;
  text: string;
  raw: string;
}

const SMTP_PORT = Number(process.env.MAIL_SINK_SMTP_PORT ?? 1025);
const HTTP_PORT = Number(process.env.MAIL_SINK_HTTP_PORT ?? 1080);
/** Loopback unless MAIL_SINK_BIND says otherwise (the compose service listens on its network). */
const HOST = process.env.MAIL_SINK_BIND || '127.0.0.1';
const KEEP = 500;
const mails: StoredMail[] = [];
let counter = 0;

const escape = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** RFC 2047 encoded words (=?UTF-8?Q?…?= / ?B?) in a header, as nodemailer writes non-ASCII subjects. */
function decodeWords(value: string): string {
  return value.replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=\s*/g, (_, _charset: string, encoding: string, text: string) =>
    encoding.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(
          text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (__, hex: string) => String.fromCharCode(parseInt(hex, 16))),
          'latin1',
        ).toString('utf8'),
  );
}

/** The text/plain part, quoted-printable decoded: enough to read a notification. */
function plainText(raw: string): string {
  const part = /Content-Type: text\/plain[^]*?\r?\n\r?\n([^]*?)(?:\r?\n--|$)/i.exec(raw);
  if (!part) return raw;
  const qp = /Content-Type: text\/plain[^]*?Content-Transfer-Encoding: quoted-printable/i.test(raw);
  if (!qp) return part[1];
  const bytes = part[1].replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const head = raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ');
      const header = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(head)?.[1]?.trim() ?? '';
      mails.unshift({
        n: ++counter,
        at: new Date(),
        from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
        to: session.envelope.rcptTo.map((r) => r.address),
        subject: decodeWords(header('Subject')),
        kind: header('X-Sprintgate-Kind'),
        text: plainText(raw),
        raw,
      });
      mails.length = Math.min(mails.length, KEEP);
      callback();
    });
  },
});

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title></head><body><h1>${escape(title)}</h1>${body}</body></html>`;

const http = createServer((req, res) => {
  const send = (status: number, type: string, body: string) => {
    res.writeHead(status, {
      'content-type': `${type}; charset=utf-8`,
      'content-security-policy': "default-src 'none'",
      'cache-control': 'no-store',
    });
    res.end(body);
  };
  if (req.method !== 'GET') return send(405, 'text/plain', 'read-only');
  if (req.url === '/messages.json') return send(200, 'application/json', JSON.stringify(mails.map(({ raw: _raw, ...m }) => m)));
  const one = /^\/messages\/(\d+)$/.exec(req.url ?? '');
  if (one) {
    const mail = mails.find((m) => m.n === Number(one[1]));
    if (!mail) return send(404, 'text/html', page('Not found', '<p><a href="/">All messages</a></p>'));
    return send(
      200,
      'text/html',
      page(
        mail.subject,
        `<p><a href="/">All messages</a></p><p>To: ${escape(mail.to.join(', '))}<br>Kind: ${escape(mail.kind)}<br>At: ${mail.at.toISOString()}</p>` +
          `<pre>${escape(mail.text)}</pre><details><summary>Source</summary><pre>${escape(mail.raw)}</pre></details>`,
      ),
    );
  }
  if (req.url !== '/') return send(404, 'text/plain', 'not found');
  const rows = mails
    .map(
      (m) =>
        `<tr><td>${m.at.toISOString()}</td><td>${escape(m.to.join(', '))}</td><td>${escape(m.kind)}</td><td><a href="/messages/${m.n}">${escape(m.subject)}</a></td></tr>`,
    )
    .join('');
  send(
    200,
    'text/html',
    page(
      `Sprintgate demo mail (${mails.length})`,
      mails.length
        ? `<table><thead><tr><th>Received (UTC)</th><th>To</th><th>Kind</th><th>Subject</th></tr></thead><tbody>${rows}</tbody></table>`
        : '<p>No mail yet. Reload this page as the sprint goes on.</p>',
    ),
  );
});

smtp.on('error', (error) => console.error(`mail sink SMTP: ${error.message}`));
smtp.listen(SMTP_PORT, HOST, () => {
  http.listen(HTTP_PORT, HOST, () => console.log(`mail sink: SMTP smtp://${HOST}:${SMTP_PORT}, messages at http://${HOST}:${HTTP_PORT}`));
});
const stop = () => {
  http.close();
  smtp.close(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
