/**
 * jsdom lays nothing out, so a virtual list would find its box 0 px tall and draw no row. This
 * gives the votes list's box a height and each of its rows one, as a browser would measure them.
 */
export function layOutVoteList({ box = 600, row = 100 } = {}): () => void {
  const proto = HTMLElement.prototype;
  // Own properties shadowing jsdom's getters (on Element or HTMLElement), removed afterwards.
  const saved = ['clientHeight', 'offsetHeight'].map((k) => [k, Object.getOwnPropertyDescriptor(proto, k)] as const);
  Object.defineProperty(proto, 'clientHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('votes__scroller') ? box : 0;
    },
  });
  Object.defineProperty(proto, 'offsetHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.matches('.votes__scroller li') ? row : 0;
    },
  });
  return () => {
    for (const [k, d] of saved) {
      if (d) Object.defineProperty(proto, k, d);
      else delete (proto as unknown as Record<string, unknown>)[k];
    }
  };
}
