// Qala explorer: a reference client of the public JSON API (/v1 only), no build step.
// Every value from the API is inserted as text (textContent), never as markup.
"use strict";

const API = "/v1";
const TYPES = {
  person: "شخص · person",
  unit: "وحدة · unit",
  place: "مكان · place",
  misc: "أخرى · misc",
};
const KINDS = { direct: "مباشر · direct", indirect: "غير مباشر · indirect" };
const main = () => document.getElementById("main");

// ---------------------------------------------------------------- DOM helpers

/** Build an element; attrs go through setAttribute (or .on* listeners), children are nodes or text. */
function h(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

const link = (href, text, attrs = {}) => h("a", { href, "data-nav": true, ...attrs }, text);
const entityHref = (id) => `/explorer/entities/${id}`;
const articleHref = (id, claimId) => `/explorer/articles/${id}` + (claimId ? `#claim-${claimId}` : "");
const day = (iso) => (iso ? iso.slice(0, 10) : "");
const num = (n) => Number(n).toLocaleString("en");

/** The id of a hidden "canonical name — type" text for an entity, which screen readers announce on focus. */
function tipId(entity, tip) {
  const id = `tip-${entity.id}`;
  if (!document.getElementById(id)) document.getElementById("tips").append(h("span", { id }, tip));
  return id;
}

function entityLink(entity, text) {
  const tip = `${entity.name} — ${TYPES[entity.type] ?? entity.type}`;
  return link(entityHref(entity.id), text ?? entity.name, {
    class: `ent ent-${entity.type}`,
    "data-tip": tip,
    "aria-describedby": tipId(entity, tip),
    "data-entity-id": entity.id,
  });
}

function apiLink(path) {
  return h("p", { class: "api-link", lang: "en", dir: "ltr" }, "JSON: ", h("a", { href: API + path }, `GET ${API}${path}`));
}

// ---------------------------------------------------------------- the API client

class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

/** Call the JSON API; problem+json answers become ApiError with the parsed problem. */
async function api(path, { method = "GET", body } = {}) {
  const headers = { Accept: "application/json" };
  const key = sessionStorage.getItem("qala-api-key");
  if (key) headers["X-API-Key"] = key;
  if (body !== undefined) headers["Content-Type"] = "application/json";
  let res;
  try {
    res = await fetch(API + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch (err) {
    throw new ApiError(0, { title: "Network error", detail: String(err) });
  }
  const type = res.headers.get("content-type") || "";
  const data = type.includes("json") ? await res.json() : null;
  if (!res.ok) throw new ApiError(res.status, data);
  return { status: res.status, data };
}

function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== "") q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : "";
}

function problemBox(err) {
  const box = h("div", { class: "error", role: "alert" });
  const p = err.problem || {};
  box.append(h("strong", {}, p.title || "Error"), ` (${err.status || "—"}) `, p.detail || err.message);
  if (Array.isArray(p.errors) && p.errors.length) {
    box.append(h("ul", {}, p.errors.map((e) => h("li", { dir: "auto" }, [(e.loc || []).join("."), e.msg].filter(Boolean).join(": ")))));
  }
  if (err.status === 401 || err.status === 403) box.append(keyForm());
  return box;
}

function keyForm() {
  const input = h("input", { type: "password", id: "api-key", autocomplete: "off", dir: "ltr" });
  return h(
    "form",
    {
      class: "key-form",
      onsubmit: (ev) => {
        ev.preventDefault();
        sessionStorage.setItem("qala-api-key", input.value.trim());
        render();
      },
    },
    h("label", { for: "api-key" }, "مفتاح API · X-API-Key "),
    input,
    " ",
    h("button", { type: "submit" }, "حفظ · Save"),
  );
}

/** A list that pages through `next_cursor` with a "more" button, as any client should. */
function pagedList(path, params, renderItem, { empty = "لا شيء بعد · nothing yet", listClass = "plain-list" } = {}) {
  const list = h("ul", { class: listClass });
  const wrap = h("div", {}, list);
  const more = h("button", { type: "button", class: "secondary" }, "المزيد · More");
  const load = async (cursor) => {
    more.remove();
    try {
      const { data } = await api(path + query({ ...params, cursor }));
      for (const item of data.items) list.append(renderItem(item));
      if (!list.children.length) list.append(h("li", { class: "hint" }, empty));
      if (data.next_cursor) {
        more.onclick = () => load(data.next_cursor);
        wrap.append(more);
      }
    } catch (err) {
      wrap.append(problemBox(err));
    }
  };
  load(undefined);
  return wrap;
}

// ---------------------------------------------------------------- shared pieces

function legend() {
  const sample = (type) => h("span", { class: `ent ent-${type}` }, TYPES[type].split(" · ")[0]);
  return h(
    "ul",
    { class: "legend", "aria-label": "مفتاح الألوان · Legend" },
    ["person", "unit", "place"].map((t) => h("li", {}, sample(t), h("span", { lang: "en", dir: "ltr" }, t))),
    h("li", {}, h("span", { class: "claim" }, h("span", { class: "claim-no" }, "1"), "«…»"), h("span", {}, "تصريح · claim")),
  );
}

function speakerNode(speaker) {
  if (speaker.entity) return entityLink(speaker.entity, speaker.entity.name);
  return h("span", {}, speaker.text || "—");
}

function claimFacts(claim) {
  const facts = h("dl", { class: "claim-facts" });
  const row = (label, ...value) => facts.append(h("dt", {}, label), h("dd", {}, ...value));
  row("المتحدث · speaker", h("span", { class: "speaker" }, speakerNode(claim.speaker)),
    claim.speaker.entity && claim.speaker.text && claim.speaker.text !== claim.speaker.entity.name
      ? h("span", { class: "hint" }, ` (${claim.speaker.text})`) : null);
  row("فعل القول · cue", claim.cue);
  row("النوع · kind", h("span", { class: `badge ${claim.kind}` }, KINDS[claim.kind] ?? claim.kind));
  if (claim.source) {
    row("نقلاً عن · via", claim.source.entity ? entityLink(claim.source.entity, claim.source.entity.name) : claim.source.text);
  }
  if (claim.about.length) {
    row("عن · about", h("ul", { class: "chips" }, claim.about.map((e) => h("li", {}, entityLink(e)))));
  }
  row("الثقة · confidence", `${Math.round(claim.confidence * 100)}%`);
  return facts;
}

function quote(claim) {
  return h("p", { class: "claim-quote", dir: "rtl" }, claim.kind === "direct" ? `«${claim.text}»` : claim.text);
}

// ---------------------------------------------------------------- review (needs a write key)

/** Review actions are offered once a key is entered; every one is a public /v1 call (a correction). */
const hasKey = () => Boolean(sessionStorage.getItem("qala-api-key"));

function reviewHint() {
  return h("details", { class: "review-hint" }, h("summary", {}, "مراجعة · Review"),
    h("p", { class: "hint" }, "أدخل مفتاح كتابة للتصحيح · enter a write key to correct"), keyForm());
}

/** A small form whose submit runs `act(formData)`; problems are shown beside it, success runs `done`. */
function reviewForm(cls, label, controls, act, done) {
  const status = h("div", { "aria-live": "polite" });
  const form = h("form", { class: `review-form ${cls}` }, h("span", { class: "review-label" }, label), " ", ...controls, " ",
    h("button", { type: "submit" }, "تطبيق · Apply"), status);
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    try {
      const { data } = await act(new FormData(form));
      await done(data);
    } catch (err) {
      status.replaceChildren(problemBox(err));
    }
  });
  return form;
}

