/* eventwire web page: the dyad trend, drawn with the vendored Vega-Lite (vegaEmbed). Bars stand on a real
   (UTC) time axis, every period between the first and the last is present (empty ones as zero), and each
   bar is stacked by QuadClass. CSP-safe: the AST interpreter evaluates expressions (ast: true), and
   neither vega-embed nor vega-tooltip inject <style> elements. */
"use strict";

const QUAD_COLOURS = ["#74c476", "#238b45", "#fd8d3c", "#cb181d"];
const MAX_PERIODS = 5000;
window.eventwireViews = window.eventwireViews || {};

function nextPeriod(iso, by) {
  const day = new Date(`${iso}T00:00:00Z`);
  if (by === "month") day.setUTCMonth(day.getUTCMonth() + 1);
  else day.setUTCDate(day.getUTCDate() + (by === "week" ? 7 : 1));
  return day.toISOString().slice(0, 10);
}

/* Every period from the first to the last point, with zeros where the API has none. */
function zeroFilled(points, by) {
  const known = new Map(points.map((p) => [p.period, p]));
  const filled = [];
  const last = points[points.length - 1].period;
  for (let period = points[0].period; period <= last && filled.length < MAX_PERIODS; period = nextPeriod(period, by)) {
    filled.push(known.get(period) || { period, events: 0, goldstein_mean: null, quad_counts: [0, 0, 0, 0] });
  }
  return filled;
}

/* One row per period and QuadClass, stacked here (y0 .. y1) so that x/x2 can span the period exactly. */
function trendRows(filled, by) {
  const rows = [];
  for (const point of filled) {
    let base = 0;
    point.quad_counts.forEach((count, i) => {
      rows.push({ start: point.period, end: nextPeriod(point.period, by), quad: `${i + 1} ${QUADS[i]}`,
        events: count, y0: base, y1: base + count, total: point.events });
      base += count;
    });
  }
  return rows;
}

const DATE_FORMATS = { month: "%b %Y", week: "%G-W%V", day: "%Y-%m-%d" };
const MAX_TICKS = 12;

/* Tick marks at the start of every k-th period, so that labels name whole periods (ISO weeks start on
   Monday, which Vega's own week interval does not). */
function tickValues(filled) {
  const step = Math.ceil(filled.length / MAX_TICKS);
  return filled.filter((_, i) => i % step === 0).map((p) => {
    const [year, month, date] = p.period.split("-").map(Number);
    return { year, month, date, utc: true };  // a Vega-Lite DateTime
  });
}

function trendSpec(data, filled, rows) {
  const dateFormat = DATE_FORMATS[data.by];
  return {
    width: "container",
    height: 280,
    autosize: { type: "fit-x", contains: "padding" },
    data: { values: rows },
    mark: { type: "bar", stroke: "#ffffff", strokeWidth: 0.5 },
    encoding: {
      x: { field: "start", type: "temporal", scale: { type: "utc" }, title: null,
        axis: { values: tickValues(filled), format: dateFormat, labelOverlap: true, grid: false } },
      x2: { field: "end" },
      y: { field: "y0", type: "quantitative", title: `events per ${data.by}`, axis: { tickMinStep: 1 } },
      y2: { field: "y1" },
      color: { field: "quad", type: "nominal", title: "QuadClass",
        scale: { domain: QUADS.map((q, i) => `${i + 1} ${q}`), range: QUAD_COLOURS },
        legend: { orient: "bottom", direction: "horizontal", columns: 4 } },
      tooltip: [
        { field: "start", type: "temporal", title: data.by, format: dateFormat },
        { field: "quad", title: "QuadClass" },
        { field: "events", type: "quantitative", title: "events" },
        { field: "total", type: "quantitative", title: `all events that ${data.by}` },
      ],
    },
  };
}

function trendSummary(data, filled) {
  const total = filled.reduce((sum, p) => sum + p.events, 0);
  const empty = filled.filter((p) => p.events === 0).length;
  const arrow = data.both_directions ? "↔" : "→";
  return `${data.source} ${arrow} ${data.target}: ${total} events over ${filled.length} ${data.by}s ` +
    `(${filled[0].period} to ${filled[filled.length - 1].period}; ${empty} without events)`;
}

async function drawTrend(event) {
  event.preventDefault();
  const container = document.getElementById("trend-chart");
  const params = query(event.target);
  const [src, tgt] = [encodeURIComponent(params.get("src")), encodeURIComponent(params.get("tgt"))];
  params.delete("src");
  params.delete("tgt");
  try {
    const data = await api(`/dyads/${src}/${tgt}/trend?${params}`);
    if (!data.points.length) {
      container.replaceChildren(el("p", { class: "note", text: `${data.source} → ${data.target}: no dated events.` }));
      return;
    }
    const filled = zeroFilled(data.points, data.by);
    const plot = el("div", { class: "vega-plot", id: "trend-plot" });
    container.replaceChildren(el("p", { class: "meta", id: "trend-summary", text: trendSummary(data, filled) }),
      el("div", { class: "chart" }, plot));
    const result = await vegaEmbed(plot, trendSpec(data, filled, trendRows(filled, data.by)), {
      ast: true, renderer: "svg", actions: false, defaultStyle: false,
      tooltip: { disableDefaultStyle: true },
    });
    window.eventwireViews.trend = { view: result.view, periods: filled.length };
    container.dataset.periods = String(filled.length);
  } catch (error) {
    showError(container, error);
  }
}

document.addEventListener("DOMContentLoaded", () => {
  document.getElementById("trend-form").addEventListener("submit", drawTrend);
});
