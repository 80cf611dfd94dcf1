import {
  KeyboardSensor,
  PointerSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type Announcements,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { useRef } from 'react';

/** Mouse, touch (after a short press, so the list still scrolls on phones) and keyboard. */
export function useOutlineSensors() {
  return useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
}

export interface AnnouncementTexts {
  start: (name: string, position: number, total: number) => string;
  over: (name: string, position: number, total: number) => string;
  end: (name: string, position: number, total: number) => string;
  cancel: (name: string) => string;
}

/** Screen-reader announcements for one sortable list, in the interface language. */
export function useSortableAnnouncements(
  ids: readonly string[],
  nameOf: (id: string) => string,
  texts: AnnouncementTexts,
): Announcements {
  // The first "over" is the item itself; announcing it would cut off "picked up".
  const lastOver = useRef<UniqueIdentifier | null>(null);
  const position = (id: UniqueIdentifier) => ids.indexOf(String(id)) + 1;
  const total = ids.length;
  return {
    onDragStart: ({ active }) => {
      lastOver.current = active.id;
      return texts.start(nameOf(String(active.id)), position(active.id), total);
    },
    onDragOver: ({ active, over }) => {
      if (!over || over.id === lastOver.current) return undefined;
      lastOver.current = over.id;
      return texts.over(nameOf(String(active.id)), position(over.id), total);
    },
    onDragEnd: ({ active, over }) =>
      over ? texts.end(nameOf(String(active.id)), position(over.id), total) : texts.cancel(nameOf(String(active.id))),
    onDragCancel: ({ active }) => texts.cancel(nameOf(String(active.id))),
  };
}