function speakerFixForm(claim, entities) {
  const select = h("select", { name: "speaker", "aria-label": "المتحدث الصحيح · correct speaker" },
    entities.map((e) => h("option", { value: e.id, selected: e.id === claim.speaker.entity?.id }, `${e.name} (${TYPES[e.type] ?? e.type})`)));
  return reviewForm("fix-speaker", "تصحيح المتحدث · Fix speaker", [select],
    (fd) => api(`/claims/${claim.id}`, { method: "PATCH", body: { speaker_id: Number(fd.get("speaker")) } }),
    async (c) => {
      sessionStorage.setItem("qala-flash", `تم التصحيح · corrected (#${c.id})`);
      await render();
    });
}

function mergeForm(entity) {
  const input = h("input", { name: "into", type: "number", min: 1, dir: "ltr", required: true, "aria-label": "رقم الكيان الباقي · surviving entity id" });
  return reviewForm("merge", "دمج في الكيان رقم · Merge into entity id", [input],
    (fd) => api(`/entities/${entity.id}/merge`, { method: "POST", body: { into: Number(fd.get("into")) } }),
    async (c) => {
      sessionStorage.setItem("qala-flash", `تم الدمج · merged (#${c.id})`);
      navigate(entityHref(c.entity_id));
    });
}

