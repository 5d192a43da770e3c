import { create } from 'zustand';

interface UpdateState {
  /** Set when a new service worker is installed and waiting; calling it activates and reloads. */
  apply: (() => void) | null;
  offer: (apply: () => void) => void;
}

export const useUpdateStore = create<UpdateState>()((set) => ({
  apply: null,
  offer: (apply) => set({ apply }),
}));
