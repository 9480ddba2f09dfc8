// Word-level differences between two revisions (Myers' O(ND) algorithm), for
// the revision screen: what was added, removed or kept, in reading order.

export type DiffPart = { type: "same" | "added" | "removed"; text: string };

/** Words and the whitespace after them, so joining the parts gives the text back. */
export function tokenize(text: string): string[] {
  return text.match(/\S+\s*|\s+/g) ?? [];
}

/**
 * Tokens are compared by their words, not the whitespace after them: the last
 * word of a paragraph („…Schulen.“) is followed by nothing in one version and
 * by a paragraph break in the next, and is still the same word. Kept words are
 * shown with the newer version's spacing.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const a = tokenize(before);
  const b = tokenize(after);
  const wa = a.map((t) => t.trimEnd() || " ");
  const wb = b.map((t) => t.trimEnd() || " ");
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max;
  const v = new Int32Array(2 * max + 2);
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && wa[x] === wb[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  // Walk back through the trace to recover the edit script.
  const parts: DiffPart[] = [];
  const push = (type: DiffPart["type"], text: string) => {
    const last = parts[parts.length - 1];
    if (last && last.type === type) last.text = text + last.text;
    else parts.push({ type, text });
  };
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0 && (x > 0 || y > 0); d--) {
    const vd = trace[d]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && vd[offset + k - 1]! < vd[offset + k + 1]!) ? k + 1 : k - 1;
    const prevX = vd[offset + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      push("same", b[--y]!);
    }
    if (d > 0) {
      if (x === prevX) push("added", b[--y]!);
      else push("removed", a[--x]!);
    }
  }
  return parts.reverse();
}