// ---------------------------------------------------------------- article text with highlights

/**
 * Split the text at every mention and claim boundary. Offsets are code points, so the text is
 * indexed as an array of code points (a JS string index counts UTF-16 units).
 */
function highlightedText(text, mentions, claims, numbers) {
  const cps = Array.from(text);
  const cuts = new Set([0, cps.length]);
  for (const span of [...mentions, ...claims]) {
    if (span.start >= 0 && span.end <= cps.length && span.start < span.end) cuts.add(span.start).add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const root = h("div", { class: "article-text", lang: "ar", dir: "rtl" });
  let claimNode = null;
  let claimId = null;
  let mentionNode = null;
  let mentionId = null;
  for (let i = 0; i + 1 < points.length; i++) {
    const [s, e] = [points[i], points[i + 1]];
    const claim = claims.find((c) => c.start <= s && e <= c.end) || null;
    const mention = mentions.find((m) => m.start <= s && e <= m.end) || null;
    if ((claim?.id ?? null) !== claimId) {
      claimId = claim?.id ?? null;
      claimNode = null;
      mentionId = null;
      mentionNode = null;
      if (claim) {
        claimNode = h("span", { class: "claim", id: `span-claim-${claim.id}`, "data-claim-id": claim.id, tabindex: "-1" },
          h("a", { class: "claim-no", href: `#claim-${claim.id}`, "aria-label": `تصريح ${numbers.get(claim.id)} · claim` }, numbers.get(claim.id)));
        root.append(claimNode);
      }
    }
    const parent = claimNode || root;
    if ((mention?.id ?? null) !== mentionId) {
      mentionId = mention?.id ?? null;
      mentionNode = mention ? entityLink(mention.entity, "") : null;
      if (mentionNode) parent.append(mentionNode);
    }
    (mentionNode || parent).append(cps.slice(s, e).join(""));
  }
  return root;
}

// ---------------------------------------------------------------- views

async function articleView(id) {
  const { data: a } = await api(`/articles/${id}`);
  document.title = `${a.title || `#${a.id}`} · Qala`;
  const claims = [...a.claims].sort((x, y) => x.start - y.start || x.id - y.id);
  const numbers = new Map(claims.map((c, i) => [c.id, i + 1]));
  const entities = [...new Map(a.mentions.map((m) => [m.entity.id, m.entity])).values()];
  const claimItems = claims.map((c) =>
    h("li", { id: `claim-${c.id}`, "data-claim-id": c.id },
      h("a", { class: "claim-no", href: `#span-claim-${c.id}`, "aria-label": `في النص · in the text` }, numbers.get(c.id)),
      quote(c), claimFacts(c), hasKey() && entities.length ? speakerFixForm(c, entities) : null));
  const page = [
    h("h1", { dir: "auto" }, a.title || `مقال ${a.id} · article ${a.id}`),
    h("p", { class: "meta" },
      a.source && h("span", {}, `المصدر · source: ${a.source}`),
      a.published_at && h("time", { datetime: a.published_at }, day(a.published_at)),
      a.url && h("a", { href: a.url, rel: "noopener noreferrer", dir: "ltr" }, "الأصل · original"),
      h("span", {}, `كيانات · entities: ${num(a.counts.entities)}`),
      h("span", {}, `إشارات · mentions: ${num(a.counts.mentions)}`),
      h("span", {}, `تصريحات · claims: ${num(a.counts.claims)}`),
      h("span", { lang: "en", dir: "ltr" }, `model ${a.model_version}`)),
    legend(),
    h("div", { class: "article-layout" },
      h("section", { "aria-labelledby": "text-h" }, h("h2", { id: "text-h" }, "النص · Text"), highlightedText(a.text, a.mentions, claims, numbers)),
      h("aside", { "aria-labelledby": "claims-h" },
        h("h2", { id: "claims-h" }, `التصريحات · Claims (${claims.length})`),
        claims.length ? h("ol", { class: "claims-list" }, claimItems) : h("p", { class: "hint" }, "لا تصريحات · no claims found"),
        hasKey() ? null : reviewHint())),
    apiLink(`/articles/${id}`),
  ];
  main().replaceChildren(...page);
  focusTarget();
}

/** Follow #claim-N / #span-claim-N: mark both the list item and the span, move focus to the target. */
function focusTarget() {
  const m = /^#(?:span-)?claim-(\d+)$/.exec(location.hash);
  document.querySelectorAll(".current").forEach((n) => n.classList.remove("current"));
  if (!m) return false;
  const item = document.getElementById(`claim-${m[1]}`);
  const span = document.getElementById(`span-claim-${m[1]}`);
  for (const n of [item, span]) n?.classList.add("current");
  const target = document.getElementById(location.hash.slice(1));
  if (target) {
    if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
    target.focus();
    target.scrollIntoView({ block: "center" });
  }
  return true;
}

function claimCard(claim, { showSpeaker = true } = {}) {
  return h("li", { class: "card" }, quote(claim),
    showSpeaker ? claimFacts(claim) : h("p", { class: "meta" }, h("span", { class: `badge ${claim.kind}` }, KINDS[claim.kind]), ` ${claim.cue}`),
    h("p", { class: "meta" }, link(articleHref(claim.article_id, claim.id), `في المقال ${claim.article_id} · in article ${claim.article_id}`)));
}

function articleItem(a) {
  return h("li", { class: "card" },
    h("h3", { style: null }, link(articleHref(a.id), a.title || `مقال ${a.id} · article ${a.id}`)),
    h("p", { class: "meta" }, a.source && h("span", {}, a.source), a.published_at && h("time", { datetime: a.published_at }, day(a.published_at)),
      h("span", {}, `${num(a.counts.entities)} كيانات · ${num(a.counts.claims)} تصريحات`)));
}

function entityItem(e) {
  return h("li", {}, entityLink(e), " ", h("span", { class: "hint" },
    `${TYPES[e.type] ?? e.type}${e.subtype ? ` / ${e.subtype}` : ""} · ${num(e.mention_count)} إشارة · ${num(e.claim_count)} تصريح`));
}

async function entityView(id) {
  const { data: e } = await api(`/entities/${id}`);
  document.title = `${e.name} · Qala`;
  const counts = [["mention_count", "إشارات · mentions"], ["article_count", "مقالات · articles"], ["claim_count", "تصريحات · claims"]];
  main().replaceChildren(
    h("h1", {}, h("span", { class: `ent ent-${e.type}` }, e.name)),
    h("p", { class: "meta" }, h("span", { class: "entity-type" }, TYPES[e.type] ?? e.type), e.subtype && h("span", { class: "entity-subtype" }, e.subtype)),
    h("ul", { class: "counts" }, counts.map(([k, label]) => h("li", {}, h("strong", {}, num(e[k])), label))),
    h("p", { class: "meta", lang: "en", dir: "ltr" }, `id ${e.id}`),
    hasKey() ? mergeForm(e) : reviewHint(),
    h("div", { class: "columns" },
      h("section", {}, h("h2", {}, "أسماء أخرى · Aliases"),
        e.aliases.length ? h("ul", { class: "chips aliases" }, e.aliases.map((s) => h("li", { class: "badge" }, s))) : h("p", { class: "hint" }, "—")),
      h("section", {}, h("h2", {}, "الألقاب · Titles"),
        e.titles.length ? h("ul", { class: "chips titles" }, e.titles.map((s) => h("li", { class: "badge" }, s))) : h("p", { class: "hint" }, "—")),
      h("section", {}, h("h2", {}, "كيانات مرتبطة · Related"),
        e.related.length ? h("ul", { class: "chips related" }, e.related.map((r) => h("li", {}, entityLink(r.entity), h("span", { class: "hint" }, ` (${r.count})`))))
          : h("p", { class: "hint" }, "—"))),
    h("section", { class: "entity-claims" }, h("h2", {}, "تصريحاته، الأحدث أولاً · Claims made, newest first"),
      pagedList(`/entities/${id}/claims`, { limit: 10 }, (c) => claimCard(c), { listClass: "plain-list claims-made" })),
    h("section", {}, h("h2", {}, "تصريحات تذكره · Claims about"),
      pagedList(`/entities/${id}/claims`, { about: "true", limit: 5 }, (c) => claimCard(c))),
    h("section", {}, h("h2", {}, "المقالات · Articles"), pagedList(`/entities/${id}/articles`, { limit: 10 }, articleItem)),
    apiLink(`/entities/${id}`),
  );
}

function searchView() {
  const q = new URLSearchParams(location.search).get("q")?.trim() || "";
  const type = new URLSearchParams(location.search).get("type") || "";
  document.getElementById("top-q").value = q;
  document.title = `${q || "بحث"} · Qala`;
  if (!q) {
    main().replaceChildren(h("h1", {}, "بحث · Search"), h("p", { class: "hint" }, "اكتب كلمة في مربع البحث · type a query above"));
    return;
  }
  const select = h("select", { id: "type-filter", name: "type", onchange: (ev) => navigate(`/explorer/search${query({ q, type: ev.target.value })}`) },
    h("option", { value: "" }, "كل الأنواع · all types"),
    ["person", "unit", "place"].map((t) => h("option", { value: t, selected: t === type }, TYPES[t])));
  main().replaceChildren(
    h("h1", {}, `نتائج «${q}» · Results`),
    h("p", {}, h("label", { for: "type-filter" }, "نوع الكيان · entity type "), select),
    h("div", { class: "columns" },
      h("section", {}, h("h2", {}, "الكيانات · Entities"), pagedList("/entities", { q, type, limit: 20 }, entityItem, { empty: "لا نتائج · no match" }),
        apiLink(`/entities${query({ q, type, limit: 20 })}`)),
      h("section", {}, h("h2", {}, "المقالات · Articles"), pagedList("/articles", { q, limit: 10 }, articleItem, { empty: "لا نتائج · no match" }),
        apiLink(`/articles${query({ q, limit: 10 })}`)),
      h("section", {}, h("h2", {}, "التصريحات · Claims"), pagedList("/claims", { q, limit: 10 }, (c) => claimCard(c), { empty: "لا نتائج · no match" }),
        apiLink(`/claims${query({ q, limit: 10 })}`))),
  );
}

function homeView() {
  document.title = "مستكشف قال · Qala explorer";
  main().replaceChildren(
    h("h1", {}, "ما تقوله الأخبار · What the news says"),
    h("p", {}, "كل ما يظهر هنا يأتي من واجهة JSON العامة · Everything here comes from the public JSON API. ",
      link("/explorer/ingest", "أضف مقالاً · Ingest an article")),
    h("div", { class: "columns" },
      h("section", {}, h("h2", {}, "أحدث المقالات · Latest articles"), pagedList("/articles", { limit: 10 }, articleItem),
        apiLink("/articles?limit=10")),
      ["person", "unit", "place"].map((t) =>
        h("section", {}, h("h2", {}, `الأكثر ذكراً · Top: ${TYPES[t]}`), pagedList("/entities", { type: t, limit: 10 }, entityItem),
          apiLink(`/entities?type=${t}&limit=10`)))),
  );
}

function ingestView() {
  document.title = "إضافة مقال · Ingest · Qala";
  const status = h("div", { "aria-live": "polite" });
  const field = (name, label, input, hint) =>
    h("label", { for: `f-${name}` }, h("span", {}, label, hint && h("span", { class: "hint" }, ` ${hint}`)), input);
  const form = h("form", { class: "ingest-form", id: "ingest-form", novalidate: true },
    field("title", "العنوان · Title", h("input", { id: "f-title", name: "title", dir: "auto" })),
    field("source", "المصدر · Source", h("input", { id: "f-source", name: "source", dir: "auto" })),
    field("url", "الرابط · URL", h("input", { id: "f-url", name: "url", type: "url", dir: "ltr" }), "(اختياري · optional)"),
    field("published_at", "تاريخ النشر · Published", h("input", { id: "f-published_at", name: "published_at", type: "date" })),
    field("text", "النص · Text", h("textarea", { id: "f-text", name: "text", dir: "rtl", lang: "ar", required: true })),
    field("key", "مفتاح API · X-API-Key", h("input", { id: "f-key", name: "key", type: "password", autocomplete: "off", dir: "ltr",
      value: sessionStorage.getItem("qala-api-key") || "" }), "(إن كان الخادم يطلبه · if the server requires one)"),
    h("p", {}, h("button", { type: "submit" }, "حلّل واحفظ · Analyse and store")),
    status);
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const fd = new FormData(form);
    if (fd.get("key")) sessionStorage.setItem("qala-api-key", String(fd.get("key")).trim());
    const body = {};
    for (const k of ["title", "source", "url", "published_at", "text"]) if (String(fd.get(k) || "").trim()) body[k] = String(fd.get(k));
    const button = form.querySelector("button[type=submit]");
    button.disabled = true;
    status.replaceChildren(h("p", { class: "notice", role: "status" }, "جارٍ التحليل… · analysing…"));
    try {
      const { status: code, data } = await api("/articles", { method: "POST", body });
      sessionStorage.setItem("qala-flash", code === 200 ? "هذا المقال محفوظ من قبل · already stored: this is the stored article" : "");
      navigate(articleHref(data.id));
    } catch (err) {
      status.replaceChildren(problemBox(err));
    } finally {
      button.disabled = false;
    }
  });
  main().replaceChildren(h("h1", {}, "إضافة مقال · Ingest an article"),
    h("p", { class: "hint" }, h("span", { lang: "en", dir: "ltr" }, "POST /v1/articles"), " — النص يُحفظ كما هو · the text is stored verbatim"), form);
}

