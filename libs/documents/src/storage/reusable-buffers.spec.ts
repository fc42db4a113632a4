import { ReusableBuffers } from './reusable-buffers';

describe('ReusableBuffers', () => {
  it('hands a given-back buffer to the next taker instead of allocating', () => {
    const buffers = new ReusableBuffers(1024, 2);
    const first = buffers.take();
    expect(first).toHaveLength(1024);
    buffers.give(first);
    expect(buffers.take()).toBe(first);
    expect(buffers.take()).not.toBe(first); // none idle: a new one
  });

  it('keeps at most maxIdle between takers', () => {
    const buffers = new ReusableBuffers(16, 2);
    const [a, b, c] = [buffers.take(), buffers.take(), buffers.take()];
    [a, b, c].forEach((buffer) => buffers.give(buffer));
    const again = [buffers.take(), buffers.take(), buffers.take()];
    expect(again.filter((buffer) => [a, b, c].includes(buffer))).toHaveLength(2);
  });
});
