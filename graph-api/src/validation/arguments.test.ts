import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-errors.ts';
import { encodeCursor, intInRange, offsetAfter } from './arguments.ts';

describe('argument validation', () => {
  it('names the argument in BAD_USER_INPUT', () => {
    try {
      intInRange('first', -1, 1, 100, 20);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    }
  });

  it('round-trips cursors and rejects foreign ones', () => {
    expect(offsetAfter('after', encodeCursor(41))).toBe(42);
    expect(() => offsetAfter('after', 'not-a-cursor')).toThrow(/after: is not a cursor/);
    expect(() => offsetAfter('after', Buffer.from('offset:-1').toString('base64url'))).toThrow(AppError);
  });
});
