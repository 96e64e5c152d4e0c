//! `csp-support`: the CSP support rules on the command line.
//!
//! Policy tests in CI (`check`), one request at a time (`assess`), and the
//! policy as tables a reviewer reads without Rust (`rules`, `matrix`,
//! `diff`). Errors go to stderr; exit status 0 on success, 1 when a scenario
//! case failed, 2 on bad input (a malformed file, an unknown edition).

use std::io::{Read as _, Write as _};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use csp_support::i18n::Lang;
use csp_support::matrix::{Matrix, MatrixDiff};
use csp_support::scenario::{ScenarioReport, run_scenarios};
use csp_support::{AssessInput, Edition, Error, LanguageTag, Rule, catalogue};

/// Microsoft CSP support eligibility rules: assess requests, run policy
/// tests, and print the rules as tables.
#[derive(Debug, Parser)]
#[command(name = "csp-support", version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Assess one request: its JSON in, its assessment out.
    ///
    /// The input is a request, or `{ "request": { ... } }`. A malformed
    /// request is an error naming the field path (exit status 2).
    Assess {
        /// The request file; `-` or nothing reads standard input.
        file: Option<PathBuf>,
        /// The output: the assessment as JSON, or a readable explanation.
        #[arg(long, value_enum, default_value_t = AssessFormat::Json)]
        format: AssessFormat,
        /// The language of the text explanation, a BCP 47 tag: en, de, nl,
        /// ru, it or ja (others fall back to English).
        #[arg(long, value_parser = parse_lang)]
        lang: Option<LanguageTag>,
    },
    /// Run scenario files: one line per failure, then `N passed, M failed`.
    ///
    /// Exit status 1 when a case failed, 2 when a file could not be read or
    /// does not fit the scenario form.
    Check {
        /// The scenario files.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// `text` (failure lines and the closing count) or `junit` (JUnit
        /// XML on standard output, the closing count on standard error).
        #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
        format: CheckFormat,
    },
    /// The rule catalogue: IDs, editions, bases, summaries and citations.
    Rules {
        /// Only the rules of this edition (dap, gdap-2023, gdap-2025).
        #[arg(long, value_parser = parse_edition)]
        edition: Option<Edition>,
        /// Text or JSON.
        #[arg(long, value_enum, default_value_t = RulesFormat::Text)]
        format: RulesFormat,
    },
    /// Who may file what: the outcome of every partner type x workload x
    /// tenant x channel, other facts at their most permissive valid values.
    Matrix {
        /// The edition (dap, gdap-2023, gdap-2025).
        #[arg(long, value_parser = parse_edition)]
        edition: Edition,
        /// Markdown (one row per cell), grid (Markdown, one column per
        /// workload), CSV, JSON, or HTML (one self-contained page: the grid
        /// with colours and rule IDs).
        #[arg(long, value_enum, default_value_t = MatrixFormat::Markdown)]
        format: MatrixFormat,
    },
    /// The cells of the matrix whose outcome differs between two editions,
    /// with the rule IDs on each side.
    Diff {
        /// The first edition.
        #[arg(value_parser = parse_edition)]
        from: Edition,
        /// The second edition.
        #[arg(value_parser = parse_edition)]
        to: Edition,
        /// Markdown, CSV, JSON, or HTML (one self-contained page, the changed
        /// cells highlighted).
        #[arg(long, value_enum, default_value_t = TableFormat::Markdown)]
        format: TableFormat,
    },
    /// For which customers can my people file what, right now, and until
    /// when: a readiness table from a Graph export of GDAP relationships and
    /// access assignments (and optional Azure RBAC per subscription).
    Readiness {
        /// The partner profile: type, the user's Partner Center roles and
        /// security groups (JSON).
        #[arg(long)]
        profile: PathBuf,
        /// The customer book: Graph relationships, access assignments and
        /// optional role assignments per subscription (JSON).
        #[arg(long)]
        book: PathBuf,
        /// The edition (dap, gdap-2023, gdap-2025).
        #[arg(long, value_parser = parse_edition, default_value = "gdap-2025")]
        edition: Edition,
        /// The instant to decide at, RFC 3339 (default: now).
        #[arg(long)]
        at: Option<chrono::DateTime<chrono::Utc>>,
        /// Markdown, CSV, JSON, or HTML (one self-contained page: summary
        /// charts, expiry timeline, a sortable and filterable grid).
        #[arg(long, value_enum, default_value_t = TableFormat::Markdown)]
        format: TableFormat,
    },
    /// Print a JSON Schema, for editors that validate files as people type.
    Schema {
        /// Which form.
        #[arg(value_enum)]
        form: SchemaForm,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum SchemaForm {
    /// A request.
    Request,
    /// The input of `assess`: a request, bare or as `{ "request": ... }`.
    AssessInput,
    /// An assessment, as `assess` prints it.
    Assessment,
    /// A scenario file, as `check` reads it.
    Scenario,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum AssessFormat {
    Json,
    Text,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum CheckFormat {
    Text,
    Junit,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum RulesFormat {
    Text,
    Json,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum MatrixFormat {
    Markdown,
    Grid,
    Csv,
    Json,
    Html,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum TableFormat {
    Markdown,
    Csv,
    Json,
    Html,
}

fn parse_lang(s: &str) -> Result<LanguageTag, String> {
    s.parse().map_err(|e: Error| e.to_string())
}

fn parse_edition(s: &str) -> Result<Edition, String> {
    s.parse()
        .map_err(|_| format!("unknown edition {s:?}; accepted: dap, gdap-2023, gdap-2025"))
}

/// Exit statuses.
const FAILED: u8 = 1;
const BAD_INPUT: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Assess { file, format, lang } => cmd_assess(file.as_deref(), format, lang),
        Command::Check { files, format } => cmd_check(&files, format),
        Command::Rules { edition, format } => cmd_rules(edition, format),
        Command::Matrix { edition, format } => cmd_matrix(edition, format),
        Command::Diff { from, to, format } => cmd_diff(from, to, format),
        Command::Readiness {
            profile,
            book,
            edition,
            at,
            format,
        } => cmd_readiness(&profile, &book, edition, at, format),
        Command::Schema { form } => {
            out(&match form {
                SchemaForm::Request => csp_support::json::request_schema(),
                SchemaForm::AssessInput => csp_support::json::assess_input_schema(),
                SchemaForm::Assessment => csp_support::json::assessment_schema(),
                SchemaForm::Scenario => csp_support::json::scenario_schema(),
            });
            Ok(0)
        }
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(msg) => {
            eprintln!("csp-support: {msg}");
            ExitCode::from(BAD_INPUT)
        }
    }
}

/// Writes to standard output; a closed pipe (`| head`) is not an error.
fn out(text: &str) {
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(text.as_bytes());
    if !text.ends_with('\n') {
        let _ = stdout.write_all(b"\n");
    }
}

fn read_input(file: Option<&Path>) -> Result<(String, String), String> {
    match file {
        None => read_stdin(),
        Some(p) if p == Path::new("-") => read_stdin(),
        Some(p) => std::fs::read_to_string(p)
            .map(|s| (p.display().to_string(), s))
            .map_err(|e| format!("cannot read {}: {e}", p.display())),
    }
}

fn read_stdin() -> Result<(String, String), String> {
    let mut s = String::new();
    std::io::stdin()
        .read_to_string(&mut s)
        .map_err(|e| format!("cannot read standard input: {e}"))?;
    Ok(("<stdin>".to_owned(), s))
}

fn cmd_assess(
    file: Option<&Path>,
    format: AssessFormat,
    lang: Option<LanguageTag>,
) -> Result<u8, String> {
    let (name, json) = read_input(file)?;
    let input = AssessInput::from_json(&json).map_err(|e| format!("{name}: {e}"))?;
    let a = input.assess().map_err(|e| format!("{name}: {e}"))?;
    match format {
        AssessFormat::Json => out(&a.to_json()),
        AssessFormat::Text => match lang {
            Some(tag) => out(&a.explain(Lang::from(&tag)).to_string()),
            None => out(&a.to_string()),
        },
    }
    Ok(0)
}

fn cmd_readiness(
    profile: &Path,
    book: &Path,
    edition: Edition,
    at: Option<chrono::DateTime<chrono::Utc>>,
    format: TableFormat,
) -> Result<u8, String> {
    use csp_support::readiness::{self, CustomerBook, PartnerProfile};
    let (pname, pjson) = read_input(Some(profile))?;
    let (bname, bjson) = read_input(Some(book))?;
    let profile = PartnerProfile::from_json(&pjson).map_err(|e| format!("{pname}: {e}"))?;
    let book = CustomerBook::from_json(&bjson).map_err(|e| format!("{bname}: {e}"))?;
    let at = at.unwrap_or_else(chrono::Utc::now);
    let report = readiness::readiness(&profile, &book, edition, at).map_err(|e| e.to_string())?;
    let format = match format {
        TableFormat::Markdown => readiness::Format::Markdown,
        TableFormat::Csv => readiness::Format::Csv,
        TableFormat::Json => readiness::Format::Json,
        TableFormat::Html => {
            out(&readiness::render_html(&report, &[&pname, &bname]));
            return Ok(0);
        }
    };
    out(&readiness::render(&report, format));
    Ok(0)
}

/// The outcome of one scenario file.
struct FileRun {
    name: String,
    result: Result<ScenarioReport, Error>,
}

fn cmd_check(files: &[PathBuf], format: CheckFormat) -> Result<u8, String> {
    let runs: Vec<FileRun> = files
        .iter()
        .map(|p| FileRun {
            name: p.display().to_string(),
            result: std::fs::read_to_string(p)
                .map_err(|e| Error::Io {
                    path: p.display().to_string(),
                    message: e.to_string(),
                })
                .and_then(|json| run_scenarios(&json)),
        })
        .collect();
    let mut total = ScenarioReport::default();
    let mut bad_files = 0usize;
    for run in &runs {
        match &run.result {
            Ok(report) => total.extend(report.clone()),
            Err(e) => {
                bad_files += 1;
                match e {
                    Error::Io { .. } => eprintln!("csp-support: {e}"),
                    _ => eprintln!("csp-support: {}: {e}", run.name),
                }
            }
        }
    }
    let summary = format!("{} passed, {} failed", total.passed(), total.failed());
    match format {
        CheckFormat::Text => {
            let mut text = String::new();
            for run in &runs {
                if let Ok(report) = &run.result {
                    for line in report.mismatches() {
                        text.push_str(&format!("{}: {line}\n", run.name));
                    }
                }
            }
            text.push_str(&summary);
            out(&text);
        }
        CheckFormat::Junit => {
            out(&junit(&runs));
            eprintln!("{summary}");
        }
    }
    Ok(if bad_files > 0 {
        BAD_INPUT
    } else if total.failed() > 0 {
        FAILED
    } else {
        0
    })
}

/// JUnit XML: one `testsuite` per file, one `testcase` per case; a file
/// that cannot be run is one `testcase` with an `error`.
fn junit(runs: &[FileRun]) -> String {
    let mut tests = 0;
    let mut failures = 0;
    let mut errors = 0;
    let mut suites = String::new();
    for run in runs {
        let file = xml(&run.name);
        match &run.result {
            Ok(report) => {
                tests += report.cases.len();
                failures += report.failed();
                suites.push_str(&format!(
                    "  <testsuite name=\"{file}\" tests=\"{}\" failures=\"{}\" errors=\"0\">\n",
                    report.cases.len(),
                    report.failed()
                ));
                for case in &report.cases {
                    let name = xml(&case.name);
                    if case.passed() {
                        suites.push_str(&format!(
                            "    <testcase name=\"{name}\" classname=\"{file}\"/>\n"
                        ));
                    } else {
                        let first = case.mismatches.first().map_or("", String::as_str);
                        suites.push_str(&format!(
                            "    <testcase name=\"{name}\" classname=\"{file}\">\n      <failure message=\"{}\">{}</failure>\n    </testcase>\n",
                            xml(first),
                            xml(&case.mismatches.join("\n"))
                        ));
                    }
                }
            }
            Err(e) => {
                tests += 1;
                errors += 1;
                suites.push_str(&format!(
                    "  <testsuite name=\"{file}\" tests=\"1\" failures=\"0\" errors=\"1\">\n    <testcase name=\"(file)\" classname=\"{file}\">\n      <error message=\"{}\"/>\n    </testcase>\n",
                    xml(&e.to_string())
                ));
            }
        }
        suites.push_str("  </testsuite>\n");
    }
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"csp-support\" tests=\"{tests}\" failures=\"{failures}\" errors=\"{errors}\">\n{suites}</testsuites>"
    )
}

fn xml(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&apos;"),
            '\n' => o.push_str("&#10;"),
            c => o.push(c),
        }
    }
    o
}

fn cmd_rules(edition: Option<Edition>, format: RulesFormat) -> Result<u8, String> {
    let rules: Vec<&Rule> = catalogue()
        .iter()
        .filter(|r| edition.is_none_or(|e| r.holds_in(e)))
        .collect();
    match format {
        RulesFormat::Json => {
            out(&serde_json::to_string_pretty(&rules).map_err(|e| e.to_string())?);
        }
        RulesFormat::Text => {
            let mut text = String::new();
            for r in rules {
                text.push_str(&format!("{}\n  {}\n", r.id, r.summary));
                let editions: Vec<Edition> = match edition {
                    Some(e) => vec![e],
                    None => Edition::ALL
                        .iter()
                        .copied()
                        .filter(|e| r.holds_in(*e))
                        .collect(),
                };
                for e in editions {
                    let basis = r.basis_in(e).map_or("-".to_owned(), |b| b.to_string());
                    text.push_str(&format!("  {e}: {basis}\n"));
                    for c in r.citations_in(e) {
                        text.push_str(&format!(
                            "    cites {} ({}) \"{}\"\n",
                            c.seed.file_name(),
                            c.seed.language(),
                            c.section
                        ));
                    }
                }
                if let Some(src) = r.outside_source {
                    text.push_str(&format!("  outside the seeds: {src}\n"));
                }
            }
            out(&text);
        }
    }
    Ok(0)
}

fn cmd_matrix(edition: Edition, format: MatrixFormat) -> Result<u8, String> {
    let m = Matrix::build(edition).map_err(|e| e.to_string())?;
    out(&match format {
        MatrixFormat::Markdown => m.to_markdown(),
        MatrixFormat::Grid => m.to_markdown_grid(),
        MatrixFormat::Csv => m.to_csv(),
        MatrixFormat::Json => serde_json::to_string_pretty(&m).map_err(|e| e.to_string())?,
        MatrixFormat::Html => m.to_html(),
    });
    Ok(0)
}

fn cmd_diff(from: Edition, to: Edition, format: TableFormat) -> Result<u8, String> {
    let d = MatrixDiff::editions(from, to).map_err(|e| e.to_string())?;
    out(&match format {
        TableFormat::Markdown => d.to_markdown(),
        TableFormat::Csv => d.to_csv(),
        TableFormat::Json => serde_json::to_string_pretty(&d).map_err(|e| e.to_string())?,
        TableFormat::Html => d.to_html(),
    });
    Ok(0)
}
