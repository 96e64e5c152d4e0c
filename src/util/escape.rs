//! One escaping rule per output format, applied to every string that came
//! from input (customer names, tenant and relationship IDs, case names, file
//! names, echoed values).
//!
//! The rules, in one place so every output of this crate applies the same
//! ones — and public, so a service that writes these answers next to data
//! of its own (a ticket router's CSV, a portal's table) can apply them too:
//!
//! | format | function | what it guarantees |
//! |---|---|---|
//! | terminal text, one-line error messages | [`text`], [`echo`] | no control, bidi, line-separator, non-character or tag character reaches the reader raw: each is written as a visible `\u{…}` escape (`\n`, `\r`, `\t` as such), and a backslash as `\\`, so the escaped text reads back unambiguously and is one line; [`echo`] also bounds it to [`ECHO_LIMIT`] characters |
//! | markdown table cells | [`markdown_cell`] | [`text`], then `|`, `\`, `` ` ``, `*`, `_`, `[`, `]`, `~` backslash-escaped and `<`, `>`, `&` as HTML entities, so a cell can neither end early, format, link nor carry HTML |
//! | CSV fields (RFC 4180) | [`csv_field`] | [`text`], then a field that a spreadsheet would run as a formula (leading `=`, `+`, `-`, `@`, TAB, CR or their full-width forms) is prefixed with `'`; quoted and quotes doubled when needed |
//! | XML text and attributes (JUnit) | [`xml`] | [`text`] (which removes every character XML 1.0 forbids), then `&`, `<`, `>`, `"`, `'` as entities; echoed names are also bounded to [`ECHO_LIMIT`] characters, as [`echo`] |
//! | JSON (the crate's JSON output) | — | serde_json's escaping, plus `\uXXXX` for the characters [`text`] escapes (bidi, separators, …) so JSON printed to a terminal is safe; a JSON parser reads the original string back |
//! | HTML pages (feature `html`) | [`text`] in the page's view model, then the askama template's HTML escaping (the readiness grid, written without a template, applies the same two steps) | control and bidi characters visible as in terminal text; `&`, `<`, `>`, `"`, `'` as character references in text and attribute values; the page's content security policy runs only its own inline script |

// Every face that writes input (scenario, readiness, JSON) needs `serde`.
#![cfg_attr(not(feature = "serde"), allow(dead_code))]

use std::borrow::Cow;
use std::fmt::Write as _;

/// How many characters of an input value an error message echoes at most.
pub const ECHO_LIMIT: usize = 200;

/// How many characters of a composed message (an error's path or message)
/// are printed at most: the last bound for text the crate did not compose
/// itself, such as an error a caller builds from raw input. The crate's own
/// messages echo input through [`echo`] and stay far below it.
pub(crate) const MESSAGE_LIMIT: usize = 4_096;

/// Whether `c` must not reach a reader raw: controls (C0, DEL, C1), bidi
/// controls, line and paragraph separators, the byte-order mark, Unicode
/// non-characters and tag characters.
///
/// ```
/// use csp_support::escape::is_unsafe;
/// assert!(is_unsafe('\n') && is_unsafe('\u{1b}') && is_unsafe('\u{202e}'));
/// assert!(!is_unsafe('ü') && !is_unsafe('東'));
/// ```
#[must_use]
pub const fn is_unsafe(c: char) -> bool {
    let u = c as u32;
    matches!(u,
        0x00..=0x1F | 0x7F..=0x9F // C0, DEL, C1
        | 0x061C | 0x200E | 0x200F | 0x202A..=0x202E | 0x2066..=0x2069 // bidi
        | 0x2028 | 0x2029 // line, paragraph separators
        | 0xFEFF // byte-order mark, zero-width no-break space
        | 0xFDD0..=0xFDEF // non-characters
        | 0xE0000..=0xE007F // tag characters
    ) || (u & 0xFFFE) == 0xFFFE // U+xFFFE, U+xFFFF in every plane
}

fn push_escaped(out: &mut String, c: char) {
    match c {
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        '\\' => out.push_str("\\\\"),
        c => {
            let _ = write!(out, "\\u{{{:x}}}", c as u32);
        }
    }
}

