// The demo page: renders the request form, validates it live with the package's web build, creates the
// session through the demo server, and on /return shows the payment token.
import {
  GROUPS,
  METADATA_PATH,
  defaultState,
  payloadFromState,
  placeIssues,
  pointerOf,
  restoreState,
} from "./form.mjs";
import { escapeHtml, highlightJson } from "./json-view.mjs";
import { callbackPanel } from "./callback-view.mjs";
import { cardSteps } from "./card-steps.mjs";

const STATE_KEY = "dpt-demo:form";
const CREATED_KEY = "dpt-demo:created";
const MAX_METADATA_KEYS = 10;

const $ = (selector, root = document) => root.querySelector(selector);

/** Creates an element: `el("p", { class: "x", text: "hi" }, child, ...)`. */
function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === "text") node.textContent = value;
    else if (name === "html") node.innerHTML = value;
    else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children.flat()) if (child !== null && child !== undefined && child !== false) node.append(child);
  return node;
}

function storageGet(key) {
  try {
    return JSON.parse(sessionStorage.getItem(key) ?? "null");
  } catch {
    return null;
  }
}

function storageSet(key, value) {
  try {
    if (value === null) sessionStorage.removeItem(key);
    else sessionStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or disabled: the demo still works, it just forgets across the redirect.
  }
}

function showLoadError(message) {
  const banner = $("#load-error");
  banner.replaceChildren(el("strong", { text: "The demo could not start. " }), message);
  banner.hidden = false;
}

function setStep(step, done = []) {
  for (const item of document.querySelectorAll("#steps li")) {
    const n = Number(item.dataset.step);
    item.classList.toggle("active", n === step);
    item.classList.toggle("done", done.includes(n));
  }
}

async function fetchJson(url, options) {
  const response = await fetch(url, options);
  let body;
  try {
    body = await response.json();
  } catch {
    body = { error: { name: "DemoServerError", code: "invalid_response", message: `the demo server answered ${response.status} without JSON` } };
  }
  return { ok: response.ok, status: response.status, body, lastResponse: lastResponseOf(response) };
}

/** The `{ requestId, status, attempts }` the demo server sends along a created session, or null. */
function lastResponseOf(response) {
  try {
    const value = JSON.parse(response.headers.get("x-dintero-last-response") ?? "null");
    return value && typeof value === "object" ? value : null;
  } catch {
    return null;
  }
}

function showMode(config) {
  const badge = $("#mode-badge");
  badge.dataset.mode = config.mode;
  const environment = String(config.accountId).startsWith("P") ? "production" : "test";
  $("#mode-text").textContent = config.mode === "mock" ? `Mock Dintero · ${config.accountId}` : `Dintero ${environment} · ${config.accountId}`;
  badge.title =
    config.mode === "mock"
      ? "Sessions are created on an embedded mock of the Dintero API: no account needed, no real card is stored."
      : `Sessions are created on Dintero for account ${config.accountId}.`;
  if (config.packageVersion) $("#version").textContent = `v${config.packageVersion}`;
}

// ---------------------------------------------------------------------------------------------
// The builder (the form, the live preview and the response)

class Builder {
  constructor(dpt, config) {
    this.dpt = dpt;
    this.config = config;
    /** Pointer -> { box, issues: <ul>, hint, inputs } for every place an issue can be shown. */
    this.targets = new Map();
    this.state = restoreState(storageGet(STATE_KEY), config.returnUrl) ?? defaultState(config.returnUrl);
    this.issues = [];
  }

