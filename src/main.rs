//! The `privcheck` command line: `privcheck check`, `privcheck log`, `privcheck doc`,
//! `privcheck rules`.

use clap::{Parser, Subcommand, ValueEnum};
use privcheck::engine::{self, Mode, RULEBOOK, Request};
use std::io::{Read, Write};
use std::process::ExitCode;

/// Executive / deliberative-process privilege checker after Melamine Chemicals, Inc. v. United
/// States, 1 CIT 65 (1980). Not legal advice.
#[derive(Parser)]
#[command(name = "privcheck", version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Decide a request (`docs/contract.md`) read from FILE or standard input; print the verdict.
    Check {
        /// Apply only the opinion's rules (seed) or add the doctrine overlays (full); overrides
        /// the request's own mode.
        #[arg(long, value_enum)]
        mode: Option<ModeArg>,
        /// json (the verdict, `docs/contract.md`) or text (a readable memo).
        #[arg(long, value_enum, default_value = "json")]
        format: Format,
        /// The request file; standard input when absent or "-".
        file: Option<String>,
    },
    /// Check a privilege log (CSV or JSON Lines): the results CSV on standard output, a summary
    /// on standard error. Exit status 0 when the file was processed (even with bad rows), 2 when
    /// it could not be read or the results could not be written.
    Log {
        /// Apply only the opinion's rules (seed) or add the doctrine overlays (full).
        #[arg(long, value_enum)]
        mode: Option<ModeArg>,
        /// A request file (`docs/contract.md`) whose facts apply to every entry that does not state them:
        /// the setting, the posture, the opposition. Its mode applies unless --mode is given.
        #[arg(long)]
        facts: Option<String>,
        /// What is known of the dispute: a JSON file holding the `log_context` object
        /// (`docs/log-review.md`): the producing party's lawyers, domains and offices, outside
        /// parties, when litigation was anticipated, thresholds, columns mapped by hand.
        #[arg(long)]
        context: Option<String>,
        /// Accept every entry's cue suggestions (facts its words suggest to the engine).
        #[arg(long)]
        accept_cues: bool,
        /// Write the meet-and-confer letter to this file: a Word file where its name ends in
        /// .docx, an HTML page for .html, Markdown otherwise.
        #[arg(long, alias = "report")]
        letter: Option<String>,
        /// The log file.
        file: String,
    },
    /// Write one of the papers for a matter file (the file "Save matter" downloads): the
    /// memorandum, the proposed order, the declaration or the document's log entry.
    Doc {
        /// Which paper.
        #[arg(value_enum)]
        paper: Paper,
        /// md (Markdown), html (a standalone page), txt (plain text) or docx (Word; needs
        /// --out).
        #[arg(long, value_enum, default_value = "md")]
        format: DocFormat,
        /// Write to this file instead of standard output.
        #[arg(long)]
        out: Option<String>,
        /// The matter file; standard input when "-".
        matter: String,
    },
    /// Print the rulebook (id, basis, pinpoint, quote, authorities) as JSON.
    Rules,
}

#[derive(Clone, Copy, ValueEnum)]
enum Paper {
    Memo,
    Order,
    Declaration,
    LogEntry,
}

#[derive(Clone, Copy, ValueEnum)]
enum DocFormat {
    Md,
    Html,
    Txt,
    Docx,
}

#[derive(Clone, Copy, ValueEnum)]
enum ModeArg {
    Seed,
    Full,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Json,
    Text,
}

/// Exit status for input that cannot be read.
const BAD_INPUT: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Check { mode, format, file } => check(mode, format, file.as_deref()),
        Command::Log {
            mode,
            facts,
            context,
            accept_cues,
            letter,
            file,
        } => log(
            mode,
            facts.as_deref(),
            context.as_deref(),
            accept_cues,
            letter.as_deref(),
            &file,
        ),
        Command::Doc {
            paper,
            format,
            out,
            matter,
        } => doc(paper, format, out.as_deref(), &matter),
        Command::Rules => print_json(&RULEBOOK),
    }
}