/// `s` for a terminal or a one-line message: every unsafe character (see
/// [`is_unsafe`]) and the backslash written as a visible escape.
///
/// ```
/// use csp_support::escape::text;
/// assert_eq!(text("Contoso\n3 passed, 0 failed"), "Contoso\\n3 passed, 0 failed");
/// assert_eq!(text("\u{202e}txt.exe"), "\\u{202e}txt.exe");
/// ```
#[must_use]
pub fn text(s: &str) -> Cow<'_, str> {
    // Printable ASCII without a backslash (most input) needs no decoding.
    if s.bytes().all(|b| (0x20..0x7F).contains(&b) && b != b'\\') {
        return Cow::Borrowed(s);
    }
    if !s.chars().any(|c| c == '\\' || is_unsafe(c)) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len().saturating_add(8));
    for c in s.chars() {
        if c == '\\' || is_unsafe(c) {
            push_escaped(&mut out, c);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// `s` cut to its first [`ECHO_LIMIT`] characters, and how many bytes
/// were left out (0: none).
fn bounded(s: &str) -> (&str, usize) {
    let cut = s.char_indices().nth(ECHO_LIMIT).map(|(i, _)| i);
    match cut.and_then(|i| s.get(..i).map(|head| (head, i))) {
        Some((head, i)) => (head, s.len().saturating_sub(i)),
        None => (s, 0),
    }
}

/// `s` as an error message echoes it: [`text`], at most [`ECHO_LIMIT`]
/// characters of the input, and a note of how much was left out.
///
/// ```
/// use csp_support::escape::echo;
/// let long = "x".repeat(250);
/// assert!(echo(&long).ends_with("… (50 more bytes)"));
/// ```
#[must_use]
pub fn echo(s: &str) -> String {
    match bounded(s) {
        (head, 0) => text(head).into_owned(),
        (head, left) => format!("{}… ({left} more bytes)", text(head)),
    }
}

/// `s` as XML echoes it: [`xml`] of at most [`ECHO_LIMIT`] characters of
/// the input, and a note of how much was left out (as [`echo`]).
pub(crate) fn xml_echo(s: &str) -> String {
    match bounded(s) {
        (head, 0) => xml(head),
        (head, left) => format!("{}… ({left} more bytes)", xml(head)),
    }
}

/// A composed message (its echoed input already escaped by [`echo`]) made
/// safe to print whoever composed it: every unsafe character (see
/// [`is_unsafe`]) written as a visible escape, at most [`MESSAGE_LIMIT`]
/// characters. Backslashes are left alone, so the escapes [`echo`] wrote
/// stay as they are: on the crate's own messages it changes nothing.
pub(crate) fn message(s: &str) -> Cow<'_, str> {
    let cut = s.char_indices().nth(MESSAGE_LIMIT).map(|(i, _)| i);
    if cut.is_none() && !s.chars().any(is_unsafe) {
        return Cow::Borrowed(s);
    }
    let head = cut.and_then(|i| s.get(..i)).unwrap_or(s);
    let mut out = String::with_capacity(head.len().saturating_add(8));
    for c in head.chars() {
        if is_unsafe(c) {
            push_escaped(&mut out, c);
        } else {
            out.push(c);
        }
    }
    if head.len() < s.len() {
        let _ = write!(out, "… ({} more bytes)", s.len().saturating_sub(head.len()));
    }
    Cow::Owned(out)
}

/// `s` as a markdown table cell (see the module docs).
///
/// ```
/// use csp_support::escape::markdown_cell;
/// assert_eq!(markdown_cell("<b>A|B</b>"), "&lt;b&gt;A\\|B&lt;/b&gt;");
/// ```
#[must_use]
pub fn markdown_cell(s: &str) -> String {
    let t = text(s);
    let mut out = String::with_capacity(t.len());
    push_replacing_ascii(&mut out, &t, |b| match b {
        b'|' => Some("\\|"),
        b'\\' => Some("\\\\"),
        b'`' => Some("\\`"),
        b'*' => Some("\\*"),
        b'_' => Some("\\_"),
        b'[' => Some("\\["),
        b']' => Some("\\]"),
        b'~' => Some("\\~"),
        b'<' => Some("&lt;"),
        b'>' => Some("&gt;"),
        b'&' => Some("&amp;"),
        _ => None,
    });
    out
}

/// Pushes `s` onto `out` with each ASCII byte that `replace` names replaced
/// by its text, copying the runs between them whole (the replaced bytes are
/// ASCII, so every run lies on character boundaries).
pub(crate) fn push_replacing_ascii(
    out: &mut String,
    s: &str,
    replace: impl Fn(u8) -> Option<&'static str>,
) {
    let mut last = 0;
    for (i, b) in s.bytes().enumerate() {
        if !b.is_ascii() {
            continue;
        }
        let Some(replacement) = replace(b) else {
            continue;
        };
        out.push_str(s.get(last..i).unwrap_or_default());
        out.push_str(replacement);
        last = i.wrapping_add(1);
    }
    out.push_str(s.get(last..).unwrap_or_default());
}

/// Characters that make a spreadsheet read a cell as a formula when they
/// lead it.
const FORMULA_LEADS: [char; 10] = [
    '=', '+', '-', '@', '\t', '\r', '\u{FF1D}', '\u{FF0B}', '\u{FF0D}', '\u{FF20}',
];

/// `s` as one CSV field (RFC 4180; see the module docs).
///
/// ```
/// use csp_support::escape::csv_field;
/// assert_eq!(csv_field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
/// assert_eq!(csv_field("Contoso"), "Contoso");
/// ```
#[must_use]
pub fn csv_field(s: &str) -> String {
    // The formula guard looks at the raw value: an escaped TAB or CR starts
    // with a backslash, but a reader may still be surprised by it.
    let guarded = s.starts_with(FORMULA_LEADS);
    let t = text(s);
    let quote = guarded || t.contains([',', '"', '\'']) || t.starts_with(' ') || t.ends_with(' ');
    if !quote {
        return t.into_owned();
    }
    let mut out = String::with_capacity(t.len().saturating_add(4));
    out.push('"');
    if guarded {
        out.push('\'');
    }
    out.push_str(&t.replace('"', "\"\""));
    out.push('"');
    out
}

/// `s` as XML character data or an attribute value (see the module docs).
///
/// ```
/// use csp_support::escape::xml;
/// assert_eq!(xml("a<b\u{1}"), "a&lt;b\\u{1}");
/// ```
#[must_use]
pub fn xml(s: &str) -> String {
    entities(&text(s))
}

/// A composed message (an error's `Display`, a mismatch line: their echoed
/// input already escaped) as XML: [`message`], then the entities. Unlike
/// [`xml`] it leaves backslashes alone, so what [`echo`] wrote is not
/// escaped twice.
pub(crate) fn xml_message(s: &str) -> String {
    entities(&message(s))
}

/// `&`, `<`, `>`, `"`, `'` as XML entities; `t` holds no unsafe character.
fn entities(t: &str) -> String {
    let mut out = String::with_capacity(t.len());
    for c in t.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

/// A serde_json formatter that also writes the characters [`is_unsafe`]
/// names as `\uXXXX` (serde_json already escapes C0 controls).
#[cfg(feature = "serde")]
struct SafeFormatter<F>(F);

#[cfg(feature = "serde")]
impl<F: serde_json::ser::Formatter> serde_json::ser::Formatter for SafeFormatter<F> {
    fn write_string_fragment<W: ?Sized + std::io::Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> std::io::Result<()> {
        let mut start = 0;
        for (i, c) in fragment.char_indices() {
            if is_unsafe(c) {
                if let Some(clean) = fragment.get(start..i) {
                    writer.write_all(clean.as_bytes())?;
                }
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    write!(writer, "\\u{unit:04x}")?;
                }
                start = i.saturating_add(c.len_utf8());
            }
        }
        if let Some(rest) = fragment.get(start..) {
            writer.write_all(rest.as_bytes())?;
        }
        Ok(())
    }

    // Everything else as the wrapped formatter writes it.
    fn begin_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_array(w)
    }
    fn end_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_array(w)
    }
    fn begin_array_value<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.0.begin_array_value(w, first)
    }
    fn end_array_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_array_value(w)
    }
    fn begin_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_object(w)
    }
    fn end_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_object(w)
    }
    fn begin_object_key<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.0.begin_object_key(w, first)
    }
    fn begin_object_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_object_value(w)
    }
    fn end_object_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_object_value(w)
    }
}

