/* eventwire web page: shared helpers, the coding form and start-up. browse.js, trend.js and network.js
   add the store views. All data is inserted as text (textContent), never as HTML. */
"use strict";

const EVENT_TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];
const CAMEO = new Map();  // code -> {label, plover_type, quad_class, goldstein}, from /reference/cameo
const QUADS = ["verbal cooperation", "material cooperation", "verbal conflict", "material conflict"];

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "text") node.textContent = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat(Infinity)) {
    if (child !== null && child !== undefined) node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

async function api(path, options) {
  const response = await fetch(path, options);
  let body = null;
  try { body = await response.json(); } catch (_) { body = null; }
  if (!response.ok) {
    const message = body && body.error ? body.error.message : `request failed (HTTP ${response.status})`;
    throw new Error(message);
  }
  return body;
}

function query(form) {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(form).entries()) {
    if (value !== "") params.append(key, value === "on" ? "true" : value);
  }
  return params;
}

function showError(container, error) {
  container.replaceChildren(el("p", { class: "error", role: "alert", text: error.message }));
}

/* ---- highlighted sentences ---- */

/* Actors of one side, each named once: "the two, US troops [USAMIL]; Mexico [MEX]". */
function actorsLabel(actors) {
  const groups = new Map();
  for (const actor of actors) {
    const code = actor.code || actor.country || "";
    const text = actor.text || "(implied)";  // an implied target names no words of the article
    if (!groups.has(code)) groups.set(code, new Set());
    groups.get(code).add(text);
  }
  return [...groups].map(([code, texts]) => {
    const words = [...texts].join(", ");
    return code ? `${words} [${code}]` : words;
  }).join("; ");
}

/* "2017-02-01"; a coarser date says so: "2017-W37 (week)", "2017-09 (month)", "2018 (year)". */
function dateLabel(event) {
  if (!event.date) return "unknown";
  const precision = event.date_precision;
  return !precision || precision === "day" ? event.date : `${event.date} (${precision})`;
}

function cameoLabel(code) {
  const entry = CAMEO.get(code);
  return entry ? entry.label : "";
}

/* The evidence sentence with its trigger in a <mark>, built from text nodes only. */
function evidence(event) {
  const sentence = event.sentence || "";
  let at = event.trigger_span && event.span ? event.trigger_span[0] - event.span[0] : -1;
  if (sentence.slice(at, at + event.trigger.length) !== event.trigger) at = sentence.indexOf(event.trigger);
  if (at < 0) return el("span", { class: "evidence", text: sentence });
  return el("span", { class: "evidence" }, sentence.slice(0, at),
    el("mark", { class: "hl-trigger", text: sentence.slice(at, at + event.trigger.length) }),
    sentence.slice(at + event.trigger.length));
}

function highlightedSentence(view) {
  const cuts = new Set([0, view.text.length]);
  for (const mark of view.marks) { cuts.add(mark.start); cuts.add(mark.end); }
  const points = [...cuts].filter((p) => p >= 0 && p <= view.text.length).sort((a, b) => a - b);
  const paragraph = el("p", { class: "sentence" },
    el("span", { class: "sentence-index", text: `sentence ${view.index + 1}` }));
  for (let i = 0; i < points.length - 1; i += 1) {
    const [from, to] = [points[i], points[i + 1]];
    const piece = view.text.slice(from, to);
    const covering = view.marks.filter((m) => m.start <= from && m.end >= to);
    if (!covering.length) { paragraph.append(piece); continue; }
    const kinds = [...new Set(covering.map((m) => m.kind))];
    const ids = [...new Set(covering.map((m) => m.event_id))];
    paragraph.append(el("mark", {
      class: kinds.map((k) => `hl-${k}`).join(" "),
      "data-kinds": kinds.join(" "),
      "data-events": ids.join(" "),
      title: kinds.join(" + "),
      text: piece,
    }));
  }
  return paragraph;
}

