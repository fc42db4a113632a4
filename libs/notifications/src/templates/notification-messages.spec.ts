import { NOTIFICATION_KINDS } from '../notification-kinds';
import { renderMessage } from './notification-messages';

describe('notification messages', () => {
  it('renders every kind in English and French without a placeholder left', () => {
    for (const kind of NOTIFICATION_KINDS)
      for (const language of ['en', 'fr'] as const) {
        const message = renderMessage(
          kind,
          { challengeTitle: 'T', reason: 'r', revision: 1, contentHash: 'h', outcome: 'AWARDED', phase: 1 },
          language,
        );
        expect(message.title).not.toMatch(/[{}]/);
        expect(message.body).not.toMatch(/[{}]/);
        expect(message.title.length).toBeGreaterThan(3);
      }
  });

  it('words outcomes and amounts in the reader language', () => {
    expect(renderMessage('AWARD_DECIDED', { challengeTitle: 'X', outcome: 'NOT_AWARDED' }, 'fr').body).toContain('non retenue');
    expect(renderMessage('PAYMENT_RECORDED', { challengeTitle: 'X', amountMinor: 123456, currency: 'EUR' }, 'en').body).toContain(
      'EUR 1234.56',
    );
    expect(renderMessage('PAYMENT_RECORDED', { challengeTitle: 'X', amountMinor: 123456, currency: 'EUR' }, 'fr').body).toContain(
      '1234,56 EUR',
    );
  });
});
