/* eventwire web page: the actor network, drawn with the vendored Cytoscape.js and its force-directed
   "cose" layout. Nodes are labelled with their code (the readable label and example names are in the side
   panel, on hover or tap); node size = events, edge width = events, edge colour = mean Goldstein. */
"use strict";

const GOLDSTEIN_NEUTRAL = "#8a94a6";
window.eventwireViews = window.eventwireViews || {};

/* Diverging colour for a mean Goldstein score: red (-10) through grey (0) to green (+10). */
function goldsteinColour(score) {
  if (score === null || score === undefined) return GOLDSTEIN_NEUTRAL;
  const t = Math.min(1, Math.abs(score) / 10);
  const [r0, g0, b0] = [138, 148, 166];
  const [r1, g1, b1] = score < 0 ? [179, 38, 30] : [43, 122, 61];
  const mix = (a, b) => Math.round(a + (b - a) * (0.35 + 0.65 * t));
  return `rgb(${mix(r0, r1)}, ${mix(g0, g1)}, ${mix(b0, b1)})`;
}

function networkElements(data) {
  const nodes = data.nodes.map((n) => ({ data: { id: n.id, code: n.id, label: n.label, events: n.events,
    examples: n.examples || [], country: n.country } }));
  const edges = data.edges.map((e, i) => ({ data: { id: `e${i}`, source: e.source, target: e.target,
    events: e.events, goldstein: e.goldstein_mean, top_type: e.top_type, colour: goldsteinColour(e.goldstein_mean) } }));
  return [...nodes, ...edges];
}

function networkStyle(data) {
  const maxNode = Math.max(...data.nodes.map((n) => n.events));
  const maxEdge = Math.max(...data.edges.map((e) => e.events));
  return [
    { selector: "node", style: {
      width: `mapData(events, 1, ${Math.max(2, maxNode)}, 16, 56)`,
      height: `mapData(events, 1, ${Math.max(2, maxNode)}, 16, 56)`,
      "background-color": "#dfe7f5", "border-color": "#1d2330", "border-width": 1.5,
      label: "data(code)", "font-size": 13, "text-valign": "bottom", "text-margin-y": 3, color: "#1d2330",
      "text-background-color": "#ffffff", "text-background-opacity": 0.85, "text-background-padding": 1,
      "min-zoomed-font-size": 6 } },
    { selector: "edge", style: {
      width: `mapData(events, 1, ${Math.max(2, maxEdge)}, 1, 7)`,
      "line-color": "data(colour)", "target-arrow-color": "data(colour)", "target-arrow-shape": "triangle",
      "curve-style": "bezier", opacity: 0.8, "arrow-scale": 0.9 } },
    { selector: ".picked", style: { "border-width": 3, "border-color": "#1f5fbf", "background-color": "#ffe08a" } },
    { selector: "edge.picked", style: { opacity: 1, "line-style": "dashed" } },
  ];
}

function showNodeDetails(node) {
  const d = node.data();
  const panel = document.getElementById("network-details");
  panel.replaceChildren(el("h3", { text: d.code }), el("p", { class: "node-label", text: d.label }),
    el("dl", {}, el("dt", { text: "Events" }), el("dd", { text: String(d.events) }),
      el("dt", { text: "Country" }), el("dd", { text: d.country || "—" }),
      el("dt", { text: "Named as" }), el("dd", { text: d.examples.length ? d.examples.join("; ") : "—" })));
}

function showEdgeDetails(edge) {
  const d = edge.data();
  const panel = document.getElementById("network-details");
  panel.replaceChildren(el("h3", { text: `${d.source} → ${d.target}` }),
    el("dl", {}, el("dt", { text: "Events" }), el("dd", { text: String(d.events) }),
      el("dt", { text: "Mean Goldstein" }), el("dd", { text: d.goldstein === null ? "n/a" : String(d.goldstein) }),
      el("dt", { text: "Most frequent type" }), el("dd", { text: d.top_type || "—" })));
}

function networkLegend(data) {
  const maxNode = Math.max(...data.nodes.map((n) => n.events));
  return el("div", { class: "network-legend", id: "network-legend", "aria-label": "Network legend" },
    el("div", { class: "legend-row" }, el("span", { text: "Edge colour = mean Goldstein:" }),
      el("span", { class: "goldstein-scale", "aria-hidden": "true" }),
      el("span", { class: "scale-ends", text: "−10 conflict · 0 · +10 cooperation" })),
    el("div", { class: "legend-row" },
      el("span", { text: `Node size = events (1 to ${maxNode}); edge width = events; arrow = source → target.` })),
    el("div", { class: "legend-row muted",
      text: "Drag to pan, scroll to zoom; hover or tap an actor or edge for details." }));
}

function pick(cy, item, show) {
  cy.elements().removeClass("picked");
  item.addClass("picked");
  show(item);
}

/* The whole graph in view with room for its labels; a small graph is not blown up past 1.5x. */
function fitGraph(cy) {
  cy.fit(undefined, 40);
  if (cy.zoom() > 1.5) {
    cy.zoom(1.5);
    cy.center();
  }
}

function drawGraph(canvas, data) {
  const cy = cytoscape({
    container: canvas, elements: networkElements(data), style: networkStyle(data),
    layout: { name: "cose", animate: false, randomize: false, nodeDimensionsIncludeLabels: true,
      padding: 40, idealEdgeLength: () => 110, nodeRepulsion: () => 40000, nodeOverlap: 20, numIter: 2500 },
    minZoom: 0.2, maxZoom: 4,
  });
  fitGraph(cy);
  cy.on("mouseover tap", "node", (e) => pick(cy, e.target, showNodeDetails));
  cy.on("mouseover tap", "edge", (e) => pick(cy, e.target, showEdgeDetails));
  return cy;
}

async function drawNetwork(event) {
  if (event) event.preventDefault();
  const container = document.getElementById("network-chart");
  try {
    const data = await api(`/network?${query(document.getElementById("network-form"))}`);
    if (window.eventwireViews.network) window.eventwireViews.network.destroy();
    window.eventwireViews.network = null;
    if (!data.nodes.length) {
      container.replaceChildren(el("p", { class: "note", text: "No actor pairs match." }));
      return;
    }
    const canvas = el("div", { class: "network-canvas", id: "network-canvas", role: "img",
      "aria-label": `Actor network: ${data.nodes.length} actors, ${data.edges.length} directed edges` });
    const details = el("aside", { class: "network-details", id: "network-details", "aria-live": "polite" },
      el("p", { class: "muted", text: "Hover or tap an actor or an edge." }));
    const fit = el("button", { type: "button", id: "network-fit", text: "Fit to view" });
    container.replaceChildren(networkLegend(data), el("div", { class: "network-layout" }, canvas, details), fit);
    const cy = drawGraph(canvas, data);
    fit.addEventListener("click", () => fitGraph(cy));
    window.eventwireViews.network = cy;
    container.dataset.nodes = String(data.nodes.length);
  } catch (error) {
    showError(container, error);
  }
}

document.addEventListener("DOMContentLoaded", () => {
  document.getElementById("network-form").addEventListener("submit", drawNetwork);
  window.addEventListener("resize", () => {
    const cy = window.eventwireViews.network;
    if (cy) { cy.resize(); fitGraph(cy); }
  });
});