function eventCard(event) {
  const rows = [
    ["CAMEO", `${event.cameo} ${cameoLabel(event.cameo)} (quad ${event.quad_class}, Goldstein ${event.goldstein})`],
    ["Source", actorsLabel(event.source) || "—"],
    ["Target", actorsLabel(event.target) || "—"],
    ["Trigger", event.trigger],
    ["Date", dateLabel(event)],
    ["Place", event.location ? (event.location.name || event.location.text) +
      (event.location.country ? ` [${event.location.country}]` : "") : "—"],
    ["Factuality", event.factuality],
    ["Attribution", event.attribution && event.attribution.kind !== "none"
      ? `${event.attribution.text || ""} (${event.attribution.kind})` : "none"],
    ["Confidence", String(event.confidence)],
  ];
  if (event.mode) rows.splice(1, 0, ["Mode", event.mode]);
  const title = el("h3", {}, event.event_type,
    event.factuality !== "asserted" ? el("span", { class: "badge nonfactual", text: event.factuality }) : null);
  const card = el("article", {
    class: `event q${event.quad_class}`, "data-event-id": event.event_id, "data-type": event.event_type,
    tabindex: "0", "aria-label": `${event.event_type} event`,
  }, title, el("dl", {}, rows.map(([k, v]) => [el("dt", { text: k }), el("dd", { text: v })])));
  const toggle = (on) => document.querySelectorAll("mark").forEach((m) => {
    if ((m.dataset.events || "").split(" ").includes(event.event_id)) m.classList.toggle("focus", on);
  });
  ["mouseenter", "focus"].forEach((name) => card.addEventListener(name, () => toggle(true)));
  ["mouseleave", "blur"].forEach((name) => card.addEventListener(name, () => toggle(false)));
  return card;
}

function renderSentences(container, sentences, events) {
  const byId = new Map(events.map((e) => [e.event_id, e]));
  const legend = el("div", { class: "legend", "aria-label": "Highlight legend" },
    el("span", {}, el("mark", { class: "hl-trigger", text: "trigger" })),
    el("span", {}, el("mark", { class: "hl-source", text: "source" })),
    el("span", {}, el("mark", { class: "hl-target", text: "target" })));
  container.append(legend);
  for (const view of sentences) {
    const cards = view.event_ids.map((id) => byId.get(id)).filter(Boolean).map(eventCard);
    container.append(el("div", { class: "sentence-row" }, highlightedSentence(view),
      el("div", { class: "events" }, cards)));
  }
}

function articleMeta(article, count) {
  const parts = [];
  if (article.title) parts.push(`“${article.title}”`);
  const line = article.dateline || {};
  const place = line.place || article.dateline_place;
  const agency = line.agency || article.agency;
  if (place || agency) parts.push(`dateline: ${[place, agency && `(${agency})`].filter(Boolean).join(" ")}`);
  parts.push(article.date ? `published ${article.date}` : "no publication date");
  parts.push(`${count} event${count === 1 ? "" : "s"}`);
  return el("p", { class: "meta", id: "article-meta", text: parts.join(" · ") });
}

/* ---- coding form ---- */

async function codeArticle(event) {
  event.preventDefault();
  const status = document.getElementById("code-status");
  const result = document.getElementById("code-result");
  const button = document.getElementById("code-submit");
  const payload = { text: document.getElementById("article-text").value };
  const date = document.getElementById("article-date").value;
  const title = document.getElementById("article-title").value.trim();
  if (date) payload.date = date;
  if (title) payload.title = title;
  button.disabled = true;
  status.textContent = "Coding… (the first request loads the language model)";
  try {
    const data = await api("/code", {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(payload),
    });
    result.replaceChildren(articleMeta(data.article, data.events.length));
    if (!data.events.length) result.append(el("p", { class: "note", text: "No events were found in this article." }));
    renderSentences(result, data.sentences, data.events);
    status.textContent = "Done.";
  } catch (error) {
    status.textContent = "";
    showError(result, error);
  } finally {
    button.disabled = false;
  }
}

function loadFile(event) {
  const file = event.target.files[0];
  if (!file) return;
  const reader = new FileReader();
  reader.onload = () => {
    document.getElementById("article-text").value = reader.result;
    const title = document.getElementById("article-title");
    if (!title.value) title.value = file.name.replace(/\.txt$/i, "");
  };
  reader.onerror = () => showError(document.getElementById("code-result"), new Error("cannot read that file"));
  reader.readAsText(file);
}

/* ---- start-up ---- */

async function loadCameo() {
  const table = await api("/reference/cameo");
  for (const [code, entry] of Object.entries(table.codes)) CAMEO.set(code, entry);
}

async function init() {
  document.getElementById("code-form").addEventListener("submit", codeArticle);
  document.getElementById("article-file").addEventListener("change", loadFile);
  try {
    const [health] = await Promise.all([api("/health"), loadCameo()]);
    document.getElementById("version").textContent = health.version;
    document.querySelectorAll(".store-on").forEach((n) => { n.hidden = !health.store; });
    document.querySelectorAll(".store-off").forEach((n) => { n.hidden = health.store; });
    document.body.dataset.ready = "true";
  } catch (error) {
    showError(document.getElementById("code-result"), error);
  }
}

document.addEventListener("DOMContentLoaded", init);
