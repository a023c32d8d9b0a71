// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { gridCommandOf } from '../../renderer/grid/grid-command-keys';
import { createGridHistory, gridHistoryLimit } from '../../renderer/grid/grid-history';
import type { KeyPress } from '../../renderer/grid/grid-keyboard';

const key = (name: string, modifiers: Partial<KeyPress> = {}): KeyPress => ({
  key: name,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...modifiers,
});

describe('the grid history', () => {
  it('undoes and redoes steps in order, and a new step drops what could be redone', () => {
    const history = createGridHistory<string>();
    history.record('a', 'bước 1');
    history.record('b', 'bước 2');
    expect(history.undoStep()).toBe('bước 2');
    expect(history.undo('c')).toEqual({ state: 'b', step: 'bước 2' });
    expect(history.undo('b')).toEqual({ state: 'a', step: 'bước 1' });
    expect(history.undo('a')).toBeNull();
    expect(history.redo('a')).toEqual({ state: 'b', step: 'bước 1' });
    expect(history.redoStep()).toBe('bước 2');
    history.record('b', 'bước 3');
    expect(history.canRedo()).toBe(false);
    expect(history.redo('d')).toBeNull();
    expect(history.undo('d')).toEqual({ state: 'b', step: 'bước 3' });
  });

  it('keeps at most its limit of steps, forgetting the oldest', () => {
    expect(gridHistoryLimit).toBe(200);
    const history = createGridHistory<number>(3);
    for (let state = 0; state < 5; state += 1) history.record(state, `bước ${state}`);
    const undone: number[] = [];
    for (let step = history.undo(5); step; step = history.undo(step.state)) undone.push(step.state);
    expect(undone).toEqual([4, 3, 2]);
    history.clear();
    expect(history.canUndo() || history.canRedo()).toBe(false);
  });
});

describe('the grid command keys', () => {
  it('reads Ctrl+Z, Ctrl+Y, Ctrl+Shift+Z (⌘ too), Alt+↑ and Alt+↓', () => {
    expect(gridCommandOf(key('z', { ctrlKey: true }))).toBe('undo');
    expect(gridCommandOf(key('z', { metaKey: true }))).toBe('undo');
    expect(gridCommandOf(key('y', { ctrlKey: true }))).toBe('redo');
    expect(gridCommandOf(key('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(gridCommandOf(key('ArrowUp', { altKey: true }))).toBe('moveRowUp');
    expect(gridCommandOf(key('ArrowDown', { altKey: true }))).toBe('moveRowDown');
  });

  it('leaves other keys alone', () => {
    expect(gridCommandOf(key('z'))).toBeNull();
    expect(gridCommandOf(key('s', { ctrlKey: true }))).toBeNull();
    expect(gridCommandOf(key('ArrowUp'))).toBeNull();
    expect(gridCommandOf(key('ArrowUp', { altKey: true, ctrlKey: true }))).toBeNull();
    expect(gridCommandOf(key('z', { ctrlKey: true, isComposing: true }))).toBeNull();
  });
});