  start() {
    const form = $("#form");
    form.replaceChildren(...GROUPS.map((group) => this.renderGroup(group)), this.renderMetadataGroup());
    form.addEventListener("input", () => this.readForm());
    form.addEventListener("change", () => this.readForm());
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      this.createSession();
    });
    const includeSession = $("#f-include-session");
    includeSession.checked = this.state.includeSession;
    includeSession.addEventListener("change", () => {
      this.state.includeSession = includeSession.checked;
      this.save();
      this.refresh();
    });
    $("#copy-payload").addEventListener("click", () => copyText($("#preview").textContent, $("#copy-payload")));
    $("#tab-request").addEventListener("click", () => this.showTab("request"));
    $("#tab-response").addEventListener("click", () => this.showTab("response"));
    $("#reset").hidden = false;
    $("#reset").addEventListener("click", () => {
      this.state = defaultState(this.config.returnUrl);
      storageSet(CREATED_KEY, null);
      this.save();
      this.writeForm();
      this.refresh();
      this.showTab("request");
      $("#tab-response").disabled = true;
      $("#response").replaceChildren();
      setStep(1);
    });
    this.writeForm();
    this.refresh();

    const created = storageGet(CREATED_KEY);
    if (created && created.response) {
      this.renderResponse(created.response, true);
      setStep(3, [1, 2]);
    } else setStep(1);
    $("#builder").hidden = false;
  }

  // -- rendering ----------------------------------------------------------------------------

  renderGroup(group) {
    return el(
      "section",
      { class: "card", id: `group-${group.id}`, "aria-labelledby": `group-${group.id}-title` },
      el("header", { class: "card-head" }, el("h2", { id: `group-${group.id}-title`, text: group.title }), el("p", { text: group.lead })),
      el("div", { class: "grid" }, group.fields.map((field) => this.renderField(field))),
    );
  }

  renderField(field) {
    const id = `f-${field.id}`;
    const issues = el("ul", { class: "field-issues", id: `${id}-issues`, "aria-live": "polite" });
    const hint = field.hint ? el("p", { class: "hint", id: `${id}-hint`, text: field.hint }) : null;
    const describedBy = [hint ? `${id}-hint` : null, `${id}-issues`].filter(Boolean).join(" ");
    const labelText = [field.label, field.required ? el("span", { class: "req", text: "required" }) : null];
    let box;
    let inputs;

    if (field.kind === "checkboxes") {
      inputs = field.options.map((option) =>
        el("input", { type: "checkbox", name: field.id, value: option.value, id: `${id}-${option.value}` }),
      );
      box = el(
        "fieldset",
        { class: `field span-${field.span}`, id, "aria-describedby": describedBy },
        el("legend", {}, ...labelText),
        el(
          "div",
          { class: "chips" },
          field.options.map((option, index) =>
            el(
              "label",
              { class: "chip", for: `${id}-${option.value}` },
              inputs[index],
              el("span", { class: "chip-text" }, el("code", { text: option.label }), option.hint ? el("small", { text: option.hint }) : null),
            ),
          ),
        ),
        hint,
        issues,
      );
    } else {
      let control;
      if (field.kind === "select") {
        control = el(
          "select",
          { id, name: field.id, class: `input${field.mono ? " mono" : ""}`, "aria-describedby": describedBy },
          field.options.map((option) => el("option", { value: option.value, text: option.label })),
        );
        inputs = [control];
        control = el("div", { class: "select-wrap" }, control);
      } else {
        const input = el("input", {
          id,
          name: field.id,
          type: "text",
          inputmode: field.inputmode,
          class: `input${field.mono ? " mono" : ""}`,
          placeholder: field.placeholder,
          spellcheck: "false",
          autocapitalize: "off",
          "aria-describedby": describedBy,
        });
        inputs = [input];
        control = input;
        if (field.kind === "color") control = this.colorControl(input);
        if (field.kind === "datetime") control = this.datetimeControl(input);
      }
      box = el("div", { class: `field span-${field.span}` }, el("label", { for: id }, ...labelText), control, hint, issues);
    }
    box.dataset.path = field.path;
    this.targets.set(field.path, { box, issues, hint, inputs, list: field.kind === "checkboxes" ? field.id : null });
    return box;
  }

  colorControl(input) {
    const swatch = el("span", { class: "swatch", "aria-hidden": "true" });
    const picker = el("input", { type: "color", class: "swatch-picker", tabindex: "-1", "aria-label": "Pick a colour" });
    const update = () => {
      const ok = input.value !== "" && CSS.supports("color", input.value);
      swatch.style.background = ok ? input.value : "";
      swatch.classList.toggle("empty", !ok);
      if (/^#[0-9a-f]{6}$/i.test(input.value)) picker.value = input.value.toLowerCase();
    };
    input.addEventListener("input", update);
    input.addEventListener("demo:sync", update);
    picker.addEventListener("input", () => {
      input.value = picker.value;
      input.dispatchEvent(new Event("input", { bubbles: true }));
    });
    return el("div", { class: "with-swatch" }, el("label", { class: "swatch-button", title: "Pick a colour" }, swatch, picker), input);
  }

  datetimeControl(input) {
    const plusDay = el("button", {
      type: "button",
      class: "button button-ghost small",
      text: "+24 h",
      title: "Set to 24 hours from now",
      onclick: () => {
        input.value = new Date(Date.now() + 24 * 3600 * 1000).toISOString().replace(/\.\d{3}Z$/, "Z");
        input.dispatchEvent(new Event("input", { bubbles: true }));
      },
    });
    return el("div", { class: "with-button" }, input, plusDay);
  }

  renderMetadataGroup() {
    this.metadataRows = el("div", { class: "meta-rows", id: "metadata-rows" });
    this.metadataCount = el("span", { class: "counter" });
    const issues = el("ul", { class: "field-issues", id: "f-metadata-issues", "aria-live": "polite" });
    const section = el(
      "section",
      { class: "card", id: "group-metadata", "aria-labelledby": "group-metadata-title" },
      el(
        "header",
        { class: "card-head" },
        el("h2", { id: "group-metadata-title" }, "Metadata ", this.metadataCount),
        el("p", {}, "Your own key/value pairs, stored on the session. Dintero recommends keys prefixed with ", el("code", { text: "ext_" }), "."),
      ),
      this.metadataRows,
      issues,
      el(
        "button",
        { type: "button", class: "button button-ghost", id: "add-metadata", onclick: () => this.addMetadataRow() },
        el("span", { "aria-hidden": "true", text: "+ " }),
        "Add a row",
      ),
    );
    section.dataset.path = METADATA_PATH;
    this.targets.set(METADATA_PATH, { box: section, issues, hint: null, inputs: [] });
    return section;
  }

  addMetadataRow() {
    this.state.metadata.push({ key: `ext_key_${this.state.metadata.length + 1}`, value: "" });
    this.save();
    this.writeMetadata();
    this.refresh();
    const rows = this.metadataRows.querySelectorAll(".meta-row");
    rows[rows.length - 1]?.querySelector("input")?.focus();
  }

  /** Rebuilds the metadata rows from the state (rows register their pointer by key). */
  writeMetadata() {
    for (const path of [...this.targets.keys()]) if (path.startsWith(METADATA_PATH + "/")) this.targets.delete(path);
    const keys = this.state.metadata.map((row) => row.key);
    const rows = this.state.metadata.map((row, index) => {
      const key = el("input", { class: "input mono", value: row.key, "aria-label": `Metadata key ${index + 1}`, placeholder: "ext_key", "data-meta": "key", spellcheck: "false" });
      const value = el("input", { class: "input", value: row.value, "aria-label": `Metadata value ${index + 1}`, placeholder: "value", "data-meta": "value", spellcheck: "false" });
      const issues = el("ul", { class: "field-issues" });
      const duplicate = keys.indexOf(row.key) !== index;
      if (duplicate) issues.append(el("li", { class: "issue warning local" }, "Same key as an earlier row: only the last one is sent."));
      const remove = el("button", {
        type: "button",
        class: "icon-button",
        "aria-label": `Remove metadata row ${index + 1}`,
        title: "Remove",
        html: '<svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true"><path d="M5 5l10 10M15 5L5 15" stroke="currentColor" stroke-width="2" stroke-linecap="round"/></svg>',
        onclick: () => {
          this.state.metadata.splice(index, 1);
          this.save();
          this.writeMetadata();
          this.refresh();
        },
      });
      const box = el("div", { class: "meta-row", "data-index": String(index) }, el("div", { class: "meta-inputs" }, key, value, remove), issues);
      const path = pointerOf(["session", "metadata", row.key]);
      box.dataset.path = path;
      if (!duplicate) this.targets.set(path, { box, issues, hint: null, inputs: [key, value] });
      return box;
    });
    if (rows.length === 0) rows.push(el("p", { class: "empty-note", text: "No metadata. Rows with an empty key and value are left out." }));
    this.metadataRows.replaceChildren(...rows);
    this.metadataCount.textContent = `${this.state.metadata.length}/${MAX_METADATA_KEYS}`;
    this.metadataCount.classList.toggle("over", this.state.metadata.length > MAX_METADATA_KEYS);
  }

  // -- form <-> state -----------------------------------------------------------------------

  writeForm() {
    for (const group of GROUPS) {
      for (const field of group.fields) {
        const { inputs } = this.targets.get(field.path);
        if (field.kind === "checkboxes") {
          const chosen = this.state.lists[field.id] ?? [];
          for (const input of inputs) input.checked = chosen.includes(input.value);
        } else {
          inputs[0].value = this.state.fields[field.id] ?? "";
          inputs[0].dispatchEvent(new Event("demo:sync"));
        }
      }
    }
    $("#f-include-session").checked = this.state.includeSession;
    this.writeMetadata();
  }

  readForm() {
    for (const group of GROUPS) {
      for (const field of group.fields) {
        const { inputs } = this.targets.get(field.path);
        if (field.kind === "checkboxes") this.state.lists[field.id] = inputs.filter((i) => i.checked).map((i) => i.value);
        else this.state.fields[field.id] = inputs[0].value;
      }
    }
    const rows = [...this.metadataRows.querySelectorAll(".meta-row")];
    const before = this.state.metadata.map((row) => row.key).join("\u0000");
    this.state.metadata = rows.map((row) => ({ key: $('[data-meta="key"]', row).value, value: $('[data-meta="value"]', row).value }));
    this.save();
    // A changed key moves the row's pointer: re-register the rows, keeping the focus where it was.
    if (this.state.metadata.map((row) => row.key).join("\u0000") !== before) {
      const active = document.activeElement;
      const index = active?.closest(".meta-row")?.dataset.index;
      const which = active?.dataset.meta;
      const caret = active?.selectionStart;
      this.writeMetadata();
      if (index !== undefined && which) {
        const input = this.metadataRows.querySelector(`.meta-row[data-index="${index}"] [data-meta="${which}"]`);
        input?.focus();
        if (input && caret !== undefined && caret !== null) input.setSelectionRange(caret, caret);
      }
    }
    this.refresh();
  }

  save() {
    storageSet(STATE_KEY, this.state);
  }

  // -- validation and preview ---------------------------------------------------------------

  payload() {
    return payloadFromState(this.state);
  }

  refresh() {
    const payload = this.payload();
    let issues;
    try {
      issues = this.dpt.validatePaymentTokenSession(payload);
    } catch (error) {
      issues = [{ path: "", code: error.code ?? "internal_error", message: `validatePaymentTokenSession threw: ${error.message}`, severity: "error" }];
    }
    this.issues = issues;
    this.showIssues(issues);

    const errors = issues.filter((issue) => issue.severity === "error").length;
    const warnings = issues.length - errors;
    let shown = payload;
    let caption = "Payload as typed — fix the errors to build it";
    if (errors === 0) {
      try {
        shown = this.dpt.buildPaymentTokenSession(payload);
        caption = "Payload that will be sent — buildPaymentTokenSession()";
      } catch (error) {
        caption = `buildPaymentTokenSession() threw ${error.name}: ${error.message}`;
      }
    }
    $("#preview").innerHTML = highlightJson(shown);
    $("#preview").dataset.valid = String(errors === 0);
    $("#preview-caption").textContent = caption;
    $("#endpoint-path").textContent = `/v1/sessions/payment-token${this.state.includeSession ? "?include_session=true" : ""}`;

    const pill = $("#status-pill");
    pill.dataset.state = errors ? "error" : warnings ? "warning" : "ok";
    pill.textContent = errors
      ? `${errors} ${errors === 1 ? "error" : "errors"}${warnings ? ` · ${warnings} ${warnings === 1 ? "warning" : "warnings"}` : ""}`
      : warnings
        ? `Valid · ${warnings} ${warnings === 1 ? "warning" : "warnings"}`
        : "Valid";
    const create = $("#create");
    create.classList.toggle("has-errors", errors > 0);
    create.title = errors ? "The request has errors: the client will refuse it with a DinteroValidationError (try it)" : "";
  }

  showIssues(issues) {
    const { placed, unplaced } = placeIssues(issues, new Set(this.targets.keys()));
    for (const [path, target] of this.targets) {
      const own = placed.get(path) ?? [];
      const keep = [...target.issues.querySelectorAll("li.local")];
      target.issues.replaceChildren(...keep, ...own.map((issue) => issueItem(issue, path)));
      const severity = own.some((i) => i.severity === "error") ? "error" : own.length ? "warning" : "";
      target.box.dataset.issue = severity;
      for (const input of target.inputs) {
        if (severity === "error") input.setAttribute("aria-invalid", "true");
        else input.removeAttribute("aria-invalid");
      }
      if (target.hint) target.hint.hidden = own.length > 0;
      if (target.list) this.markChips(path, target, own);
    }
    const summary = $("#issue-summary");
    summary.hidden = unplaced.length === 0;
    summary.dataset.severity = unplaced.some((i) => i.severity === "error") ? "error" : "warning";
    $("#issue-list").replaceChildren(...unplaced.map((issue) => issueItem(issue, null)));
  }

  /** Marks the chips an issue is about: all of them for the list itself, one for `/list/<index>`. */
  markChips(path, target, issues) {
    const chosen = this.state.lists[target.list] ?? [];
    const flagged = new Map();
    for (const issue of issues) {
      // About the list itself: the chosen items (or every option when none is chosen); else the item at the index.
      const whole = chosen.length ? chosen : target.inputs.map((i) => i.value);
      const values = issue.path === path ? whole : [chosen[Number(issue.path.slice(path.length + 1).split("/")[0])]];
      for (const value of values) if (flagged.get(value) !== "error") flagged.set(value, issue.severity);
    }
    for (const input of target.inputs) {
      const chip = input.closest(".chip");
      chip.dataset.issue = flagged.get(input.value) ?? "";
    }
  }

  // -- the request to the server ------------------------------------------------------------

  showTab(which) {
    const request = which === "request";
    $("#tab-request").setAttribute("aria-selected", String(request));
    $("#tab-response").setAttribute("aria-selected", String(!request));
    $("#pane-request").hidden = !request;
    $("#pane-response").hidden = request;
  }

  async createSession() {
    const button = $("#create");
    if (button.disabled) return;
    button.disabled = true;
    button.classList.add("busy");
    $(".button-label", button).textContent = "Creating…";
    let result;
    try {
      result = await fetchJson("/api/sessions", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ request: this.payload(), includeSession: this.state.includeSession }),
      });
    } catch (error) {
      result = { ok: false, status: 0, body: { error: { name: "NetworkError", code: "demo_unreachable", message: `could not reach the demo server: ${error.message}` } } };
    } finally {
      button.disabled = false;
      button.classList.remove("busy");
      $(".button-label", button).textContent = "Create session";
    }
    const response = { ok: result.ok, status: result.status, body: result.body, lastResponse: result.lastResponse, at: new Date().toISOString() };
    storageSet(CREATED_KEY, result.ok ? { response, request: this.payload() } : null);
    this.renderResponse(response, false);
    if (result.ok) setStep(3, [1, 2]);
    else setStep(2, [1]);
  }

  renderResponse(response, restored) {
    const target = $("#response");
    target.replaceChildren(response.ok ? sessionView(response.body, restored, response.lastResponse) : errorView(response.body.error ?? response.body, response.status));
    $("#tab-response").disabled = false;
    this.showTab("response");
    if (!restored && window.matchMedia("(max-width: 1023px)").matches) $("#panel").scrollIntoView({ behavior: "smooth", block: "start" });
  }
}

