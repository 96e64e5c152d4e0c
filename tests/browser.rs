//! The HTML pages in a real browser: headless Chromium opens the pages
//! `csp-support` writes for the fixture book, runs their script, and the
//! test reads the DOM it dumps.
//!
//! - The grid has one row per customer once the script has run, and the
//!   filter (driven through the address's fragment, which the page reads
//!   at load, as a bookmarked view would be) hides exactly the rows it
//!   should.
//! - A hostile customer name (markup, control and bidi characters) is text:
//!   no element was injected, and the visible escapes are there.
//! - Nothing reached the console (an error, a CSP violation, a blocked
//!   load), and the page's own error reporter wrote nothing into the page.
//! - Screenshots for a person to look at: `target/browser/*.png`.
//!
//! Chromium is found as `$CSP_SUPPORT_CHROMIUM` or `chromium`,
//! `chromium-headless-shell`, `chromium-browser`, `google-chrome` on the
//! `PATH`. Without one the test says so and passes, unless
//! `CSP_SUPPORT_REQUIRE_BROWSER` is set (`.ci/run` sets it after installing
//! Debian's `chromium`).
#![cfg(feature = "cli")]

use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use csp_support::exports::{Exports, SourceFile};
use csp_support::readiness::{self, ExpiryNotice, PartnerProfile};
use csp_support::{Edition, Outcome, RuleId, Workload, samples};
use scraper::{Html, Selector};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const PROFILE: &str = "tests/fixtures/exports/profile.json";
const EXPORT: &str = "tests/fixtures/exports/partner";
const AT: &str = "2026-11-16T10:00:00Z";

/// The hostile display name: markup, an event handler, an ANSI escape, a
/// bidi override, NUL and BEL, quotes and an ampersand.
const HOSTILE: &str = "<img src=x onerror=alert(1)>\u{1b}[31m\u{202e}evil\u{0}\u{7}\"'&";
/// How the page shows it: every unsafe character as a visible escape.
const HOSTILE_SHOWN: &str = "<img src=x onerror=alert(1)>\\u{1b}[31m\\u{202e}evil\\u{0}\\u{7}\"'&";

fn browser() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("CSP_SUPPORT_CHROMIUM") {
        return Some(PathBuf::from(p));
    }
    let names = [
        "chromium",
        "chromium-headless-shell",
        "chromium-browser",
        "google-chrome",
        "google-chrome-stable",
    ];
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| names.iter().map(move |n| dir.join(n)))
        .find(|p| p.is_file())
}

/// Where the pages and screenshots go: `target/browser/`.
fn out_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .unwrap()
        .join("browser");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs the CLI from the repository root; its standard output.
