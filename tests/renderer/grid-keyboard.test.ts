// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { editingKeyAction, movedPosition, navigationKeyAction, type KeyPress } from '../../renderer/grid/grid-keyboard';

const key = (name: string, modifiers: Partial<KeyPress> = {}): KeyPress => ({
  key: name,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...modifiers,
});
const size = { rows: 3, columns: 4 };

describe('navigation keys', () => {
  it('reads the spreadsheet keys', () => {
    expect(navigationKeyAction(key('ArrowDown'))).toEqual({ kind: 'move', movement: { kind: 'by', rows: 1, columns: 0 } });
    expect(navigationKeyAction(key('ArrowLeft', { ctrlKey: true }))).toEqual({
      kind: 'move',
      movement: { kind: 'edge', rows: 0, columns: -1 },
    });
    expect(navigationKeyAction(key('Tab', { shiftKey: true }))).toEqual({ kind: 'move', movement: { kind: 'tab', backwards: true } });
    expect(navigationKeyAction(key('F2'))).toEqual({ kind: 'startEditing', otherwise: null });
    expect(navigationKeyAction(key('Enter'))).toMatchObject({ kind: 'startEditing', otherwise: { rows: 1 } });
    expect(navigationKeyAction(key('Delete'))).toEqual({ kind: 'clear' });
    expect(navigationKeyAction(key('Backspace'))).toEqual({ kind: 'clear' });
    expect(navigationKeyAction(key('7'))).toEqual({ kind: 'startTyping', text: '7' });
    expect(navigationKeyAction(key('ư'))).toEqual({ kind: 'startTyping', text: 'ư' });
  });

  it('leaves shortcuts, named keys and composition to the browser', () => {
    expect(navigationKeyAction(key('c', { ctrlKey: true }))).toBeNull();
    expect(navigationKeyAction(key('v', { metaKey: true }))).toBeNull();
    expect(navigationKeyAction(key('Shift'))).toBeNull();
    expect(navigationKeyAction(key('F5'))).toBeNull();
    expect(navigationKeyAction(key('a', { isComposing: true }))).toBeNull();
  });
});

describe('editing keys', () => {
  it('commits with Enter and Tab and cancels with Escape', () => {
    expect(editingKeyAction(key('Enter'), 'edit', 'text')).toEqual({ kind: 'commit', movement: { kind: 'by', rows: 1, columns: 0 } });
    expect(editingKeyAction(key('Enter', { shiftKey: true }), 'edit', 'text')).toMatchObject({ movement: { rows: -1 } });
    expect(editingKeyAction(key('Tab'), 'edit', 'text')).toEqual({ kind: 'commit', movement: { kind: 'tab', backwards: false } });
    expect(editingKeyAction(key('Escape'), 'enter', 'text')).toEqual({ kind: 'cancel' });
  });

  it('lets the arrows commit after typing over a cell, and leaves them to the caret after F2', () => {
    expect(editingKeyAction(key('ArrowRight'), 'enter', 'text')).toMatchObject({ kind: 'commit', movement: { columns: 1 } });
    expect(editingKeyAction(key('ArrowRight'), 'edit', 'text')).toBeNull();
    expect(editingKeyAction(key('F2'), 'edit', 'text')).toEqual({ kind: 'toggleMode' });
  });

  it('stores the edit before a page shortcut, and leaves the text box its own shortcuts', () => {
    expect(editingKeyAction(key('s', { ctrlKey: true }), 'enter', 'text')).toEqual({ kind: 'commitBeforeShortcut' });
    expect(editingKeyAction(key('v', { ctrlKey: true }), 'enter', 'text')).toBeNull();
    expect(editingKeyAction(key('z', { metaKey: true }), 'enter', 'text')).toBeNull();
  });

  it('leaves up and down to a list of choices', () => {
    expect(editingKeyAction(key('ArrowDown'), 'enter', 'choice')).toBeNull();
    expect(editingKeyAction(key('ArrowRight'), 'enter', 'choice')).toMatchObject({ kind: 'commit' });
  });
});

describe('movedPosition', () => {
  it('stays inside the grid', () => {
    expect(movedPosition({ row: 0, column: 0 }, { kind: 'by', rows: -1, columns: -1 }, size)).toEqual({ row: 0, column: 0 });
    expect(movedPosition({ row: 2, column: 3 }, { kind: 'by', rows: 10, columns: 0 }, size)).toEqual({ row: 2, column: 3 });
    expect(movedPosition({ row: 1, column: 1 }, { kind: 'edge', rows: 1, columns: 0 }, size)).toEqual({ row: 2, column: 1 });
    expect(movedPosition({ row: 1, column: 1 }, { kind: 'rowEnd' }, size)).toEqual({ row: 1, column: 3 });
    expect(movedPosition({ row: 1, column: 1 }, { kind: 'gridStart' }, size)).toEqual({ row: 0, column: 0 });
  });

  it('wraps Tab onto the next or previous row and leaves the grid at either end', () => {
    expect(movedPosition({ row: 0, column: 3 }, { kind: 'tab', backwards: false }, size)).toEqual({ row: 1, column: 0 });
    expect(movedPosition({ row: 1, column: 0 }, { kind: 'tab', backwards: true }, size)).toEqual({ row: 0, column: 3 });
    expect(movedPosition({ row: 2, column: 3 }, { kind: 'tab', backwards: false }, size)).toBeNull();
    expect(movedPosition({ row: 0, column: 0 }, { kind: 'tab', backwards: true }, size)).toBeNull();
  });
});
