import { parseArgs } from './args';

describe('parseArgs', () => {
  it('splits the command, positional arguments, valued options and switches', () => {
    expect(parseArgs(['outbox-replay', 'a', 'b', '--given-up', '--reason', 'x y', '--email=e@x.eu'])).toEqual({
      command: 'outbox-replay',
      positional: ['a', 'b'],
      options: { 'given-up': true, reason: 'x y', email: 'e@x.eu' },
    });
  });

  it('has no command when nothing is given', () => {
    expect(parseArgs([])).toEqual({ command: undefined, positional: [], options: {} });
  });
});
