//! The HTML pages without a browser: what they contain, that input is
//! escaped, that they load nothing, and their size at 10,000 customers.
//! (`tests/browser.rs` opens them in Chromium.)
#![cfg(all(feature = "html", feature = "serde"))]

use base64::Engine as _;
use csp_support::matrix::{Matrix, MatrixDiff};
use csp_support::readiness::{self, PartnerProfile, ReadinessReport};
use csp_support::{Edition, samples};
use proptest::strategy::Strategy as _;
use sha2::{Digest, Sha256};

#[path = "common/big_book.rs"]
mod big_book;
#[path = "common/exports.rs"]
mod exports;

fn fixture_page(files: &[(String, Vec<u8>)]) -> String {
    let profile = exports::profile();
    let read = exports::read(files);
    let report = readiness::readiness(&profile, &read, Edition::Gdap2025, samples::filed_at());
    readiness::render_html(&report, &["profile.json", "partner/"])
}

/// The fixture export with one more customer whose display name is hostile.
fn hostile_book(name: &str) -> Vec<(String, Vec<u8>)> {
    let mut files = exports::partner();
    let page: serde_json::Value =
        serde_json::from_slice(&exports::bytes("partner/relationships-1.json")).unwrap();
    let mut evil = page["value"][0].clone();
    evil["id"] = "evil-rel-<script>".into();
    evil["customer"]["tenantId"] = "e0e0e0e0-0000-4000-8000-00000000e0e0".into();
    evil["customer"]["displayName"] = name.into();
    files.push(exports::file(
        "evil<b>.json",
        &serde_json::json!({ "value": [evil] }),
    ));
    files
}

/// The contents of every `<tag>…</tag>` in `html`.
fn elements<'h>(html: &'h str, tag: &str) -> Vec<&'h str> {
    let (open, close) = (format!("<{tag}>"), format!("</{tag}>"));
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find(&open) {
        let body = &rest[i + open.len()..];
        let j = body.find(&close).unwrap();
        out.push(&body[..j]);
        rest = &body[j..];
    }
    out
}

/// The page's content security policy (its attribute value, unescaped).
fn csp(html: &str) -> String {
    let key = "http-equiv=\"Content-Security-Policy\" content=\"";
    let rest = &html[html.find(key).unwrap() + key.len()..];
    rest[..rest.find('"').unwrap()].replace("&#39;", "'")
}

