//! `csp-support`: the CSP support rules on the command line.
//!
//! Policy tests in CI (`check`), one request at a time (`assess`), and the
//! policy as tables a reviewer reads without Rust (`rules`, `matrix`,
//! `diff`). Errors go to stderr; exit status 0 on success, 1 when a scenario
//! case failed, 2 on bad input (a malformed or unreadable file, an unknown
//! edition).
//!
//! Conventions, the same for every subcommand (docs/cli.md):
//!
//! - `-` reads standard input wherever a file is read (once per run);
//! - every file and standard input is read up to `--max-input-bytes`
//!   (default 16 MiB), so an endless stream ends with an error;
//! - an unreadable file is exit status 2 with nothing on standard output;
//! - the default `--format` is the human-readable one (`text`: an
//!   explanation, a list, or Markdown tables); machine forms (`json`,
//!   `csv`, `junit`) only when named;
//! - `--lang` applies to the text format; with a machine format it is an
//!   error (machine forms carry identifiers, not prose);
//! - completions and the man page are generated from this definition
//!   (`completions SHELL`, `man`).

use std::io::{Read as _, Write as _};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand, ValueEnum};
use csp_support::i18n::Lang;
use csp_support::matrix::{Matrix, MatrixDiff};
use csp_support::scenario::{CheckReport, FileRun, run_scenarios};
use csp_support::{AssessInput, Edition, Error, LanguageTag, Rule, catalogue};

/// The tool's allocator: mimalloc. Reading a partner's exports makes and
/// frees hundreds of thousands of small strings; with mimalloc the
/// 10,000-customer readiness report takes about half the time it takes with
/// glibc's allocator on the 2-core CI machine (BENCHMARKS.md,
/// `readiness_cli`). The library itself allocates through whatever
/// allocator its user's binary has.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Microsoft CSP support eligibility rules: assess requests, run policy
/// tests, and print the rules as tables.
#[derive(Debug, Parser)]
#[command(name = "csp-support", version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// The most bytes read from one file or from standard input; larger
    /// input is an error (exit status 2).
    #[arg(long, global = true, value_name = "BYTES", default_value_t = DEFAULT_MAX_INPUT_BYTES)]
    max_input_bytes: u64,
}

/// 16 MiB: far more than a request, a scenario suite or a Graph export of
/// thousands of relationships; `--max-input-bytes` raises it.
const DEFAULT_MAX_INPUT_BYTES: u64 = 16 * 1024 * 1024;