#[cfg(feature = "serde")]
fn to_json_with<T: serde::Serialize + ?Sized, F: serde_json::ser::Formatter>(
    value: &T,
    formatter: F,
) -> String {
    let mut out = Vec::with_capacity(128);
    let mut ser = serde_json::Serializer::with_formatter(&mut out, SafeFormatter(formatter));
    // Serializing the crate's own types into a Vec cannot fail: they have
    // string keys and no fallible `Serialize` impls.
    if value.serialize(&mut ser).is_err() {
        return String::from("null");
    }
    // The formatter writes only ASCII escapes and whole UTF-8 fragments.
    String::from_utf8(out).unwrap_or_default()
}

/// `value` as compact JSON, terminal-safe (see the module docs).
#[cfg(feature = "serde")]
#[allow(dead_code)] // Wired into the faces in this round's follow-up commits.
pub(crate) fn to_json<T: serde::Serialize + ?Sized>(value: &T) -> String {
    to_json_with(value, serde_json::ser::CompactFormatter)
}

/// `value` as pretty JSON (two-space indent), terminal-safe.
#[cfg(feature = "serde")]
pub(crate) fn to_json_pretty<T: serde::Serialize + ?Sized>(value: &T) -> String {
    to_json_with(value, serde_json::ser::PrettyFormatter::new())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn csv_quotes_a_space_at_either_end() {
        // A spreadsheet trims unquoted edge spaces; one at either end is kept.
        assert_eq!(csv_field(" Contoso"), "\" Contoso\"");
        assert_eq!(csv_field("Contoso "), "\"Contoso \"");
        assert_eq!(csv_field("Con toso"), "Con toso");
    }

    #[cfg(feature = "serde")]
    #[test]
    fn safe_json_is_serde_json_where_nothing_needs_escaping() {
        // The safe formatter passes every structural call through: nested
        // arrays and objects print exactly as serde_json prints them,
        // compact and pretty.
        let v = serde_json::json!({
            "a": [1, [2, 3], {"b": [], "c": {}}],
            "d": {"e": ["f", {"g": null}], "h": true},
            "i": []
        });
        assert_eq!(to_json(&v), serde_json::to_string(&v).unwrap_or_default());
        assert_eq!(
            to_json_pretty(&v),
            serde_json::to_string_pretty(&v).unwrap_or_default()
        );
    }

    /// Reads [`text`]'s escapes back.
    fn unescape(t: &str) -> String {
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

    #[test]
    fn text_leaves_plain_text_alone_and_borrows() {
        assert!(matches!(
            text("Contoso GmbH — Zürich 東京"),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn text_escapes_what_would_forge_a_line_or_a_direction() {
        assert_eq!(text("a\nb"), "a\\nb");
        assert_eq!(text("3 passed\r\n"), "3 passed\\r\\n");
        assert_eq!(text("\u{1b}[31mred"), "\\u{1b}[31mred");
        assert_eq!(text("abc\u{202e}fed"), "abc\\u{202e}fed");
        assert_eq!(text("a\u{2028}b\u{85}c"), "a\\u{2028}b\\u{85}c");
        assert_eq!(
            text("\u{feff}x\u{fffe}\u{ffff}\u{1fffe}"),
            "\\u{feff}x\\u{fffe}\\u{ffff}\\u{1fffe}"
        );
        assert_eq!(text("\u{e0041}"), "\\u{e0041}");
        assert_eq!(text("C:\\x"), "C:\\\\x");
        assert_eq!(text("tab\there"), "tab\\there");
    }

    #[test]
    fn echo_bounds_what_it_repeats() {
        let long = "ab ".repeat(1000);
        let e = echo(&long);
        assert!(e.chars().count() < ECHO_LIMIT + 30, "{e}");
        assert!(e.ends_with("… (2800 more bytes)"), "{e}");
        assert_eq!(echo("short\n"), "short\\n");
        let exact = "x".repeat(ECHO_LIMIT);
        assert_eq!(echo(&exact), exact);
    }

    #[test]
    fn xml_echo_bounds_what_it_repeats() {
        let long = "<&".repeat(1000);
        let e = xml_echo(&long);
        assert_eq!(e, format!("{}… (1800 more bytes)", "&lt;&amp;".repeat(100)));
        assert_eq!(xml_echo("a\u{1}<"), "a\\u{1}&lt;");
        let exact = "x".repeat(ECHO_LIMIT);
        assert_eq!(xml_echo(&exact), exact);
        let over = "x".repeat(ECHO_LIMIT + 1);
        assert_eq!(xml_echo(&over), format!("{exact}… (1 more bytes)"));
    }

    #[test]
    fn message_escapes_what_is_unsafe_keeps_escapes_and_bounds() {
        assert!(matches!(message("a: unknown `x\\ny`"), Cow::Borrowed(_)));
        assert_eq!(message("a\nb\u{1b}"), "a\\nb\\u{1b}");
        // Idempotent on what echo wrote.
        let echoed = echo("x\n\u{202e}\\");
        assert_eq!(message(&echoed), echoed);
        let long = "z".repeat(MESSAGE_LIMIT + 10);
        let m = message(&long);
        assert!(m.ends_with("… (10 more bytes)"), "{m}");
        assert_eq!(m.chars().filter(|c| *c == 'z').count(), MESSAGE_LIMIT);
    }

    #[test]
    fn markdown_cells_cannot_end_early_format_or_carry_html() {
        assert_eq!(markdown_cell("a|b"), "a\\|b");
        assert_eq!(
            markdown_cell("<img src=x onerror=alert(1)>"),
            "&lt;img src=x onerror=alert(1)&gt;"
        );
        assert_eq!(
            markdown_cell("*bold* [l](u) `c`"),
            "\\*bold\\* \\[l\\](u) \\`c\\`"
        );
        assert_eq!(markdown_cell("x\ny"), "x\\\\ny");
    }

    #[test]
    fn csv_fields_guard_formulas_including_tab_and_cr() {
        assert_eq!(csv_field("=1+1"), "\"'=1+1\"");
        assert_eq!(csv_field("\t=1"), "\"'\\t=1\"");
        assert_eq!(csv_field("\r=1"), "\"'\\r=1\"");
        assert_eq!(csv_field("@SUM(A1)"), "\"'@SUM(A1)\"");
        assert_eq!(csv_field("\u{ff1d}1"), "\"'\u{ff1d}1\"");
        assert_eq!(csv_field("a,\"b\""), "\"a,\"\"b\"\"\"");
        assert_eq!(csv_field("plain"), "plain");
    }

    #[test]
    fn xml_is_well_formed_for_any_control_character() {
        assert_eq!(
            xml("a<b&\"'\u{1}\u{fffe}"),
            "a&lt;b&amp;&quot;&apos;\\u{1}\\u{fffe}"
        );
    }

    /// Splits a CSV line of quoted/unquoted fields (enough for one field).
    fn csv_read_one(f: &str) -> String {
        match f.strip_prefix('"').and_then(|x| x.strip_suffix('"')) {
            Some(inner) => inner.replace("\"\"", "\""),
            None => f.to_owned(),
        }
    }

    proptest! {
        #[test]
        fn text_is_one_safe_line_and_reads_back(s in any::<String>()) {
            let t = text(&s);
            prop_assert!(!t.chars().any(is_unsafe));
            prop_assert_eq!(unescape(&t), s);
        }

        #[test]
        fn markdown_cell_escapes_character_by_character(s in any::<String>()) {
            let mut expected = String::new();
            for c in text(&s).chars() {
                match c {
                    '|' | '\\' | '`' | '*' | '_' | '[' | ']' | '~' => {
                        expected.push('\\');
                        expected.push(c);
                    }
                    '<' => expected.push_str("&lt;"),
                    '>' => expected.push_str("&gt;"),
                    '&' => expected.push_str("&amp;"),
                    c => expected.push(c),
                }
            }
            prop_assert_eq!(markdown_cell(&s), expected);
        }

        #[test]
        fn markdown_cell_has_no_raw_pipe_or_html(s in any::<String>()) {
            let m = markdown_cell(&s);
            prop_assert!(!m.chars().any(is_unsafe));
            prop_assert!(!m.contains(['<', '>']));
            // every pipe is escaped: the cell cannot end early
            let unescaped_pipe = m.char_indices().any(|(i, c)| {
                c == '|' && m[..i].chars().rev().take_while(|p| *p == '\\').count() % 2 == 0
            });
            prop_assert!(!unescaped_pipe, "{}", m);
        }

        #[test]
        fn csv_field_reads_back_and_never_starts_a_formula(s in any::<String>()) {
            let f = csv_field(&s);
            prop_assert!(!f.chars().any(is_unsafe));
            let read = csv_read_one(&f);
            prop_assert!(!read.starts_with(FORMULA_LEADS), "{:?}", read);
            let back = read.strip_prefix('\'').filter(|_| s.starts_with(FORMULA_LEADS)).unwrap_or(&read);
            prop_assert_eq!(unescape(back), s);
        }

        #[test]
        fn xml_parses_back(s in any::<String>()) {
            let doc = format!("<r a=\"{0}\">{0}</r>", xml(&s));
            let parsed = roxmltree::Document::parse(&doc).map_err(|e| TestCaseError::fail(format!("{e}: {doc:?}")))?;
            let root = parsed.root_element();
            prop_assert_eq!(unescape(root.attribute("a").unwrap()), s.clone());
            prop_assert_eq!(unescape(root.text().unwrap_or("")), s);
        }

        #[test]
        #[cfg(feature = "serde")]
        fn json_reads_back_and_is_safe(s in any::<String>()) {
            let j = to_json(&s);
            prop_assert!(!j.chars().any(is_unsafe), "{:?}", j);
            let back: String = serde_json::from_str(&j).unwrap();
            prop_assert_eq!(back, s);
        }
    }
}