/** A message's `backticked` parts as <code>, the rest as text. */
function withInlineCode(message) {
  return String(message)
    .split("`")
    .map((part, index) => (index % 2 === 1 ? el("code", { class: "inline", text: part }) : part))
    .filter((part) => part !== "");
}

function issueItem(issue, placedAt) {
  const item = el("li", { class: `issue ${issue.severity === "error" ? "error" : "warning"}`, "data-code": issue.code });
  item.append(
    el("span", { class: "issue-icon", "aria-hidden": "true", text: issue.severity === "error" ? "!" : "i" }),
    el("span", { class: "issue-text" }, withInlineCode(issue.message), " ", el("code", { class: "issue-code", text: issue.code })),
  );
  if (placedAt === null || issue.path !== placedAt) {
    item.querySelector(".issue-text").append(" ", el("code", { class: "issue-path", text: issue.path === "" ? "(root)" : issue.path }));
  }
  return item;
}

/** `url` when it is an http(s) URL, so an answer can never inject a `javascript:` link. */
function safeHref(url) {
  try {
    return ["http:", "https:"].includes(new URL(url).protocol) ? url : undefined;
  } catch {
    return undefined;
  }
}

function sessionView(created, restored, lastResponse) {
  const facts = el(
    "dl",
    { class: "facts" },
    el("dt", { text: "Session id" }),
    el("dd", {}, el("code", { id: "session-id", text: created.id ?? "(none)" })),
    el("dt", { text: "Checkout URL" }),
    el("dd", {}, el("a", { id: "checkout-url", href: safeHref(created.url), text: created.url, class: "break" })),
    // From `lastResponse`: what to quote to Dintero support, and whether retries were needed.
    el("dt", { text: "Request id" }),
    el("dd", {}, el("code", { id: "request-id", text: lastResponse?.requestId ?? "(none sent)" })),
    el("dt", { text: "Attempts" }),
    el("dd", { id: "attempts", text: lastResponse?.attempts != null ? String(lastResponse.attempts) : "(unknown)" }),
  );
  return el(
    "div",
    { class: "response ok" },
    el(
      "div",
      { class: "response-head" },
      el("span", { class: "status-icon ok", "aria-hidden": "true", text: "✓" }),
      el(
        "div",
        {},
        el("h3", { text: restored ? "Session created earlier" : "Session created" }),
        el("p", { text: "Open the checkout to register a card. Dintero then sends the customer back to the return URL with a transaction id." }),
      ),
    ),
    facts,
    el("a", { class: "button button-primary wide", id: "open-checkout", href: safeHref(created.url) }, "Open checkout ", el("span", { "aria-hidden": "true", text: "→" })),
    Array.isArray(created.publish) && created.publish.length ? collapsible("publish", created.publish, false) : null,
    created.session !== undefined ? collapsible("session", created.session, false, "session-json") : el("p", { class: "muted small", text: "The full session is not included (turn on include_session to get it)." }),
  );
}

