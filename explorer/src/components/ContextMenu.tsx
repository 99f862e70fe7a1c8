// The node menu opened by right-click, long-press or the context-menu key: details, expand, hide, pin, centre,
// paths from here. A WAI-ARIA menu: arrows move, Enter acts, Escape or Tab closes and gives focus back.
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { formatMessage, messages } from '../i18n/messages';
import type { Language } from '../i18n/language';

export interface MenuTarget {
  id: string;
  name: string;
  x: number;
  y: number;
}

export type MenuCommand = 'details' | 'expand' | 'toggleHidden' | 'togglePin' | 'centre' | 'paths';

interface ContextMenuProps {
  target: MenuTarget;
  language: Language;
  hidden: boolean;
  pinned: boolean;
  onCommand(command: MenuCommand): void;
  onClose(): void;
}

export function ContextMenu({ target, language, hidden, pinned, onCommand, onClose }: ContextMenuProps) {
  const menu = useRef<HTMLUListElement>(null);
  const t = messages[language];
  const items: [MenuCommand, string][] = [
    ['details', t.showDetails],
    ['expand', t.expand],
    ['toggleHidden', hidden ? t.show : t.hide],
    ['togglePin', pinned ? t.unpin : t.pin],
    ['centre', t.centre],
    ['paths', t.findPathsFrom],
  ];

  useEffect(() => {
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [target]);

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const entries = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const index = entries.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      entries[(index + step + entries.length) % entries.length]?.focus();
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      entries[event.key === 'Home' ? 0 : entries.length - 1]?.focus();
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      onClose();
    }
  };

  return (
    <ul
      ref={menu}
      className="context-menu"
      role="menu"
      aria-label={formatMessage(t.contextMenuLabel, { name: target.name }, language)}
      style={{ left: target.x, top: target.y }}
      onKeyDown={onKeyDown}
      data-testid="context-menu"
    >
      {items.map(([command, label]) => (
        <li key={command} role="none">
          <button
            type="button"
            role="menuitem"
            tabIndex={-1}
            className="context-menu__item"
            data-command={command}
            onClick={() => {
              onCommand(command);
              onClose();
            }}
          >
            {label}
          </button>
        </li>
      ))}
    </ul>
  );
}