fn doc(paper: Paper, format: DocFormat, out: Option<&str>, matter: &str) -> ExitCode {
    use privcheck::documents::{declaration, log_entry, memorandum, proposed_order};
    use privcheck::matter::{MAX_MATTER_BYTES, Session};
    let text = match read_text(
        Some(matter),
        MAX_MATTER_BYTES,
        "the matter file",
        "a matter file is at most 1 MB",
    ) {
        Ok(text) => text,
        Err(message) => return fail(&message),
    };
    let session = match Session::from_file_text(&text) {
        Ok(session) => session,
        Err(error) => return fail(&format!("{matter}: {error}")),
    };
    let verdict = engine::evaluate(&session.request);
    let document = match paper {
        Paper::Memo => memorandum(&session, &verdict),
        Paper::Order => match proposed_order(&session, &verdict) {
            Ok(order) => order,
            Err(none) => return fail(none.reason()),
        },
        Paper::Declaration => declaration(&session, &verdict),
        Paper::LogEntry => log_entry(&session, &verdict),
    };
    let written = match format {
        DocFormat::Md => document.to_markdown().into_bytes(),
        DocFormat::Html => document.to_html().into_bytes(),
        DocFormat::Txt => document.to_text().into_bytes(),
        // A Word file on a terminal is noise: it goes to a file.
        DocFormat::Docx if out.is_none() => {
            return fail("--format docx writes a Word file: name it with --out FILE.docx");
        }
        DocFormat::Docx => document.to_docx(),
    };
    match out {
        None => write_bytes(&written),
        Some(path) => match std::fs::write(path, written) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => fail(&format!("cannot write {path}: {e}")),
        },
    }
}

fn log(
    mode: Option<ModeArg>,
    facts: Option<&str>,
    context: Option<&str>,
    accept_cues: bool,
    letter: Option<&str>,
    file: &str,
) -> ExitCode {
    use privcheck::log::{CueChoice, LogContext, export, read_context, read_log, review::Reviewer};
    let context = match context.map(|path| {
        read_input(Some(path))
            .and_then(|text| read_context(&text).map_err(|e| format!("{path}: {e}")))
    }) {
        None => LogContext::default(),
        Some(Ok(context)) => context,
        Some(Err(message)) => return fail(&message),
    };
    let defaults = match facts.map(|path| {
        read_input(Some(path))
            .and_then(|text| Request::from_json_str(&text).map_err(|e| format!("{path}: {e}")))
    }) {
        None => Request::default(),
        Some(Ok(request)) => request,
        Some(Err(message)) => return fail(&message),
    };
    let mode = mode.map_or(defaults.mode, |m| match m {
        ModeArg::Seed => Mode::Seed,
        ModeArg::Full => Mode::Full,
    });
    let bytes = match read_limited(file, privcheck::log::MAX_LOG_BYTES) {
        Ok(bytes) => bytes,
        Err(message) => return fail(&message),
    };
    let mut log = match read_log(&bytes) {
        Ok(log) => log,
        Err(message) => return fail(&format!("{file}: {message}")),
    };
    if let Err(message) = log.map_columns(&context.log_columns) {
        return fail(&format!("{file}: {message}"));
    }
    drop(bytes); // the rows hold their own text
    let choice = if accept_cues {
        CueChoice::All
    } else {
        CueChoice::None
    };
    let log = std::sync::Arc::new(log);
    let stdout = std::io::BufWriter::new(std::io::stdout().lock());
    // Each run of entries is let go once its results are written, unless a letter, which reads
    // every result, is asked for.
    let reviewer = Reviewer::new(log.clone(), mode, defaults.facts, choice, context);
    let checked = export::review_and_write_on_all_cores(&log, reviewer, stdout, letter.is_some());
    // Whoever read the results may stop early (`| head`): the review went on all the same, and
    // its summary and letter are whole. Any other failure to write them is reported, before
    // any letter is written.
    if let Some(e) = &checked.error
        && e.kind() != std::io::ErrorKind::BrokenPipe
    {
        return fail(&format!("cannot write the results: {e}"));
    }
    if let Some(path) = letter {
        let letter = export::meet_and_confer_letter(&log, &checked.review, file);
        let lower = path.to_ascii_lowercase();
        let text = if lower.ends_with(".docx") {
            letter.to_docx()
        } else if lower.ends_with(".html") || lower.ends_with(".htm") {
            letter.to_html().into_bytes()
        } else {
            letter.to_markdown().into_bytes()
        };
        if let Err(e) = std::fs::write(path, text) {
            return fail(&format!("{path}: cannot write the letter: {e}"));
        }
    }
    let mut summary = format!(
        "privcheck: {file}: {} entries checked ({} mode), {} bad rows\n",
        checked.entries,
        mode.name(),
        checked.review.problems.len()
    );
    for problem in &checked.review.problems {
        summary.push_str(&format!(
            "privcheck: {file}: line {}: {}\n",
            problem.line, problem.reason
        ));
    }
    for (outcome, count) in checked.tallies.counts() {
        summary.push_str(&format!("  {outcome}: {count}\n"));
    }
    for (element, count) in checked.tallies.missing_counts() {
        summary.push_str(&format!("  missing {element}: {count}\n"));
    }
    eprint!("{summary}");
    // The process ends here: the operating system takes the memory back at once, where freeing
    // the log and any kept results one allocation at a time costs about a tenth of the run.
    std::mem::forget((log, checked));
    ExitCode::SUCCESS
}

