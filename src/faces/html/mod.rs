//! The HTML face: self-contained pages (feature `html`).
//!
//! Every page is one file that works from disk and as an e-mail attachment:
//! the CSS and the scripts are inline, there is no external asset and no
//! network access, and a `Content-Security-Policy` that names the inline
//! style and scripts by their SHA-256 forbids everything else (so markup
//! that slipped through escaping could neither run nor load anything).
//!
//! Pages are rendered by askama templates (`templates/`), which HTML-escape
//! every value. Strings from input (customer names, IDs, file names) are
//! first made visible with [`crate::util::escape::text`], so control and bidi
//! characters show as `\u{…}` escapes instead of reordering or hiding text.
//!
//! The templates read view models built here, never the report types
//! directly: one struct per page, filled in one function.
//!
//! Accessibility: real `<table>` markup with a `<caption>` and `<th scope>`;
//! an outcome is a colour *and* an icon *and* a word; charts are inline SVG
//! with a title, a description and their numbers as text; layout in `rem`
//! and percentages, so pages reflow at 200 % zoom (wide tables scroll in
//! their own focusable region); and every table is complete with the
//! script disabled (the script only sorts and filters).

use std::borrow::Cow;

use crate::util::escape;
use crate::{Outcome, RuleSet};

mod matrix;
#[cfg(feature = "serde")]
pub(crate) mod readiness;

/// The stylesheet every page inlines (`templates/page.css`); its hash is in
/// [`STYLE_SHA256`].
#[cfg(test)]
pub(crate) const PAGE_CSS: &str = include_str!("../../../templates/page.css");

/// CSP source of the inline `<style>` (`templates/page.css`). A unit test
/// recomputes it; the browser test fails on a CSP violation.
pub(crate) const STYLE_SHA256: &str = "'sha256-NIu3Ct+T46EZkIxBd0ZkHVY4H6QSYBttVQktuGD9o/U='";

/// CSP source of the inline error reporter (`templates/errors.js`).
#[cfg(feature = "serde")]
pub(crate) const ERRORS_JS_SHA256: &str = "'sha256-utvG3GjRNWKImoWwTJv9pUPAFM+WMqnrMErWHm2Vjyg='";

/// CSP source of the readiness page's script (`templates/readiness.js`).
#[cfg(feature = "serde")]
pub(crate) const READINESS_JS_SHA256: &str =
    "'sha256-gLW4vk0Q/CHrE45yIEqgD6uE6MVd5GZfHhMW518qvts='";

/// What every page shows in its head: the title, a lead sentence, and the
/// provenance facts, plus the page's content security policy.
pub(crate) struct PageMeta<'a> {
    /// The `<title>` and `<h1>`.
    pub title: String,
    /// One sentence under the heading: what the page shows.
    pub lead: String,
    /// Provenance: label and value pairs (crate version, edition, …).
    pub facts: Vec<Fact<'a>>,
    /// The `Content-Security-Policy` of the page.
    pub csp: String,
}

/// One provenance fact: a label and one or more values.
pub(crate) struct Fact<'a> {
    /// The label (our own text).
    pub label: &'static str,
    /// The values (escaped for display where they came from input).
    pub values: Vec<Cow<'a, str>>,
}

impl<'a> PageMeta<'a> {
    /// A page with the given scripts' CSP sources (none: scripts forbidden).
    pub(crate) fn new(title: String, lead: String, scripts: &[&str]) -> Self {
        let script_src = if scripts.is_empty() {
            "'none'".to_owned()
        } else {
            scripts.join(" ")
        };
        PageMeta {
            title,
            lead,
            facts: vec![Fact {
                label: "Made by",
                values: vec![Cow::Borrowed(concat!(
                    "csp-support ",
                    env!("CARGO_PKG_VERSION")
                ))],
            }],
            csp: format!(
                "default-src 'none'; style-src {STYLE_SHA256}; script-src {script_src}; \
                 base-uri 'none'; form-action 'none'"
            ),
        }
    }

    /// Adds a provenance fact with one value.
    pub(crate) fn fact(mut self, label: &'static str, value: impl Into<Cow<'a, str>>) -> Self {
        self.facts.push(Fact {
            label,
            values: vec![value.into()],
        });
        self
    }
}

/// A string from input, made visible for display (see the module docs).
/// Only the readiness page shows input; the policy pages have none.
#[cfg(feature = "serde")]
pub(crate) fn input(s: &str) -> Cow<'_, str> {
    escape::text(s)
}

