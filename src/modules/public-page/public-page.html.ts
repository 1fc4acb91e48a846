// The public page's HTML: the organization's published external policy and 公表事項, and the
// inquiry form; the page after sending (受付番号); and the short pages for what goes wrong. Plain
// HTML with a little inline CSS (no script, no app bundle), readable on a phone. Every value
// that comes from a person — the organization's data, the documents, what a visitor typed — is
// escaped (render-html.ts).
import { INQUIRY_CATEGORIES, INQUIRY_CATEGORY_LABELS } from "../../core/inquiries/categories.ts";
import { formatSeireki } from "../../core/wareki.ts";
import type { ShownDocument } from "./public-page.documents.ts";
import { PAGE_TEXT, type PageLang, type PageText } from "./public-page.text.ts";
import { contentHtml, escapeHtml as e } from "./render-html.ts";

const CSS = `*{box-sizing:border-box}
body{margin:0;font-family:system-ui,-apple-system,"Hiragino Sans","Noto Sans JP","Yu Gothic",sans-serif;line-height:1.8;color:#1f2933;background:#f7f8fa;-webkit-text-size-adjust:100%}
header,main{max-width:46rem;margin:0 auto;padding:1rem}
.org{margin:0;color:#52606d}
h1{font-size:1.5rem;line-height:1.4;margin:.25rem 0 .75rem}
nav a{display:inline-block;margin:0 1rem .25rem 0}
section{background:#fff;border:1px solid #e4e7eb;border-radius:8px;padding:.75rem 1.25rem 1.25rem;margin:0 0 1.25rem;overflow-wrap:anywhere}
h2{font-size:1.3rem;line-height:1.4}h3{font-size:1.1rem}h4{font-size:1rem}
.meta{color:#52606d;font-size:.9rem}
.c{text-align:center}.r{text-align:right}
.ph{background:#fff3bf;padding:0 .2em}
.tw{overflow-x:auto}table{border-collapse:collapse;width:100%}
th,td{border:1px solid #cbd2d9;padding:.4rem .5rem;vertical-align:top;text-align:left}
th{background:#f0f4f8;font-weight:600}td p,th p{margin:0}
label{display:block;font-weight:600;margin-top:1rem}
input[type=text],input[type=email],input[type=tel],select,textarea{width:100%;font:inherit;padding:.5rem;border:1px solid #9aa5b1;border-radius:6px;background:#fff}
textarea{min-height:10rem}
.req{color:#c92a2a;font-size:.8rem;margin-left:.4rem;font-weight:400}
.hint{color:#52606d;font-size:.85rem;margin:.2rem 0 0}
.err{color:#c92a2a;font-size:.9rem;margin:.2rem 0 0}
.alert{border:1px solid #c92a2a;background:#fff5f5;color:#c92a2a;padding:.5rem .75rem;border-radius:6px}
.check{display:flex;gap:.5rem;align-items:flex-start;font-weight:400}
.check input{margin-top:.5rem}
.hp{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
button{margin-top:1.25rem;font:inherit;font-weight:600;padding:.6rem 1.75rem;border:0;border-radius:6px;background:#1c7ed6;color:#fff}
.ref{font-size:1.5rem;font-weight:700;letter-spacing:.05em}`;

function frame(lang: PageLang, title: string, body: string): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title>
<style>${CSS}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/** What the form shows: its token, the values typed so far and the errors found in them. */
export type FormState = {
  token: string;
  values: Readonly<Record<string, string>>;
  errors: Readonly<Record<string, string>>;
  /** A message above the form (the token ran out, sent too fast, check the fields). */
  notice?: string;
};

const dayText = (iso: string | null) => (iso ? formatSeireki(iso) : null);

function documentSection(id: string, doc: ShownDocument, t: PageText, withRep: boolean): string {
  const meta = [
    doc.establishedOn ? `${t.established}：${e(dayText(doc.establishedOn) ?? "")}` : null,
    doc.effectiveOn ? `${t.effective}：${e(dayText(doc.effectiveOn) ?? "")}` : null,
    withRep && doc.values["org.representative"]
      ? `${t.representative}：${e(doc.values["org.representative"])}`
      : null,
  ].filter(Boolean);
  return `<section id="${id}">
${contentHtml(doc.content, doc.values)}
${meta.length ? `<p class="meta">${meta.join("　")}</p>` : ""}
</section>`;
}

const errorOf = (form: FormState, field: string) =>
  form.errors[field] ? `<p class="err" id="${field}-error">${e(form.errors[field])}</p>` : "";

const described = (form: FormState, field: string, hint?: string) => {
  const ids = [hint, form.errors[field] ? `${field}-error` : null].filter(Boolean).join(" ");
  const invalid = form.errors[field] ? ' aria-invalid="true"' : "";
  return `${ids ? ` aria-describedby="${ids}"` : ""}${invalid}`;
};

