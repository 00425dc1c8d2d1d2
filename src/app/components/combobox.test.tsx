// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { Combobox } from './combobox.tsx';

const FRUITS = ['apple', 'banana', 'cherry', 'damson', 'elder', 'fig', 'grape'];

function Harness({ plain = false }: { plain?: boolean }) {
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [picked, setPicked] = useState('');
  const options = FRUITS.filter((f) => f.includes(text)).map((f) => ({ key: f, content: f }));
  return (
    <>
      <label htmlFor="fruit">Fruit</label>
      <Combobox
        plain={plain}
        inputProps={{ id: 'fruit', name: 'Fruit', value: text, onChange: (e) => setText(e.target.value) }}
        options={options}
        open={open}
        onOpenChange={setOpen}
        onPick={(key) => (setPicked(key), setText(key), setOpen(false))}
        listLabel="Fruits"
        status={`${options.length} results`}
        emptyText="Nothing matches."
      />
      <span data-testid="picked">{picked}</span>
    </>
  );
}

afterEach(cleanup);

const input = () => screen.getByRole('combobox', { name: 'Fruit' });
const key = (k: string, init: Record<string, unknown> = {}) =>
  fireEvent.keyDown(input(), { key: k, ...init });
const activeText = () => {
  const id = input().getAttribute('aria-activedescendant');
  return id ? document.getElementById(id)?.textContent : undefined;
};

describe('Combobox', () => {
  it('is an ARIA combobox controlling a listbox, collapsed until opened, keeping its name', () => {
    render(<Harness />);
    expect(input().getAttribute('name')).toBe('Fruit');
    expect(input().getAttribute('aria-expanded')).toBe('false');
    expect(input().getAttribute('aria-autocomplete')).toBe('list');
    const list = document.getElementById(input().getAttribute('aria-controls')!)!;
    expect(list.getAttribute('role')).toBe('listbox');
    expect(list.getAttribute('aria-label')).toBe('Fruits');
    expect(list.hidden).toBe(true);
  });

  it('opens with ArrowDown on the first option and moves with the arrows, Home, End and the page keys', () => {
    render(<Harness />);
    key('ArrowDown');
    expect(input().getAttribute('aria-expanded')).toBe('true');
    expect(screen.getAllByRole('option')).toHaveLength(7);
    expect(activeText()).toBe('apple');
    key('ArrowDown');
    expect(activeText()).toBe('banana');
    expect(screen.getByRole('option', { name: 'banana' }).getAttribute('aria-selected')).toBe('true');
    key('ArrowUp');
    expect(activeText()).toBe('apple');
    key('ArrowUp'); // stays on the first
    expect(activeText()).toBe('apple');
    key('End');
    expect(activeText()).toBe('grape');
    key('Home');
    expect(activeText()).toBe('apple');
    key('PageDown');
    expect(activeText()).toBe('fig');
    key('PageUp');
    expect(activeText()).toBe('apple');
  });

  it('Alt+ArrowDown opens without choosing an option; ArrowUp opens on the last', () => {
    render(<Harness />);
    key('ArrowDown', { altKey: true });
    expect(input().getAttribute('aria-expanded')).toBe('true');
    expect(input().getAttribute('aria-activedescendant')).toBeNull();
    key('Escape');
    key('ArrowUp');
    expect(activeText()).toBe('grape');
  });

  it('Enter picks the active option; Escape closes without picking', () => {
    render(<Harness />);
    fireEvent.change(input(), { target: { value: 'an' } });
    expect(input().getAttribute('aria-expanded')).toBe('true');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['banana']);
    key('Enter'); // nothing active yet: nothing picked
    expect(screen.getByTestId('picked').textContent).toBe('');
    key('ArrowDown');
    key('Enter');
    expect(screen.getByTestId('picked').textContent).toBe('banana');
    expect(input().getAttribute('aria-expanded')).toBe('false');
    key('ArrowDown');
    key('Escape');
    expect(input().getAttribute('aria-expanded')).toBe('false');
    expect((input() as HTMLInputElement).value).toBe('banana');
  });

  it('keeps Escape from the dialog around it only while the list is open', () => {
    render(<Harness />);
    let reachedDialog = 0;
    document.addEventListener('keydown', () => reachedDialog++);
    key('ArrowDown');
    key('Escape');
    expect(reachedDialog).toBe(0);
    key('Escape');
    expect(reachedDialog).toBe(1);
  });

  it('says when nothing matches, outside the listbox', () => {
    render(<Harness />);
    fireEvent.change(input(), { target: { value: 'zz' } });
    expect(input().getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByText('Nothing matches.')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('0 results');
  });

  it('picks with the mouse', () => {
    render(<Harness />);
    fireEvent.click(input());
    fireEvent.click(screen.getByRole('option', { name: 'cherry' }));
    expect(screen.getByTestId('picked').textContent).toBe('cherry');
  });

  it('is a plain text input when plain, the same element as before', () => {
    const { rerender } = render(<Harness />);
    const element = input();
    rerender(<Harness plain />);
    const textbox = screen.getByRole('textbox', { name: 'Fruit' });
    expect(textbox).toBe(element);
    expect(textbox.getAttribute('aria-expanded')).toBeNull();
    expect(screen.queryByRole('listbox', { hidden: true })).toBeNull();
  });
});
