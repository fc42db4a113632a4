import { renderDigestMail, renderImmediateMail } from './email-templates';

describe('notification mail', () => {
  it('escapes user-written text in HTML and keeps it plain in text', () => {
    const mail = renderImmediateMail(
      { kind: 'MILESTONE_REJECTED', params: { challengeTitle: '<b>C</b>', reason: 'a & "b"' }, link: '/contracts' },
      'en',
      'Ann <ann>',
      'http://localhost:3000',
    );
    expect(mail.subject).toBe('Milestone rejected: <b>C</b>');
    expect(mail.text).toContain('Reason: a & "b"');
    expect(mail.text).toContain('http://localhost:3000/contracts');
    expect(mail.html).toContain('&lt;b&gt;C&lt;/b&gt;');
    expect(mail.html).toContain('a &amp; &quot;b&quot;');
    expect(mail.html).not.toContain('<ann>');
  });

  it('gathers a digest in the reader language', () => {
    const mail = renderDigestMail(
      [
        { kind: 'CHALLENGE_PUBLISHED', params: { challengeTitle: 'One' }, link: '/challenges/1' },
        { kind: 'QUESTION_ANSWERED', params: { challengeTitle: 'Two' }, link: null },
      ],
      'fr',
      'Zoé',
      'http://x',
    );
    expect(mail.subject).toBe('Sprintgate : votre récapitulatif du jour (2 notifications)');
    expect(mail.text).toContain('* Nouveau défi : One');
    expect(mail.html).toContain('lang="fr"');
  });
});