#[derive(Debug, Subcommand)]
enum Command {
    /// Assess one request: its JSON in, its assessment out.
    ///
    /// The input is a request, or `{ "request": { ... } }`. A malformed
    /// request is an error naming the field path (exit status 2).
    Assess {
        /// The request file; `-` or nothing reads standard input.
        file: Option<PathBuf>,
        /// The output: a readable explanation (`text`), or the assessment
        /// as JSON.
        #[arg(long, value_enum, default_value_t = AssessFormat::Text)]
        format: AssessFormat,
        /// The language of the text explanation, a BCP 47 tag: en, de, nl,
        /// ru, it or ja (others fall back to English). Refused with
        /// `--format json`, which carries identifiers, not prose.
        #[arg(long, value_parser = parse_lang)]
        lang: Option<LanguageTag>,
    },
    /// Run scenario files: one line per failure, then `N passed, M failed`.
    ///
    /// Exit status 1 when a case failed, 2 when a file could not be read
    /// (then nothing is printed on standard output) or does not fit the
    /// scenario form.
    Check {
        /// The scenario files; `-` reads standard input.
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
        /// Text (a list) or JSON.
        #[arg(long, value_enum, default_value_t = RulesFormat::Text)]
        format: RulesFormat,
    },
    /// Who may file what: the outcome of every partner type x workload x
    /// tenant x channel, other facts at their most permissive valid values.
    Matrix {
        /// The edition (dap, gdap-2023, gdap-2025).
        #[arg(long, value_parser = parse_edition)]
        edition: Edition,
        /// Text (Markdown, one row per cell; also `markdown`), grid
        /// (Markdown, one column per workload), CSV, JSON, or HTML (one
        /// self-contained page: the grid with colours and rule IDs).
        #[arg(long, value_enum, default_value_t = MatrixFormat::Text)]
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
        /// Text (a Markdown table; also `markdown`), CSV, JSON, or HTML
        /// (one self-contained page, the changed cells highlighted).
        #[arg(long, value_enum, default_value_t = TableFormat::Text)]
        format: TableFormat,
    },
    /// For which customers can my people file what, right now, until when,
    /// and what would fix it: a readiness table from the partner's Graph
    /// and Azure exports, each file as Microsoft returns it.
    ///
    /// Each PATH is a file, a folder (its *.json files, not recursive, in
    /// name order) or `-` (standard input). Every file is recognised by its
    /// content (a UTF-8 byte-order mark is skipped):
    ///
    /// - GDAP relationships: Graph `GET /tenantRelationships/
    ///   delegatedAdminRelationships` (v1.0 or beta, list or one
    ///   relationship, `$expand=accessAssignments` too); pages of a list
    ///   (`@odata.nextLink`) as several files, in order;
    /// - access assignments: `GET …/delegatedAdminRelationships/{id}/
    ///   accessAssignments` (list or one); the relationship is the one it is
    ///   expanded in, else the one its `@odata.context` names, else the file
    ///   name `{id}.accessAssignments.json` or a folder named `{id}`;
    /// - Azure RBAC: ARM `roleAssignments` (list or one) or `az role
    ///   assignment list` output; name a file `{subscriptionId}.
    ///   roleAssignments.json` where it names no one subscription;
    /// - the user's groups: Graph `GET /users/{id}/transitiveMemberOf`.
    ///
    /// Exit status: 0 complete; 3 partial (a page missing, assignments of
    /// no known relationship, a duplicate ID, an unreadable relationship or
    /// file: each is listed on standard error with its file and JSON path,
    /// and in the report); 2 bad usage or a file that cannot be read.
    Readiness {
        /// The exported files or folders; `-` reads standard input.
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// The partner profile (JSON; `csp-support schema profile`): the
        /// partner type, the user's Partner Center roles, object ID and
        /// security groups, the customers' Azure subscriptions; `-` reads
        /// standard input.
        #[arg(long)]
        profile: PathBuf,
        /// The edition (dap, gdap-2023, gdap-2025).
        #[arg(long, value_parser = parse_edition, default_value = "gdap-2025")]
        edition: Edition,
        /// The instant to decide at, RFC 3339 such as 2026-11-16T10:00:00Z
        /// (default: now).
        #[arg(long, value_parser = parse_at)]
        at: Option<chrono::DateTime<chrono::Utc>>,
        /// Text (Markdown tables; also `markdown`), CSV, JSON, or HTML (one
        /// self-contained page: summary charts, expiry timeline, a sortable
        /// and filterable grid).
        #[arg(long, value_enum, default_value_t = TableFormat::Text)]
        format: TableFormat,
    },
    /// Print a JSON Schema, for editors that validate files as people type.
    Schema {
        /// Which form.
        #[arg(value_enum)]
        form: SchemaForm,
    },
    /// Print a shell completion script, generated from this tool's
    /// definition (for example `csp-support completions bash >
    /// /etc/bash_completion.d/csp-support`).
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff), generated from this tool's definition
    /// (for example `csp-support man > csp-support.1`).
    Man,
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
    /// The partner profile `readiness` reads (`--profile`).
    Profile,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum AssessFormat {
    Text,
    Json,
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
    #[value(alias = "markdown")]
    Text,
    Grid,
    Csv,
    Json,
    Html,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum TableFormat {
    #[value(alias = "markdown")]
    Text,
    Csv,
    Json,
    Html,
}

fn parse_lang(s: &str) -> Result<LanguageTag, String> {
    s.parse().map_err(|e: Error| e.to_string())
}

fn parse_at(s: &str) -> Result<chrono::DateTime<chrono::Utc>, String> {
    csp_support::parse_instant(s).map_err(|e| e.to_string())
}

fn parse_edition(s: &str) -> Result<Edition, String> {
    s.parse()
        // clap names the value itself (escaped by `usage_error`).
        .map_err(|_| "not an edition; accepted: dap, gdap-2023, gdap-2025".to_owned())
}

/// Exit statuses.
const FAILED: u8 = 1;
const BAD_INPUT: u8 = 2;
/// A report built from partial input (`readiness`).
const PARTIAL: u8 = 3;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return usage_error(&e),
    };
    let limit = cli.max_input_bytes;
    let result = match cli.command {
        Command::Assess { file, format, lang } => cmd_assess(file.as_deref(), format, lang, limit),
        Command::Check { files, format } => cmd_check(&files, format, limit),
        Command::Rules { edition, format } => cmd_rules(edition, format),
        Command::Matrix { edition, format } => cmd_matrix(edition, format),
        Command::Diff { from, to, format } => cmd_diff(from, to, format),
        Command::Readiness {
            paths,
            profile,
            edition,
            at,
            format,
        } => cmd_readiness(&profile, &paths, edition, at, format, limit),
        Command::Schema { form } => {
            out(&match form {
                SchemaForm::Request => csp_support::json::request_schema(),
                SchemaForm::AssessInput => csp_support::json::assess_input_schema(),
                SchemaForm::Assessment => csp_support::json::assessment_schema(),
                SchemaForm::Scenario => csp_support::scenario::scenario_schema(),
                SchemaForm::Profile => csp_support::readiness::profile_schema(),
            });
            Ok(0)
        }
        Command::Completions { shell } => {
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "csp-support", &mut script);
            out(&String::from_utf8_lossy(&script));
            Ok(0)
        }
        Command::Man => {
            let mut page = Vec::new();
            match clap_mangen::Man::new(Cli::command()).render(&mut page) {
                Ok(()) => {
                    out(&String::from_utf8_lossy(&page));
                    Ok(0)
                }
                Err(e) => Err(e.to_string()),
            }
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

/// A file or standard input, read.
struct Input {
    /// How messages name it: the path, or `<stdin>`.
    name: String,
    text: String,
}

fn is_stdin(file: Option<&Path>) -> bool {
    file.is_none_or(|p| p == Path::new("-"))
}

/// How a message shows a path: its control, bidi and separator characters
/// escaped, so a file name cannot forge a line.
fn shown(path: &Path) -> String {
    csp_support::escape::echo(&path.display().to_string())
}

/// A command line clap refuses: help and version as clap prints them;
/// anything else one line on standard error (the first line of clap's
/// message, its echoed value escaped and bounded), exit status 2.
fn usage_error(e: &clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    match e.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = e.print();
            ExitCode::from(if e.use_stderr() { BAD_INPUT } else { 0 })
        }
        _ => {
            // clap's message, without the usage and tips it appends after a
            // blank line (a value with line breaks stays whole: it is
            // escaped below).
            let rendered = e.render().to_string();
            let end = ["\n\nUsage:", "\n\nFor more information", "\n\n  tip:"]
                .iter()
                .filter_map(|m| rendered.find(m))
                .min()
                .unwrap_or(rendered.len());
            let message = rendered.get(..end).unwrap_or(&rendered).trim_end();
            let first = message.strip_prefix("error: ").unwrap_or(message);
            eprintln!(
                "csp-support: {} (see --help)",
                csp_support::escape::echo(first)
            );
            ExitCode::from(BAD_INPUT)
        }
    }
}