// ---------------------------------------------------------------- routing

const ROUTES = [
  [/^\/explorer\/?$/, homeView],
  [/^\/explorer\/articles\/(\d+)$/, articleView],
  [/^\/explorer\/entities\/(\d+)$/, entityView],
  [/^\/explorer\/search$/, searchView],
  [/^\/explorer\/ingest$/, ingestView],
];

async function render() {
  const path = location.pathname;
  for (const [pattern, view] of ROUTES) {
    const m = pattern.exec(path);
    if (!m) continue;
    main().replaceChildren(h("p", { class: "loading", role: "status" }, "…"));
    try {
      await view(...m.slice(1));
    } catch (err) {
      main().replaceChildren(h("h1", {}, err.status === 404 ? "غير موجود · Not found" : "خطأ · Error"), problemBox(err));
    }
    const flash = sessionStorage.getItem("qala-flash");
    if (flash) {
      main().prepend(h("p", { class: "notice", role: "status" }, flash));
      sessionStorage.removeItem("qala-flash");
    }
    return;
  }
  main().replaceChildren(h("h1", {}, "غير موجود · Not found"));
}

function navigate(href) {
  history.pushState(null, "", href);
  render().then(() => {
    if (!location.hash) main().focus();
  });
}

document.addEventListener("click", (ev) => {
  const a = ev.target.closest("a[data-nav]");
  if (!a || ev.defaultPrevented || ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
  const url = new URL(a.href, location.href);
  if (url.origin !== location.origin) return;
  ev.preventDefault();
  navigate(url.pathname + url.search + url.hash);
});
document.addEventListener("submit", (ev) => {
  const form = ev.target.closest("form[data-search]");
  if (!form) return;
  ev.preventDefault();
  const q = new FormData(form).get("q");
  navigate(`/explorer/search${query({ q })}`);
});
window.addEventListener("popstate", () => render());
window.addEventListener("hashchange", () => focusTarget());
window.addEventListener("DOMContentLoaded", () => render());
