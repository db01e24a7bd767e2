import type { StateCreator } from 'zustand';
import type { Store, UiActions, UiState } from './types';

export const initialUi = (): UiState => ({ order: 'protocol' });

export const createUiSlice: StateCreator<Store, [], [], UiState & UiActions> = (set) => ({
  ...initialUi(),
  orderChosen: (order) => set({ order }),
});