fn cli(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_csp-support"))
        .args(args)
        .current_dir(ROOT)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

struct Chromium {
    exe: PathBuf,
    n: usize,
}

/// What one Chromium run left: its standard output and the console lines
/// of its log.
struct Run {
    stdout: String,
    console: Vec<String>,
}

impl Chromium {
    /// Runs headless Chromium on `url` with `extra` flags, in a new profile
    /// directory, with networking it does on its own turned off.
    fn run(&mut self, url: &str, extra: &[&str]) -> Run {
        self.n += 1;
        let profile = out_dir().join(format!("profile-{}-{}", std::process::id(), self.n));
        let _ = std::fs::remove_dir_all(&profile);
        let mut child = Command::new(&self.exe)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--enable-logging=stderr",
                "--v=0",
            ])
            .arg(format!("--user-data-dir={}", profile.display()))
            .args(extra)
            .arg(url)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdout = child.stdout.take().unwrap();
        let mut stderr = child.stderr.take().unwrap();
        let out = std::thread::spawn(move || {
            let mut s = String::new();
            stdout.read_to_string(&mut s).unwrap();
            s
        });
        let err = std::thread::spawn(move || {
            let mut s = String::new();
            stderr.read_to_string(&mut s).unwrap();
            s
        });
        let started = Instant::now();
        loop {
            if child.try_wait().unwrap().is_some() {
                break;
            }
            if started.elapsed() > Duration::from_secs(90) {
                let _ = child.kill();
                panic!("Chromium did not finish within 90 s on {url}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = std::fs::remove_dir_all(&profile);
        let console = err
            .join()
            .unwrap()
            .lines()
            .filter(|l| l.contains(":CONSOLE"))
            .map(str::to_owned)
            .collect();
        Run {
            stdout: out.join().unwrap(),
            console,
        }
    }

    /// The DOM after the page's scripts ran, checked for a clean run.
    fn dom(&mut self, file: &Path, fragment: &str) -> Html {
        let url = format!("file://{}{fragment}", file.display());
        let run = self.run(&url, &["--dump-dom"]);
        assert!(
            run.console.is_empty(),
            "{url}: the console is not empty:\n{}",
            run.console.join("\n")
        );
        assert!(run.stdout.contains("<html"), "{url}: no DOM dumped");
        Html::parse_document(&run.stdout)
    }

    fn screenshot(&mut self, file: &Path, png: &Path, extra: &[&str]) {
        let url = format!("file://{}", file.display());
        let shot = format!("--screenshot={}", png.display());
        let mut flags = vec![shot.as_str(), "--hide-scrollbars"];
        flags.extend_from_slice(extra);
        let run = self.run(&url, &flags);
        assert!(run.console.is_empty(), "{}", run.console.join("\n"));
        let len = std::fs::metadata(png).map(|m| m.len()).unwrap_or(0);
        assert!(len > 1000, "no screenshot at {}", png.display());
    }
}

fn sel(s: &str) -> Selector {
    Selector::parse(s).unwrap()
}

/// The page's script ran to its end and reported no error.
fn assert_script_ran(dom: &Html) {
    let root = dom.select(&sel("html")).next().unwrap();
    let errors: String = dom
        .select(&sel("#script-errors"))
        .flat_map(|e| e.text())
        .collect();
    assert_eq!(root.attr("data-script"), Some("ready"), "{errors}");
    assert!(errors.is_empty(), "{errors}");
    assert!(dom.select(&sel("#controls[hidden]")).next().is_none());
}

fn rows(dom: &Html) -> usize {
    dom.select(&sel("#grid > tbody > tr")).count()
}

fn shown_rows(dom: &Html) -> Vec<String> {
    dom.select(&sel("#grid > tbody > tr:not([hidden]) > th"))
        .map(|th| th.text().next().unwrap_or_default().to_owned())
        .collect()
}

fn shown_text(dom: &Html) -> String {
    dom.select(&sel("#shown")).flat_map(|e| e.text()).collect()
}

#[test]
fn pages_in_headless_chromium() {
    let Some(exe) = browser() else {
        let msg = "no Chromium found (set CSP_SUPPORT_CHROMIUM or install Debian's `chromium`; \
                   .ci/run installs it)";
        assert!(
            std::env::var_os("CSP_SUPPORT_REQUIRE_BROWSER").is_none(),
            "CSP_SUPPORT_REQUIRE_BROWSER is set but {msg}"
        );
        eprintln!("SKIPPED pages_in_headless_chromium: {msg}");
        return;
    };
    let mut chromium = Chromium { exe, n: 0 };
    let dir = out_dir();

    // The report the pages show, from the library, for the expectations.
    let read = |p: &str| std::fs::read_to_string(Path::new(ROOT).join(p)).unwrap();
    let profile = PartnerProfile::from_json(&read(PROFILE)).unwrap();
    let mut paths: Vec<PathBuf> = std::fs::read_dir(Path::new(ROOT).join(EXPORT))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    let files: Vec<(String, Vec<u8>)> = paths
        .iter()
        .map(|p| (p.display().to_string(), std::fs::read(p).unwrap()))
        .collect();
    let sources: Vec<SourceFile<'_>> = files
        .iter()
        .map(|(name, bytes)| SourceFile { name, bytes })
        .collect();
    let exports = Exports::read(&sources);
    let report = readiness::readiness(&profile, &exports, Edition::Gdap2025, AT.parse().unwrap());
    assert!(!report.is_partial());
    let customers = report.customers.len();
    assert_eq!(report.at, samples::filed_at());

    // The page exactly as the README's command writes it.
    let page = dir.join("readiness.html");
    let html = cli(&[
        "readiness",
        EXPORT,
        "--profile",
        PROFILE,
        "--at",
        AT,
        "--format",
        "html",
    ]);
    std::fs::write(&page, html).unwrap();

    // All rows, once the script has run.
    let dom = chromium.dom(&page, "");
    assert_script_ran(&dom);
    assert_eq!(rows(&dom), customers);
    assert_eq!(shown_rows(&dom).len(), customers);
    assert_eq!(
        shown_text(&dom),
        format!("Showing {customers} of {customers} customers")
    );

    // Outcome × workload: the customers whose Office 365 row is denied.
    let denied_o365 = report
        .customers
        .iter()
        .filter(|c| {
            c.rows
                .iter()
                .any(|r| r.workload == Workload::Office365 && r.outcome == Outcome::Denied)
        })
        .count();
    assert!(
        0 < denied_o365 && denied_o365 < customers,
        "the fixture must split"
    );
    let dom = chromium.dom(&page, "#outcome=denied&workload=office365");
    assert_script_ran(&dom);
    assert_eq!(rows(&dom), customers, "filtering hides rows, keeps them");
    assert_eq!(shown_rows(&dom).len(), denied_o365);
    assert_eq!(
        shown_text(&dom),
        format!("Showing {denied_o365} of {customers} customers")
    );
    let table = dom.select(&sel("#grid")).next().unwrap();
    assert_eq!(table.attr("data-workload"), Some("office365"));

    // Expiry bucket: relationships ending within 7 days (notices due).
    let within_7: Vec<&str> = report
        .customers
        .iter()
        .filter(|c| {
            c.expiring
                .iter()
                .any(|e| matches!(e.notice, ExpiryNotice::OneDay | ExpiryNotice::SevenDays))
        })
        .map(|c| c.display_name.unwrap())
        .collect();
    assert!(!within_7.is_empty());
    let dom = chromium.dom(&page, "#bucket=7&sort=expiry");
    assert_script_ran(&dom);
    let mut shown = shown_rows(&dom);
    // Sorted by the soonest end: the 1-day notice comes first.
    let soonest = report
        .customers
        .iter()
        .flat_map(|c| c.expiring.iter().map(move |e| (e.ends_at, c.display_name)))
        .min()
        .unwrap()
        .1
        .unwrap();
    assert_eq!(shown.first().map(String::as_str), Some(soonest));
    shown.sort();
    assert_eq!(shown, within_7);
    let th = dom
        .select(&sel("#grid th[data-sort=\"expiry\"]"))
        .next()
        .unwrap();
    assert_eq!(th.attr("aria-sort"), Some("ascending"));

    // Free text, matched against rule IDs too (entries link to their set).
    let with_rbac = report
        .customers
        .iter()
        .filter(|c| {
            c.rows
                .iter()
                .any(|r| r.rules.contains(RuleId::AzureGdapRbac))
        })
        .count();
    let dom = chromium.dom(&page, "#q=azure-gdap-rbac");
    assert_eq!(shown_rows(&dom).len(), with_rbac);
    let dom = chromium.dom(&page, "#q=Contoso%20Ltd");
    assert_eq!(shown_rows(&dom), ["Contoso Ltd"]);

    // A hostile customer name is text, nothing was injected.
    let page1: serde_json::Value =
        serde_json::from_str(&read(&format!("{EXPORT}/relationships-1.json"))).unwrap();
    let mut evil = page1["value"][0].clone();
    evil["id"] = "evil-rel-<script>alert(2)</script>".into();
    evil["customer"]["tenantId"] = "e0e0e0e0-0000-4000-8000-00000000e0e0".into();
    evil["customer"]["displayName"] = HOSTILE.into();
    let hostile_file = dir.join("hostile-relationship.json");
    std::fs::write(
        &hostile_file,
        serde_json::json!({ "value": [evil] }).to_string(),
    )
    .unwrap();
    let hostile_page = dir.join("readiness-hostile.html");
    let hostile_arg = hostile_file.display().to_string();
    let html = cli(&[
        "readiness",
        EXPORT,
        &hostile_arg,
        "--profile",
        PROFILE,
        "--at",
        AT,
        "--format",
        "html",
    ]);
    std::fs::write(&hostile_page, html).unwrap();
    let dom = chromium.dom(&hostile_page, "");
    assert_script_ran(&dom);
    assert_eq!(rows(&dom), customers + 1);
    assert_eq!(dom.select(&sel("img, iframe, object, embed")).count(), 0);
    assert_eq!(dom.select(&sel("[onerror], [onload]")).count(), 0);
    assert_eq!(dom.select(&sel("script")).count(), 2, "only the page's own");
    let names: Vec<String> = dom
        .select(&sel("#grid > tbody > tr > th"))
        .map(|th| th.text().next().unwrap_or_default().to_owned())
        .collect();
    assert!(names.iter().any(|n| n == HOSTILE_SHOWN), "{names:?}");
    let codes: Vec<String> = dom
        .select(&sel("#grid code"))
        .map(|c| c.text().collect())
        .collect();
    assert!(
        codes
            .iter()
            .any(|c| c == "evil-rel-<script>alert(2)</script>")
    );
    // The hostile page filters like any other.
    let dom = chromium.dom(&hostile_page, "#q=onerror");
    assert_eq!(shown_rows(&dom), [HOSTILE_SHOWN]);

    // The policy pages: no script, and the CSP admits their style.
    for (name, args) in [
        (
            "matrix",
            vec!["matrix", "--edition", "gdap-2025", "--format", "html"],
        ),
        (
            "diff",
            vec!["diff", "gdap-2023", "gdap-2025", "--format", "html"],
        ),
    ] {
        let file = dir.join(format!("{name}.html"));
        std::fs::write(&file, cli(&args)).unwrap();
        let dom = chromium.dom(&file, "");
        assert_eq!(dom.select(&sel("script")).count(), 0);
        assert!(
            dom.select(&sel("table > caption")).next().is_some(),
            "{name}"
        );
        chromium.screenshot(
            &file,
            &dir.join(format!("{name}.png")),
            &["--window-size=1280,1000"],
        );
    }

    // Screenshots for a person: the page, and the page at 200 % zoom.
    chromium.screenshot(
        &page,
        &dir.join("readiness.png"),
        &["--window-size=1400,1200"],
    );
    chromium.screenshot(
        &page,
        &dir.join("readiness-200-percent.png"),
        &["--window-size=640,1400", "--force-device-scale-factor=2"],
    );
    eprintln!(
        "pages and screenshots in {} (readiness.png, readiness-200-percent.png, matrix.png, diff.png)",
        dir.display()
    );
}