/// Reads `file` (`-` or `None`: standard input) up to `limit` bytes, as
/// UTF-8 text.
fn read_input(file: Option<&Path>, limit: u64) -> Result<Input, String> {
    let (name, bytes) = read_bytes(file, limit)?;
    let text = String::from_utf8(bytes)
        .map_err(|_| format!("cannot read {name}: stream did not contain valid UTF-8"))?;
    Ok(Input { name, text })
}

/// Reads `file` (`-` or `None`: standard input) up to `limit` bytes; the
/// name as messages show it.
fn read_bytes(file: Option<&Path>, limit: u64) -> Result<(String, Vec<u8>), String> {
    let (name, reader): (String, Box<dyn std::io::Read>) = match file
        .filter(|p| *p != Path::new("-"))
    {
        None => ("<stdin>".to_owned(), Box::new(std::io::stdin().lock())),
        Some(p) => {
            let f = std::fs::File::open(p).map_err(|e| format!("cannot read {}: {e}", shown(p)))?;
            (shown(p), Box::new(f))
        }
    };
    let mut bytes = Vec::new();
    reader
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read {name}: {e}"))?;
    if u64::try_from(bytes.len()).unwrap_or(u64::MAX) > limit {
        return Err(format!(
            "cannot read {name}: larger than {limit} bytes, the input limit; raise it with --max-input-bytes"
        ));
    }
    Ok((name, bytes))
}

/// Refuses a second `-`: standard input can be read once.
fn stdin_once<'a>(files: impl IntoIterator<Item = Option<&'a Path>>) -> Result<(), String> {
    if files.into_iter().filter(|f| is_stdin(*f)).count() > 1 {
        return Err("standard input can be read only once; give `-` for one file".to_owned());
    }
    Ok(())
}

