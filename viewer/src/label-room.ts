// Room for the names a crowded view keeps written: nodes whose label boxes overlap are pushed apart until none do.

/** A node whose label stays drawn, as the stylesheet draws it: the name under the node (`text-valign: bottom`). */
export interface LabelledNode {
  id: string;
  x: number;
  y: number;
  /** The node's drawn diameter. */
  size: number;
  fontSize: number;
  label: string;
}

/** A box in model coordinates. */
interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** Average advance of a character in em (the bold sans-serif hub labels; on the wide side, so estimates err roomy). */
const CHAR_EM = 0.64;
/** The label's white outline, on each side (`text-outline-width`). */
const OUTLINE = 2;
/** The gap between the node and its label (`text-margin-y`). */
const MARGIN = 3;
/** The widest a label is drawn (`text-max-width`). */
const MAX_LABEL_WIDTH = 160;

/** The node and its label, as one box (estimated: Node has no fonts to measure with). */
export function labelBox(node: LabelledNode): Box {
  const width = Math.max(node.size, Math.min(MAX_LABEL_WIDTH, node.label.length * node.fontSize * CHAR_EM) + 2 * OUTLINE);
  return { x0: node.x - width / 2, x1: node.x + width / 2, y0: node.y - node.size / 2, y1: node.y + node.size / 2 + MARGIN + node.fontSize * 1.25 + OUTLINE };
}

/**
 * Moves the given nodes apart until their label boxes ({@link labelBox}) no longer overlap, or `rounds` passes are
 * done: each overlapping pair is pushed apart along the axis where they overlap less, half the overlap each (plus
 * `gap`). Nodes already clear do not move.
 * @returns the new position of every node that moved
 */
export function separateLabels(nodes: readonly LabelledNode[], gap = 2, rounds = 60): Map<string, { x: number; y: number }> {
  const placed = nodes.map((n) => ({ ...n }));
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) {
        const a = placed[i]!;
        const b = placed[j]!;
        const [p, q] = [labelBox(a), labelBox(b)];
        const overlapX = Math.min(p.x1, q.x1) - Math.max(p.x0, q.x0);
        const overlapY = Math.min(p.y1, q.y1) - Math.max(p.y0, q.y0);
        if (overlapX <= 0 || overlapY <= 0) continue;
        moved = true;
        if (overlapX < overlapY) {
          const shift = (overlapX + gap) / 2 * (a.x <= b.x ? 1 : -1);
          a.x -= shift;
          b.x += shift;
        } else {
          const shift = (overlapY + gap) / 2 * (a.y <= b.y ? 1 : -1);
          a.y -= shift;
          b.y += shift;
        }
      }
    }
    if (!moved) break;
  }
  const moves = new Map<string, { x: number; y: number }>();
  placed.forEach((n, k) => {
    if (n.x !== nodes[k]!.x || n.y !== nodes[k]!.y) moves.set(n.id, { x: n.x, y: n.y });
  });
  return moves;
}