/// Pushes `s` onto `out` with `&`, `<`, `>`, `"` and `'` as character
/// references, exactly as the templates' escaping writes them (`&#38;`,
/// `&#60;`, …): for parts of a page written without a template.
#[cfg(feature = "serde")]
pub(crate) fn push_html(out: &mut String, s: &str) {
    escape::push_replacing_ascii(out, s, |b| match b {
        b'"' => Some("&#34;"),
        b'&' => Some("&#38;"),
        b'\'' => Some("&#39;"),
        b'<' => Some("&#60;"),
        b'>' => Some("&#62;"),
        _ => None,
    });
}

/// Pushes a string from input onto `out` as the templates show it:
/// [`input`], then [`push_html`].
#[cfg(feature = "serde")]
pub(crate) fn push_input(out: &mut String, s: &str) {
    // Printable ASCII with nothing to escape (most input) goes as it is.
    if s.bytes().all(|b| {
        (0x20..0x7F).contains(&b) && !matches!(b, b'\\' | b'"' | b'&' | b'\'' | b'<' | b'>')
    }) {
        out.push_str(s);
    } else {
        push_html(out, &input(s));
    }
}

/// How an outcome looks: its CSS class (also its key in filters), an icon,
/// and its word. The word and the icon carry the meaning; the colour only
/// repeats it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct OutcomeLook {
    /// CSS class and filter key: `allowed`, `denied`, `not_covered`,
    /// `redirected`.
    pub key: &'static str,
    /// A symbol beside the word.
    pub icon: &'static str,
    /// The word (English).
    pub word: &'static str,
}

pub(crate) const fn outcome_look(o: Outcome) -> OutcomeLook {
    match o {
        Outcome::Allowed => OutcomeLook {
            key: "allowed",
            icon: "\u{2714}",
            word: "Allowed",
        },
        Outcome::Denied => OutcomeLook {
            key: "denied",
            icon: "\u{2716}",
            word: "Denied",
        },
        Outcome::NotCovered => OutcomeLook {
            key: "not_covered",
            icon: "\u{2205}",
            word: "Not covered",
        },
        Outcome::Redirected => OutcomeLook {
            key: "redirected",
            icon: "\u{21aa}",
            word: "Redirected",
        },
    }
}

/// Rule IDs separated by spaces, as RULES.md spells them.
pub(crate) fn rule_ids(rules: RuleSet) -> String {
    let mut out = String::new();
    for id in rules.iter() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(id.as_str());
    }
    out
}

/// A rendering error of askama as a page that says so (askama only fails
/// when a value's `Display` fails, which none of ours does).
pub(crate) fn or_error_page(result: askama::Result<String>) -> String {
    result.unwrap_or_else(|e| {
        format!(
            "<!DOCTYPE html>\n<html lang=\"en\"><meta charset=\"utf-8\"><title>Error</title>\
             <p>csp-support could not render this page: {}</p></html>\n",
            escape::xml(&e.to_string())
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_outcome_has_an_icon_and_a_word_not_only_a_colour() {
        let mut keys = Vec::new();
        for &o in Outcome::ALL {
            let look = outcome_look(o);
            assert!(!look.icon.is_empty() && !look.word.is_empty());
            assert_eq!(
                look.key,
                o.to_string(),
                "the key is the outcome's stable name"
            );
            keys.push(look.icon);
        }
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), Outcome::ALL.len(), "icons tell outcomes apart");
    }

    #[test]
    fn the_stylesheet_styles_every_outcome() {
        for &o in Outcome::ALL {
            assert!(
                PAGE_CSS.contains(&format!(".{}", outcome_look(o).key)),
                "{o}"
            );
        }
    }

    #[cfg(feature = "serde")]
    proptest::proptest! {
        #[test]
        fn push_input_escapes_as_the_templates_do(s in proptest::prelude::any::<String>()) {
            let mut out = "x".to_owned();
            push_input(&mut out, &s);
            let expected = askama::filters::escape(&*input(&s), askama::filters::Html)
                .map(|e| e.to_string())
                .unwrap();
            proptest::prop_assert_eq!(out, format!("x{expected}"));
        }
    }

    #[cfg(feature = "serde")]
    #[test]
    fn push_html_writes_character_references() {
        let mut out = String::new();
        push_html(&mut out, "a<b>&\"c'\u{e9}");
        assert_eq!(out, "a&#60;b&#62;&#38;&#34;c&#39;\u{e9}");
    }

    #[cfg(feature = "serde")]
    #[test]
    fn input_is_made_visible() {
        assert_eq!(input("a\u{202e}b"), "a\\u{202e}b");
        assert_eq!(input("plain"), "plain");
    }
}