fn cmd_assess(
    file: Option<&Path>,
    format: AssessFormat,
    lang: Option<LanguageTag>,
    limit: u64,
) -> Result<u8, String> {
    if lang.is_some() && format != AssessFormat::Text {
        return Err(
            "--lang applies to --format text; JSON carries rule IDs and values, not prose, in every language alike"
                .to_owned(),
        );
    }
    let Input { name, text: json } = read_input(file, limit)?;
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
    paths: &[PathBuf],
    edition: Edition,
    at: Option<chrono::DateTime<chrono::Utc>>,
    format: TableFormat,
    limit: u64,
) -> Result<u8, String> {
    use csp_support::exports::{Exports, SourceFile};
    use csp_support::readiness::{self, PartnerProfile};
    stdin_once(std::iter::once(Some(profile)).chain(paths.iter().map(|p| Some(p.as_path()))))?;
    let Input {
        name: pname,
        text: pjson,
    } = read_input(Some(profile), limit)?;
    let profile = PartnerProfile::from_json(&pjson).map_err(|e| format!("{pname}: {e}"))?;
    // Every file is read before anything is judged: one that cannot be read
    // is exit status 2 with nothing on standard output.
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    for path in paths {
        if path != Path::new("-") && path.is_dir() {
            let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
                .map_err(|e| format!("cannot read {}: {e}", shown(path)))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| {
                    p.is_file()
                        && p.extension()
                            .is_some_and(|x| x.eq_ignore_ascii_case("json"))
                })
                .collect();
            entries.sort();
            for p in entries {
                let (_, bytes) = read_bytes(Some(&p), limit)?;
                files.push((p.display().to_string(), bytes));
            }
        } else {
            let (name, bytes) = read_bytes(Some(path), limit)?;
            let name = if is_stdin(Some(path)) {
                name
            } else {
                path.display().to_string()
            };
            files.push((name, bytes));
        }
    }
    let sources: Vec<SourceFile<'_>> = files
        .iter()
        .map(|(name, bytes)| SourceFile { name, bytes })
        .collect();
    let exports = Exports::read(&sources);
    let at = at.unwrap_or_else(chrono::Utc::now);
    let report = readiness::readiness(&profile, &exports, edition, at);
    match format {
        TableFormat::Text => out(&readiness::render(&report, readiness::Format::Markdown)),
        TableFormat::Csv => out(&readiness::render(&report, readiness::Format::Csv)),
        TableFormat::Json => out(&readiness::render(&report, readiness::Format::Json)),
        TableFormat::Html => {
            let mut names: Vec<&str> = vec![&pname];
            names.extend(files.iter().map(|(n, _)| n.as_str()));
            out(&readiness::render_html(&report, &names));
        }
    }
    if report.is_partial() {
        eprintln!(
            "csp-support: partial report: {} input(s) not used (exit status 3):",
            report.warnings.len()
        );
        for w in &report.warnings {
            eprintln!("  {w}");
        }
        return Ok(PARTIAL);
    }
    Ok(0)
}

fn cmd_check(files: &[PathBuf], format: CheckFormat, limit: u64) -> Result<u8, String> {
    // Every file is read before anything runs: an unreadable one is exit
    // status 2 with nothing on standard output.
    stdin_once(files.iter().map(|p| Some(p.as_path())))?;
    let mut inputs = Vec::with_capacity(files.len());
    let mut unreadable = Vec::new();
    for p in files {
        match read_input(Some(p), limit) {
            // The report escapes names itself: give it the path as it is.
            Ok(input) if !is_stdin(Some(p)) => inputs.push(Input {
                name: p.display().to_string(),
                ..input
            }),
            Ok(input) => inputs.push(input),
            Err(e) => unreadable.push(e),
        }
    }
    if let Some(last) = unreadable.pop() {
        for e in unreadable {
            eprintln!("csp-support: {e}");
        }
        return Err(last);
    }
    let run = CheckReport::new(
        inputs
            .into_iter()
            .map(|input| FileRun::new(input.name, run_scenarios(&input.text)))
            .collect(),
    );
    for line in run.error_lines() {
        eprintln!("csp-support: {line}");
    }
    match format {
        CheckFormat::Text => out(&run.to_text()),
        CheckFormat::Junit => {
            out(&run.to_junit());
            eprintln!("{}", run.summary());
        }
    }
    Ok(if run.not_run() > 0 {
        BAD_INPUT
    } else if run.is_success() {
        0
    } else {
        FAILED
    })
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
                    let basis = r.basis(e).map_or("-".to_owned(), |b| b.to_string());
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
    let m = Matrix::build(edition);
    out(&match format {
        MatrixFormat::Text => m.to_markdown(),
        MatrixFormat::Grid => m.to_markdown_grid(),
        MatrixFormat::Csv => m.to_csv(),
        MatrixFormat::Json => serde_json::to_string_pretty(&m).map_err(|e| e.to_string())?,
        MatrixFormat::Html => m.to_html(),
    });
    Ok(0)
}

fn cmd_diff(from: Edition, to: Edition, format: TableFormat) -> Result<u8, String> {
    let d = MatrixDiff::editions(from, to);
    out(&match format {
        TableFormat::Text => d.to_markdown(),
        TableFormat::Csv => d.to_csv(),
        TableFormat::Json => serde_json::to_string_pretty(&d).map_err(|e| e.to_string())?,
        TableFormat::Html => d.to_html(),
    });
    Ok(0)
}