function errorView(error, status) {
  const facts = el("dl", { class: "facts" });
  const add = (name, value) => {
    if (value === undefined || value === null || value === "") return;
    facts.append(el("dt", { text: name }), el("dd", {}, el("code", { text: typeof value === "string" ? value : JSON.stringify(value) })));
  };
  const nested = [];
  add("code", error.code);
  for (const [key, value] of Object.entries(error)) {
    if (["name", "code", "message", "issues"].includes(key)) continue;
    if (value && typeof value === "object") nested.push(collapsible(key, value, false));
    else add(key, value);
  }
  const issues = Array.isArray(error.issues) && error.issues.length
    ? el("ul", { class: "issue-list-plain" }, error.issues.map((issue) => issueItem(issue, null)))
    : null;
  return el(
    "div",
    { class: "response failed", id: "response-error" },
    el(
      "div",
      { class: "response-head" },
      el("span", { class: "status-icon failed", "aria-hidden": "true", text: "!" }),
      el("div", {}, el("h3", { class: "error-name", id: "error-name", text: error.name ?? "Error" }), el("p", { class: "error-message", id: "error-message" }, withInlineCode(error.message ?? ""))),
    ),
    facts,
    issues,
    nested,
    status ? el("p", { class: "muted small", text: `The demo server answered HTTP ${status}.` }) : null,
  );
}

