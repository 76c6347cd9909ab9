// Layout options by name: fcose for readable small views, fast layouts (fcose's spectral draft, concentric) for big ones.
import type { LayoutOptions, NodeSingular } from 'cytoscape';

/** The layouts the toolbar offers ('auto' picks one by the size of the view). */
export const LAYOUTS = ['auto', 'fcose', 'concentric', 'breadthfirst', 'circle', 'grid'] as const;

/** Above this many shown nodes, fcose uses its draft quality (spectral only, no force iterations). */
export const DRAFT_ABOVE = 600;
/** Above this many shown nodes, 'auto' uses concentric rings by degree: linear time, hubs in the middle. */
export const CONCENTRIC_ABOVE = 1500;

/**
 * Cytoscape layout options for a layout name and the number of nodes shown.
 * @param name - one of {@link LAYOUTS}; anything else falls back to grid
 * @param shown - how many nodes the layout places
 * @param crowded - many edges per node: fcose spreads nodes further apart so the hubs' labels have room
 */
export function layoutOptions(name: string, shown: number, crowded = false): LayoutOptions {
  const big = shown > DRAFT_ABOVE;
  if (name === 'auto' && shown > CONCENTRIC_ABOVE) name = 'concentric';
  if (name === 'auto' || name === 'fcose') {
    // randomize: false would start from the previous positions, which are meaningless after a filter change
    return {
      name: 'fcose', quality: big ? 'draft' : 'default', animate: false, randomize: true, nodeRepulsion: () => (crowded ? 30000 : 9000), idealEdgeLength: () => (crowded ? 140 : 90),
      nodeSeparation: 80, gravity: crowded ? 0.1 : 0.25, packComponents: true, numIter: shown > 60 ? 1200 : 2500, samplingType: true, sampleSize: big ? 25 : 100,
    } as LayoutOptions;
  }
  if (name === 'concentric') return { name: 'concentric', animate: false, concentric: (n: NodeSingular) => n.degree(false), levelWidth: () => 2, minNodeSpacing: big ? 4 : 24 } as LayoutOptions;
  if (name === 'breadthfirst') return { name: 'breadthfirst', animate: false, spacingFactor: 1.2, circle: big } as LayoutOptions;
  if (name === 'circle') return { name: 'circle', animate: false } as LayoutOptions;
  return { name: 'grid', animate: false, avoidOverlap: !big } as LayoutOptions;
}