fn sha256_source(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

fn all_pages() -> Vec<(&'static str, String)> {
    vec![
        ("matrix", Matrix::build(Edition::Gdap2025).to_html()),
        (
            "diff",
            MatrixDiff::editions(Edition::Gdap2023, Edition::Gdap2025).to_html(),
        ),
        ("readiness", fixture_page(&exports::partner())),
    ]
}

#[test]
fn every_inline_style_and_script_is_allowed_by_its_hash_and_nothing_else_is() {
    for (name, html) in all_pages() {
        let policy = csp(&html);
        let policy = policy.as_str();
        assert!(
            policy.starts_with("default-src 'none';"),
            "{name}: {policy}"
        );
        for style in elements(&html, "style") {
            let src = sha256_source(style);
            assert!(
                policy.contains(&format!("style-src {src}")),
                "{name}: the stylesheet's hash is {src}; update STYLE_SHA256 in src/html/mod.rs"
            );
        }
        let scripts = elements(&html, "script");
        for script in &scripts {
            let src = sha256_source(script);
            assert!(
                policy.contains(&src),
                "{name}: a script's hash is {src}; update its constant in src/html/mod.rs"
            );
        }
        if scripts.is_empty() {
            assert!(policy.contains("script-src 'none'"), "{name}: {policy}");
        }
        assert!(!policy.contains("unsafe"), "{name}: {policy}");
    }
}

#[test]
fn pages_are_self_contained() {
    for (name, html) in all_pages() {
        for needle in [
            "http://", "https://", "src=", "@import", "url(", "<link", "<img", "<iframe",
        ] {
            assert!(!html.contains(needle), "{name} contains {needle}");
        }
        // Links only within the page.
        for (i, _) in html.match_indices("href=") {
            assert!(
                html[i..].starts_with("href=\"#"),
                "{name}: {}",
                &html[i..i + 40]
            );
        }
        assert!(
            html.starts_with("<!DOCTYPE html>\n<html lang=\"en\""),
            "{name}"
        );
        assert!(html.contains("<meta charset=\"utf-8\">"), "{name}");
        assert!(html.contains("<caption") || name == "diff", "{name}");
    }
}

#[test]
fn a_hostile_customer_name_is_text() {
    let name = "<img src=x onerror=alert(1)>\u{1b}[31m\u{202e}evil\"'&";
    let html = fixture_page(&hostile_book(name));
    assert!(!html.contains("<img"));
    assert!(!html.contains("evil-rel-<script>"), "IDs are escaped too");
    assert!(!html.contains('\u{1b}') && !html.contains('\u{202e}'));
    assert!(
        html.contains(
            "&#60;img src=x onerror=alert(1)&#62;\\u{1b}[31m\\u{202e}evil&#34;&#39;&#38;"
        )
    );
    assert!(html.contains("evil-rel-&#60;script&#62;"));
}

#[test]
fn input_file_names_are_escaped_in_the_provenance() {
    let profile = exports::profile();
    let read = exports::read(&exports::partner());
    let report = readiness::readiness(&profile, &read, Edition::Gdap2025, samples::filed_at());
    let html = readiness::render_html(&report, &["<b>x</b>\n.json"]);
    assert!(html.contains("<dd>&#60;b&#62;x&#60;/b&#62;\\n.json</dd>"));
}

/// The body of the readiness grid.
fn grid(html: &str) -> &str {
    let table = html.split("<table id=\"grid\"").nth(1).unwrap();
    &table[table.find("<tbody>").unwrap()..table.find("</tbody>").unwrap()]
}

/// The grid: one body row per customer.
fn grid_rows(html: &str) -> usize {
    grid(html).matches("<tr").count()
}

#[test]
fn the_readiness_grid_has_a_row_per_customer_and_a_cell_per_workload() {
    let profile = exports::profile();
    let read = exports::read(&exports::partner());
    let report = readiness::readiness(&profile, &read, Edition::Gdap2025, samples::filed_at());
    let html = readiness::render_html(&report, &[]);
    assert_eq!(grid_rows(&html), report.customers.len());
    let entries: usize = report.customers.iter().map(|c| c.rows.len()).sum();
    assert_eq!(grid(&html).matches("<a href=\"#r").count(), entries);
    // Every entry's rule IDs are listed once, in the set its entry links to.
    let sets = html.split("<table id=\"rule-sets\"").nth(1).unwrap();
    for c in &report.customers {
        for r in &c.rows {
            let ids: Vec<_> = r.rules.iter().map(|id| id.as_str()).collect();
            let cell = format!("<td class=\"rules\">{}</td>", ids.join(" "));
            assert_eq!(sets.matches(&cell).count(), 1, "{cell}");
        }
    }
    assert!(html.contains("<dd>(not given)</dd>"));
}

/// The page for `report`, with the timeline and charts read back as text.
fn render(report: &ReadinessReport<'_>) -> String {
    readiness::render_html(report, &["partner/"])
}

#[test]
fn the_summary_counts_customers_and_expiry_buckets() {
    let profile = exports::profile();
    let read = exports::read(&exports::partner());
    let report = readiness::readiness(&profile, &read, Edition::Gdap2025, samples::filed_at());
    let html = render(&report);
    let can = report
        .customers
        .iter()
        .filter(|c| c.rows.iter().any(|r| r.outcome.is_allowed()))
        .count();
    let cannot = report.customers.len() - can;
    assert!(html.contains(&format!(
        "{can} of {} customers can file now for at least one workload, {cannot} cannot file for any, 0 could not be read.",
        report.customers.len()
    )));
    // Every relationship ending within 30 days is in its notice's bucket.
    for notice in [
        readiness::ExpiryNotice::OneDay,
        readiness::ExpiryNotice::SevenDays,
        readiness::ExpiryNotice::ThirtyDays,
    ] {
        let n = report
            .customers
            .iter()
            .flat_map(|c| &c.expiring)
            .filter(|e| e.notice == notice)
            .count();
        let label = match notice.days() {
            1 => "Ending ≤ 1 day".to_owned(),
            d => format!("Ending ≤ {d} days"),
        };
        assert!(html.contains(&format!("{label}: {n}.")), "{label}: {n}");
    }
}

#[test]
fn ten_thousand_customers_stay_under_10_mb() {
    let files = big_book::export_files(big_book::CUSTOMERS);
    let read = csp_support::exports::Exports::read(&big_book::sources(&files));
    let profile = big_book::profile(&files);
    let report = readiness::readiness(&profile, &read, Edition::Gdap2025, samples::filed_at());
    assert!(!report.is_partial(), "{:?}", report.warnings.first());
    let html = readiness::render_html(&report, &["profile.json", "export/"]);
    println!("10,000 customers: {} bytes of HTML", html.len());
    assert!(html.len() < 10_000_000, "{} bytes", html.len());
    assert_eq!(grid_rows(&html), big_book::CUSTOMERS);
}

#[test]
fn a_blank_customer_name_shows_as_no_name() {
    for blank in ["", " ", "\t\n"] {
        assert_eq!(parsed(blank).1, "(no name)", "{blank:?}");
    }
}

/// Reads `escape::text`'s visible escapes back (`\n`, `\r`, `\t`, `\\`,
/// `\u{…}`).
fn unescape_visible(t: &str) -> String {
    let mut out = String::new();
    let mut chars = t.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('t') => out.push('\t'),
            Some('\\') => out.push('\\'),
            Some('u') => {
                assert_eq!(chars.next(), Some('{'));
                let hex: String = chars.by_ref().take_while(|c| *c != '}').collect();
                out.push(char::from_u32(u32::from_str_radix(&hex, 16).unwrap()).unwrap());
            }
            other => panic!("bad escape {other:?}"),
        }
    }
    out
}