function collapsible(title, value, open, id) {
  const pre = el("pre", { class: "code", html: highlightJson(value) });
  if (id) pre.id = id;
  return el("details", { class: "collapsible", open }, el("summary", {}, el("code", { text: title })), pre);
}

async function copyText(text, button) {
  const label = button.textContent;
  try {
    await navigator.clipboard.writeText(text);
    button.textContent = "Copied";
  } catch {
    button.textContent = "Copy failed";
  }
  setTimeout(() => (button.textContent = label), 1200);
}

// ---------------------------------------------------------------------------------------------
// The result page (/return)

/** Every string found under a key that names a token, as [key, value] pairs, depth first. */
export function findTokens(value, found = [], depth = 0) {
  if (depth > 8 || !value || typeof value !== "object") return found;
  for (const [key, child] of Object.entries(value)) {
    if (typeof child === "string" && /^(payment_?token|recurrence_?token)$/i.test(key)) {
      if (!found.some(([, seen]) => seen === child)) found.push([key, child]);
    } else findTokens(child, found, depth + 1);
  }
  return found;
}

async function showResult(config) {
  const params = new URLSearchParams(location.search);
  const transactionId = params.get("transaction_id");
  const error = params.get("error");
  const created = storageGet(CREATED_KEY);
  const main = $("#result");
  main.hidden = false;
  setStep(4, [1, 2, 3]);

  const back = el("a", { class: "button button-ghost", href: "/", id: "back" }, el("span", { "aria-hidden": "true", text: "← " }), "Back to the form");
  const facts = el("dl", { class: "facts" });
  const fact = (name, value, id) => {
    if (value) facts.append(el("dt", { text: name }), el("dd", {}, el("code", { text: value, id })));
  };
  fact("transaction_id", transactionId, "transaction-id");
  fact("merchant_reference", params.get("merchant_reference"));
  fact("Session id", created?.response?.body?.id);

  if (error || !transactionId) {
    setStep(3, [1, 2]);
    const title = error ? `Checkout ended: ${error}` : "No transaction to show";
    const text = error
      ? error === "cancelled"
        ? "The customer cancelled the card registration. No token was created; create a new session to try again."
        : `Dintero reported "${error}" on the return URL. No token was created.`
      : "This is the return URL: Dintero sends the customer here with ?transaction_id=… once the card is registered.";
    main.replaceChildren(
      el(
        "section",
        { class: "result-card", "data-state": "failed" },
        el("div", { class: "result-head" }, el("span", { class: "status-icon failed big", "aria-hidden": "true", text: "!" }), el("div", {}, el("h1", { text: title }), el("p", { text }))),
        facts,
        el("div", { class: "result-actions" }, back),
      ),
    );
    return;
  }

  // The callback the demo server verified (mock mode), shown before the token is read.
  const callbacks = callbackPanel(transactionId, el);
  await callbacks.ready;
  const tokenArea = el("div", { class: "token-area", id: "token-area", "aria-live": "polite" }, el("p", { class: "loading" }, el("span", { class: "spinner", "aria-hidden": "true" }), "Reading the token with ", el("code", { text: "getPaymentToken()" }), "…"));
  const details = el("div", { class: "result-details" });
  main.replaceChildren(
    el(
      "section",
      { class: "result-card", "data-state": "loading", id: "result-card" },
      el(
        "div",
        { class: "result-head" },
        el("span", { class: "status-icon ok big", "aria-hidden": "true", text: "✓" }),
        el(
          "div",
          {},
          el("h1", { text: "Card registered" }),
          el("p", {}, "Dintero sent the customer back with a transaction id. The demo server read the token with ", el("code", { text: "dintero.getPaymentToken(transactionId)" }), "."),
        ),
      ),
      facts,
      callbacks.panel,
      tokenArea,
      details,
      el("div", { class: "result-actions" }, back),
    ),
  );

  const result = await fetchJson(`/api/payment-token?transaction_id=${encodeURIComponent(transactionId)}`).catch((e) => ({
    ok: false,
    status: 0,
    body: { error: { name: "NetworkError", code: "demo_unreachable", message: e.message } },
  }));
  const card = $("#result-card");
  if (!result.ok) {
    card.dataset.state = "failed";
    tokenArea.replaceChildren(errorView(result.body.error ?? result.body, result.status));
    return;
  }
  card.dataset.state = "ok";
  const registered = result.body.result?.card;
  if (registered && typeof registered === "object") {
    fact("Card", [registered.brand, registered.masked_pan].filter(Boolean).join(" "), "card-summary");
    fact("Expires", registered.expiry_date);
  }
  fact("Payment product", result.body.result?.payment_product_type);
  const tokens = findTokens(result.body.result);
  tokenArea.replaceChildren(
    ...(tokens.length
      ? tokens.map(([key, value], index) => {
          const copy = el("button", { type: "button", class: "link-button", text: "Copy" });
          copy.addEventListener("click", () => copyText(value, copy));
          return el(
            "div",
            { class: "token-box" },
            el("div", { class: "token-label" }, el("code", { text: key }), copy),
            el("div", { class: "token-value", id: index === 0 ? "payment-token" : undefined, "data-token-kind": key, text: value }),
          );
        })
      : [el("p", { class: "muted", id: "payment-token-missing", text: "The transaction holds no token (see the full result below)." })]),
  );
  if (tokens.length) {
    cardSteps({
      el,
      area: tokenArea,
      transactionId,
      mode: config.mode,
      showJson: (title, json) => collapsible(title, json, true, "card-step-json"),
      showError: (error, status) => errorView(error, status),
    });
  }
  details.replaceChildren(
    collapsible("getPaymentToken() result", result.body.result, false, "token-json"),
    created?.response?.body ? collapsible("Session created in step 2", created.response.body, false) : null,
    created?.request ? collapsible("Request sent in step 2", created.request, false) : null,
  );
}

// ---------------------------------------------------------------------------------------------

async function main() {
  let config;
  try {
    const answer = await fetchJson("/api/config");
    if (!answer.ok) throw new Error(answer.body?.error?.message ?? `status ${answer.status}`);
    config = answer.body;
  } catch (error) {
    showLoadError(`The demo server did not answer /api/config: ${error.message}`);
    return;
  }
  showMode(config);

  if (location.pathname === "/return") {
    $("#reset").hidden = true;
    await showResult(config);
    return;
  }

  let dpt;
  try {
    dpt = await import("/pkg/dist/browser.mjs");
  } catch (error) {
    showLoadError(`The package's web build did not load from /pkg/dist/browser.mjs (run ./scripts/build.sh): ${error.message}`);
    return;
  }
  new Builder(dpt, config).start();
  document.documentElement.dataset.ready = "true";
}

main().finally(() => {
  document.body.dataset.loaded = "true";
});
