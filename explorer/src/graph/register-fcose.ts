// Registers the fcose layout with Cytoscape exactly once, however many canvases or hot reloads ask for it.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';

let registered = false;

export function registerFcose(): void {
  if (registered) return;
  cytoscape.use(fcose);
  registered = true;
}