function inquiryForm(lang: PageLang, slug: string, form: FormState, t: PageText): string {
  const v = (name: string) => e(form.values[name] ?? "");
  const req = `<span class="req">${t.required}</span>`;
  const options = INQUIRY_CATEGORIES.map((c) => {
    const selected = form.values.category === c ? " selected" : "";
    return `<option value="${c}"${selected}>${e(INQUIRY_CATEGORY_LABELS[c][lang])}</option>`;
  }).join("");
  const consent = form.values.consent === "yes" ? " checked" : "";
  return `<section id="inquiry">
<h2>${t.inquiryTitle}</h2>
<p>${t.inquiryIntro}</p>
${form.notice ? `<p class="alert" role="alert">${e(form.notice)}</p>` : ""}
<form method="post" action="/p/${e(slug)}/inquiry#inquiry" accept-charset="utf-8">
<input type="hidden" name="token" value="${e(form.token)}">
<label for="category">${t.category}${req}</label>
<select id="category" name="category" required${described(form, "category")}>${options}</select>
${errorOf(form, "category")}
<label for="name">${t.name}${req}</label>
<input type="text" id="name" name="name" maxlength="100" autocomplete="name" required value="${v("name")}"${described(form, "name")}>
${errorOf(form, "name")}
<p class="hint" id="contact-hint">${t.contactHint}</p>
<label for="email">${t.email}</label>
<input type="email" id="email" name="email" maxlength="254" autocomplete="email" value="${v("email")}"${described(form, "email", "contact-hint")}>
${errorOf(form, "email")}
<label for="phone">${t.phone}</label>
<input type="tel" id="phone" name="phone" maxlength="30" autocomplete="tel" value="${v("phone")}"${described(form, "phone", "contact-hint")}>
${errorOf(form, "phone")}
<label for="message">${t.message}${req}</label>
<textarea id="message" name="message" maxlength="4000" required${described(form, "message", "message-hint")}>${v("message")}</textarea>
<p class="hint" id="message-hint">${t.messageHint}</p>
${errorOf(form, "message")}
<div class="hp" aria-hidden="true"><label for="website">${t.honeypot}</label><input type="text" id="website" name="website" tabindex="-1" autocomplete="off"></div>
<p class="hint">${t.consentNote}</p>
<label class="check"><input type="checkbox" name="consent" value="yes" required${consent}${described(form, "consent")}><span>${t.consent}</span></label>
${errorOf(form, "consent")}
<button type="submit">${t.submit}</button>
</form>
</section>`;
}

export type PageInput = {
  lang: PageLang;
  organization: string;
  slug: string;
  policy: ShownDocument | null;
  disclosure: ShownDocument | null;
  form: FormState;
};

/** The whole page: what is published, then the form. */
export function publicPageHtml(p: PageInput): string {
  const t = PAGE_TEXT[p.lang];
  const nav = [
    p.policy ? `<a href="#policy">${t.navPolicy}</a>` : "",
    p.disclosure ? `<a href="#disclosure">${t.navDisclosure}</a>` : "",
    `<a href="#inquiry">${t.navInquiry}</a>`,
  ].join("");
  const body = `<header>
<p class="org">${e(p.organization)}</p>
<h1>${t.pageTitle}</h1>
<nav>${nav}</nav>
</header>
<main>
${p.policy ? documentSection("policy", p.policy, t, true) : ""}
${p.disclosure ? documentSection("disclosure", p.disclosure, t, false) : ""}
${!p.policy && !p.disclosure ? `<section><p>${t.nothingPublished}</p></section>` : ""}
${inquiryForm(p.lang, p.slug, p.form, t)}
</main>`;
  return frame(p.lang, `${t.pageTitle}｜${p.organization}`, body);
}

/** After sending: the 受付番号. */
export function receivedHtml(lang: PageLang, organization: string, slug: string, ref: string) {
  const t = PAGE_TEXT[lang];
  const body = `<header><p class="org">${e(organization)}</p><h1>${t.receivedTitle}</h1></header>
<main><section>
<p>${t.receivedBody}</p>
<p class="ref" id="reference-no">${e(ref)}</p>
<p>${t.receivedNext}</p>
<p><a href="/p/${e(slug)}">${t.back}</a></p>
</section></main>`;
  return frame(lang, `${t.receivedTitle}｜${organization}`, body);
}

/** A short page for what went wrong (not found, refused, too many, too large). */
export function messageHtml(lang: PageLang, title: string, text: string, back?: string) {
  const t = PAGE_TEXT[lang];
  const link = back ? `<p><a href="${e(back)}">${t.back}</a></p>` : "";
  const body = `<header><h1>${e(title)}</h1></header>
<main><section><p>${e(text)}</p>${link}</section></main>`;
  return frame(lang, title, body);
}