/// Reads a file of at most `limit` bytes.
fn read_limited(path: &str, limit: usize) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(limit as u64 + 1).read_to_end(&mut bytes))
        .map_err(|e| format!("{path}: {e}"))?;
    if bytes.len() > limit {
        return Err(format!(
            "{path}: larger than {} MB, the limit for a log",
            limit / (1024 * 1024)
        ));
    }
    Ok(bytes)
}

fn check(mode: Option<ModeArg>, format: Format, file: Option<&str>) -> ExitCode {
    let text = match read_input(file) {
        Ok(text) => text,
        Err(message) => return fail(&message),
    };
    let mut request = match Request::from_json_str(&text) {
        Ok(request) => request,
        Err(error) => return fail(&format!("{}: {error}", file.unwrap_or("standard input"))),
    };
    if let Some(mode) = mode {
        request.mode = match mode {
            ModeArg::Seed => Mode::Seed,
            ModeArg::Full => Mode::Full,
        };
    }
    let verdict = engine::evaluate(&request);
    match format {
        Format::Json => print_json(&verdict),
        Format::Text => write_out(&privcheck::report::memo_text(&verdict)),
    }
}

fn read_input(file: Option<&str>) -> Result<String, String> {
    read_text(
        file,
        engine::request::MAX_REQUEST_BYTES,
        "the request",
        "a request is a small JSON object",
    )
}

/// Reads a file (or standard input for none or "-") of at most `limit` bytes as UTF-8 text.
fn read_text(file: Option<&str>, limit: usize, what: &str, why: &str) -> Result<String, String> {
    let cap = limit as u64 + 1;
    let mut bytes = Vec::new();
    let result = match file {
        None | Some("-") => std::io::stdin().take(cap).read_to_end(&mut bytes),
        Some(path) => std::fs::File::open(path)
            .and_then(|f| f.take(cap).read_to_end(&mut bytes))
            .map_err(|e| std::io::Error::new(e.kind(), format!("{path}: {e}"))),
    };
    result.map_err(|e| format!("cannot read {what}: {e}"))?;
    let name = file.unwrap_or("standard input");
    if bytes.len() as u64 >= cap {
        return Err(format!(
            "{name}: {what} is larger than {limit} bytes; {why}"
        ));
    }
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "{name}: {what} is not UTF-8 text (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })
}

fn print_json<T: serde::Serialize>(value: &T) -> ExitCode {
    match serde_json::to_string_pretty(value) {
        Ok(text) => write_out(&format!("{text}\n")),
        Err(e) => fail(&format!("cannot write JSON: {e}")),
    }
}

fn write_out(text: &str) -> ExitCode {
    write_bytes(text.as_bytes())
}

fn write_bytes(bytes: &[u8]) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(bytes).and_then(|()| stdout.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        // A closed pipe (`privcheck rules | head`) is not an error worth a message.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => fail(&format!("cannot write the output: {e}")),
    }
}

fn fail(message: &str) -> ExitCode {
    eprintln!("privcheck: {message}");
    ExitCode::from(BAD_INPUT)
}