/// A one-customer export whose display name is `name`.
fn one_customer(name: &str) -> Vec<(String, Vec<u8>)> {
    let list = serde_json::json!({"value": [{
        "id": "rel-1", "status": "active", "duration": "P730D",
        "customer": {"tenantId": "t-1", "displayName": name},
        "accessDetails": {"unifiedRoles": [{"roleDefinitionId": "f023fd81-a637-4b56-95fd-791ac0226033"}]},
        "activatedDateTime": "2025-01-01T00:00:00Z", "endDateTime": "2027-01-01T00:00:00Z"
    }]});
    vec![exports::file("relationships.json", &list)]
}

/// The page's element structure (tag names in document order) and the
/// customer's name as an HTML parser reads it.
fn parsed(name: &str) -> (Vec<String>, String) {
    let profile = PartnerProfile::from_json(r#"{"type": "direct_bill_partner"}"#).unwrap();
    let read = exports::read(&one_customer(name));
    let report = readiness::readiness(&profile, &read, Edition::Gdap2025, samples::filed_at());
    let html = readiness::render_html(&report, &[]);
    let dom = scraper::Html::parse_document(&html);
    let tags = dom
        .root_element()
        .descendent_elements()
        .map(|e| e.value().name().to_owned())
        .collect();
    let th = scraper::Selector::parse("#grid > tbody > tr > th").unwrap();
    let shown = dom
        .select(&th)
        .next()
        .unwrap()
        .text()
        .next()
        .unwrap_or_default()
        .to_owned();
    (tags, shown)
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]

    /// Whatever the name, an HTML parser finds the same elements as for a
    /// plain one, and the name as text: no unsafe character raw, and the
    /// visible escapes read back to the name.
    #[test]
    fn any_customer_name_is_text_to_an_html_parser(
        name in proptest::prop_oneof![
            proptest::prelude::any::<String>(),
            "[<>&\"'=/a-z \\\\\u{0}\u{1b}\u{202e}]{1,40}",
        ].prop_filter("a name, not blank", |n| !n.trim().is_empty())
    ) {
        let (plain_tags, _) = parsed("Contoso");
        let (tags, shown) = parsed(&name);
        proptest::prop_assert_eq!(tags, plain_tags);
        let raw = shown.chars().any(|c| c.is_control() || ('\u{202a}'..='\u{202e}').contains(&c));
        proptest::prop_assert!(!raw, "{:?}", shown);
        proptest::prop_assert_eq!(unescape_visible(&shown), name);
    }
}

#[test]
fn partial_input_warnings_are_in_the_banner_escaped() {
    let mut files = exports::folder("paged-missing");
    files.push(exports::file(
        "<b>odd</b>.json",
        &serde_json::json!({"hello": 1}),
    ));
    let profile = exports::profile();
    let read = exports::read(&files);
    let report = readiness::readiness(&profile, &read, Edition::Gdap2025, samples::filed_at());
    assert!(report.is_partial());
    let html = readiness::render_html(&report, &[]);
    assert!(html.contains("Partial input: this report is incomplete"));
    assert!(html.contains("paged-missing/relationships-1.json: @odata.nextLink"));
    assert!(html.contains("&#60;b&#62;odd&#60;/b&#62;.json: ."));
    assert!(!html.contains("<b>odd"));
}
