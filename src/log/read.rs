//! Reading a privilege log: CSV (RFC 4180: quoted fields, embedded commas and newlines, CRLF or
//! LF, a UTF-8 byte-order mark) or JSON Lines, with its columns recognised by name.
//!
//! A bad row (wrong number of fields, an invalid value) is reported with its line number and the
//! reason, and every other row is still read. A file that is not a log at all (binary, empty,
//! over [`MAX_LOG_BYTES`]) is one clear error.

use crate::engine::facts::{Domain, NO, YES};
use crate::engine::{Fact, Facts, facts::Ground};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The largest log read, in bytes (about 400,000 entries of typical length).
pub const MAX_LOG_BYTES: usize = 100 * 1024 * 1024;
/// The longest cell kept, in characters; longer cells are cut and the row noted.
pub const MAX_CELL_CHARS: usize = 100_000;

/// What a log column holds: its role (`docs/log-review.md`, "Columns").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum LogField {
    /// The first Bates number (or the entry's own id): the entry's name.
    BatesBegin,
    /// The last Bates number.
    BatesEnd,
    /// The document's date.
    Date,
    /// Its author.
    Author,
    /// Its recipients (to).
    Recipients,
    /// Those copied.
    Cc,
    /// Those blind-copied.
    Bcc,
    /// The kind of document.
    DocumentType,
    /// The description of the document.
    Description,
    /// The privilege asserted.
    Privilege,
    /// The basis of the claim, read with the description.
    Basis,
    /// Withheld in full or redacted.
    Treatment,
    /// A fact of the public contract (`docs/contract.md`).
    Fact(Fact),
    /// `opposition_grounds`: the grounds as a list separated by `;` or `,`.
    OppositionGrounds,
    /// Not recognised: kept and exported, not read.
    Other,
}

/// Each role and the headings that name it, compared with case, spaces and `_ - / . # ( )`
/// ignored. Only these: a heading not listed is reported, never guessed.
const ALIASES: &[(LogField, &[&str])] = &[
    (
        LogField::BatesBegin,
        &[
            "bates",
            "batesbegin",
            "begbates",
            "beginbates",
            "batesstart",
            "begno",
            "begdoc",
            "docid",
            "controlnumber",
            "privid",
            "logno",
            "entry",
            "entryid",
            "entryno",
            "entrynumber",
            "id",
            "batesno",
            "batesnumber",
            "begbatesno",
            "documentid",
            "documentnumber",
            "controlno",
            "privilegeid",
            "privlogno",
            "privlogid",
        ],
    ),
    (
        LogField::BatesEnd,
        &[
            "batesend",
            "endbates",
            "endno",
            "enddoc",
            "endbatesno",
            "batesendno",
        ],
    ),
    (
        LogField::Date,
        &["date", "docdate", "datesent", "datecreated", "documentdate"],
    ),
    (
        LogField::Author,
        &[
            "author",
            "from",
            "sender",
            "preparedby",
            "authors",
            "writtenby",
        ],
    ),
    (
        LogField::Recipients,
        &[
            "recipients",
            "recipient",
            "to",
            "addressee",
            "addressees",
            "tocc",
            "toccbcc",
        ],
    ),
    (LogField::Cc, &["cc", "copyees", "copied", "ccs"]),
    (LogField::Bcc, &["bcc", "blindcopy", "bccs"]),
    (
        LogField::DocumentType,
        &["doctype", "documenttype", "type", "format"],
    ),
    (
        LogField::Description,
        &[
            "description",
            "subject",
            "subjectmatter",
            "generalsubjectmatter",
            "summary",
            "documentdescription",
            "descriptionofdocument",
        ],
    ),
    (
        LogField::Privilege,
        &[
            "privilegeasserted",
            "privilege",
            "privilegeclaimed",
            "privilegetype",
            "basisforwithholding",
            "privilegesasserted",
        ],
    ),
    (
        LogField::Basis,
        &["basis", "basisforclaim", "justification", "explanation"],
    ),
    (
        LogField::Treatment,
        &[
            "withheldredacted",
            "treatment",
            "productionstatus",
            "disposition",
        ],
    ),
];

impl LogField {
    /// The fields the review reads, in the order the page lists them.
    pub const DESCRIPTIVE: [LogField; 12] = [
        LogField::BatesBegin,
        LogField::BatesEnd,
        LogField::Date,
        LogField::Author,
        LogField::Recipients,
        LogField::Cc,
        LogField::Bcc,
        LogField::DocumentType,
        LogField::Description,
        LogField::Privilege,
        LogField::Basis,
        LogField::Treatment,
    ];

    /// The field's name in words.
    pub fn label(self) -> &'static str {
        match self {
            LogField::BatesBegin => "Bates begin (entry id)",
            LogField::BatesEnd => "Bates end",
            LogField::Date => "date",
            LogField::Author => "author",
            LogField::Recipients => "recipients",
            LogField::Cc => "cc",
            LogField::Bcc => "bcc",
            LogField::DocumentType => "document type",
            LogField::Description => "description",
            LogField::Privilege => "privilege asserted",
            LogField::Basis => "basis of the claim",
            LogField::Treatment => "withheld or redacted",
            LogField::Fact(fact) => fact.name(),
            LogField::OppositionGrounds => "opposition_grounds",
            LogField::Other => "(not used)",
        }
    }

    /// The role's name in a context file's `log_columns` (`bates_begin`, `cc`, ...).
    pub fn role_name(self) -> &'static str {
        match self {
            LogField::BatesBegin => "bates_begin",
            LogField::BatesEnd => "bates_end",
            LogField::Date => "date",
            LogField::Author => "author",
            LogField::Recipients => "recipients",
            LogField::Cc => "cc",
            LogField::Bcc => "bcc",
            LogField::DocumentType => "doc_type",
            LogField::Description => "description",
            LogField::Privilege => "privilege_asserted",
            LogField::Basis => "basis",
            LogField::Treatment => "treatment",
            LogField::Fact(fact) => fact.name(),
            LogField::OppositionGrounds => "opposition_grounds",
            LogField::Other => "other",
        }
    }

    /// The role a `log_columns` value names (`bates_begin`, a fact name, `other`).
    pub fn from_role_name(name: &str) -> Option<LogField> {
        if let Some(fact) = Fact::from_name(name) {
            return Some(LogField::Fact(fact));
        }
        LogField::DESCRIPTIVE
            .into_iter()
            .chain([LogField::OppositionGrounds, LogField::Other])
            .find(|f| f.role_name() == name)
    }

    /// The field a column heading names: a fact of the contract by its name, or a role by one
    /// of its aliases, compared with case, spaces and `_ - / . # ( )` ignored.
    pub fn recognise(heading: &str) -> LogField {
        let trimmed = heading.trim();
        let as_name = trimmed.to_lowercase().replace([' ', '-'], "_");
        if as_name == "opposition_grounds" {
            return LogField::OppositionGrounds;
        }
        if let Some(fact) = Fact::from_name(&as_name) {
            return LogField::Fact(fact);
        }
        let key: String = trimmed
            .chars()
            .filter(|c| !c.is_whitespace() && !matches!(c, '_' | '-' | '/' | '.' | '#' | '(' | ')'))
            .flat_map(char::to_lowercase)
            .collect();
        ALIASES
            .iter()
            .find(|(_, aliases)| aliases.contains(&key.as_str()))
            .map_or(LogField::Other, |(field, _)| *field)
    }
}

/// A column of the log: its heading as written, and what it holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Column {
    /// The heading as written in the file.
    pub heading: String,
    /// What it holds (recognised, or set by hand).
    pub field: LogField,
}

/// A row that could not be read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RowProblem {
    /// The line it starts on (1 is the heading).
    pub line: u64,
    /// Why.
    pub reason: String,
}

/// A log as read: its columns, and its rows as the text of each cell.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PrivilegeLog {
    /// The columns, in file order.
    pub columns: Vec<Column>,
    /// Every row read, with the line it starts on.
    pub rows: Vec<(u64, csv::StringRecord)>,
    /// The rows that could not be read.
    pub problems: Vec<RowProblem>,
}

impl PrivilegeLog {
    /// The column read as `field`, if any.
    pub fn column(&self, field: LogField) -> Option<usize> {
        self.columns.iter().position(|c| c.field == field)
    }

    /// Maps columns by hand (heading as written → role), as a context's `log_columns` says.
    /// A heading the log does not have is an error naming it.
    pub fn map_columns(&mut self, mapping: &[(String, LogField)]) -> Result<(), String> {
        for (heading, field) in mapping {
            let column = self
                .columns
                .iter_mut()
                .find(|c| c.heading.trim() == heading.trim())
                .ok_or_else(|| {
                    format!("log_context.log_columns: the log has no column {heading:?}")
                })?;
            column.field = *field;
        }
        Ok(())
    }

    /// The text of row `row` in `column`, or "" (no such column, or no such row).
    pub fn cell(&self, row: usize, column: Option<usize>) -> &str {
        column
            .and_then(|i| self.rows.get(row).and_then(|(_, cells)| cells.get(i)))
            .unwrap_or_default()
    }
}

/// Reads a log from its bytes: CSV, or JSON Lines when the first non-blank character is `{`.
pub fn read_log(bytes: &[u8]) -> Result<PrivilegeLog, String> {
    if bytes.len() > MAX_LOG_BYTES {
        return Err(format!(
            "the file is {:.1} MB; privcheck reads logs of up to {} MB",
            megabytes(bytes.len()),
            MAX_LOG_BYTES / (1024 * 1024)
        ));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err("the file is empty".into());
    }
    if bytes.iter().take(8192).any(|b| *b == 0) {
        return Err("this is a binary file, not a privilege log (CSV or JSON Lines)".into());
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        format!(
            "the file is not UTF-8 text (invalid byte at offset {}); save the log as UTF-8 CSV",
            e.valid_up_to()
        )
    })?;
    if text.trim_start().starts_with('{') {
        read_json_lines(text)
    } else {
        read_csv(text)
    }
}

#[allow(clippy::cast_precision_loss)] // sizes far below 2^52
fn megabytes(bytes: usize) -> f64 {
    bytes as f64 / (1024.0 * 1024.0)
}

fn read_csv(text: &str) -> Result<PrivilegeLog, String> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .has_headers(true)
        .from_reader(text.as_bytes());
    let headings = reader
        .headers()
        .map_err(|e| format!("the heading row cannot be read: {e}"))?
        .clone();
    if headings.len() < 2 {
        return Err("this does not look like a privilege log: the first line has fewer than two comma-separated columns".into());
    }
    let mut log = PrivilegeLog {
        columns: headings
            .iter()
            .map(|h| Column {
                heading: h.to_string(),
                field: LogField::recognise(h),
            })
            .collect(),
        ..PrivilegeLog::default()
    };
    // Line numbers counted from the bytes (a quoted field may hold newlines).
    let lines = LineCounter::new(text);
    #[cfg(not(target_arch = "wasm32"))]
    {
        let body = usize::try_from(reader.position().byte()).unwrap_or(usize::MAX);
        if let Some(rows) = read_rows_on_all_cores(text, body, headings.len(), &lines) {
            (log.rows, log.problems) = rows;
            return Ok(log);
        }
    }
    let mut rows = Rows::default();
    read_rows(&mut reader, 0, headings.len(), lines, &mut rows);
    (log.rows, log.problems) = (rows.rows, rows.problems);
    Ok(log)
}

/// Rows read, and rows that could not be read.
#[derive(Default)]
struct Rows {
    rows: Vec<(u64, csv::StringRecord)>,
    problems: Vec<RowProblem>,
    /// Whether the reader reported an error (a row that is not CSV).
    errors: bool,
}

/// Reads the rows `reader` has left, the first at byte `offset` of the text `lines` counts in.
fn read_rows<R: std::io::Read>(
    reader: &mut csv::Reader<R>,
    offset: usize,
    fields: usize,
    mut lines: LineCounter<'_>,
    read: &mut Rows,
) {
    let offset = offset as u64;
    let mut record = csv::StringRecord::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {
                let line = lines.line_at(offset + record.position().map_or(0, |p| p.byte()));
                if record.len() == 1 && record.get(0).is_some_and(|c| c.trim().is_empty()) {
                    continue; // a blank line
                }
                if record.len() != fields {
                    read.problems.push(RowProblem {
                        line,
                        reason: format!("{} fields where the heading has {}", record.len(), fields),
                    });
                    continue;
                }
                // One buffer per row, of the row's own size; a cell over the limit is cut.
                let cells = if record.iter().any(|c| c.len() > MAX_CELL_CHARS) {
                    compact(record.iter().map(cut))
                } else {
                    compact(record.iter())
                };
                read.rows.push((line, cells));
            }
            Err(error) => {
                read.errors = true;
                let line = lines.line_at(offset + error.position().map_or(0, |p| p.byte()));
                read.problems.push(RowProblem {
                    line,
                    reason: error.to_string(),
                });
                if matches!(error.kind(), csv::ErrorKind::Io(_)) {
                    break;
                }
            }
        }
    }
}

/// The rows of a large log read on every core: the text after the heading (from byte `body`)
/// cut at line ends that end a row, the parts read side by side. `None` (read it in one part)
/// for a small log, or where a cut cannot be proven to fall between rows, or where a part
/// meets an error (whose message would name a position within its part).
#[cfg(not(target_arch = "wasm32"))]
#[allow(clippy::type_complexity)]
fn read_rows_on_all_cores(
    text: &str,
    body: usize,
    fields: usize,
    lines: &LineCounter<'_>,
) -> Option<(Vec<(u64, csv::StringRecord)>, Vec<RowProblem>)> {
    /// Below this, threads cost more than they save.
    const WORTH_THREADS: usize = 1024 * 1024;
    let threads = super::cores();
    if text.len() < WORTH_THREADS || threads < 2 {
        return None;
    }
    let bytes = text.as_bytes();
    let mut bounds = vec![0];
    bounds.extend(row_starts(bytes, body, threads)?);
    bounds.push(bytes.len());
    let part = |k: usize, start: usize, end: usize| {
        let mut read = Rows::default();
        let mut reader = csv::ReaderBuilder::new()
            .flexible(true)
            // The first part begins with the heading, which is read again and left out.
            .has_headers(k == 0)
            .from_reader(bytes.get(start..end).unwrap_or_default());
        read_rows(&mut reader, start, fields, lines.clone(), &mut read);
        read
    };
    let parts: Vec<Rows> = std::thread::scope(|scope| {
        let running: Vec<_> = bounds
            .windows(2)
            .enumerate()
            .skip(1)
            .filter_map(|(k, w)| match w {
                [start, end] => Some((k, *start, *end)),
                _ => None,
            })
            .map(|(k, start, end)| scope.spawn(move || part(k, start, end)))
            .collect();
        // The calling thread reads the first part itself rather than waiting idle.
        let mut parts = vec![part(0, 0, bounds.get(1).copied().unwrap_or(bytes.len()))];
        for thread in running {
            parts.push(
                thread
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            );
        }
        parts
    });
    if parts.iter().any(|p| p.errors) {
        return None;
    }
    let mut parts = parts.into_iter();
    let mut whole = parts.next().unwrap_or_default();
    let rest: Vec<Rows> = parts.collect();
    whole
        .rows
        .reserve_exact(rest.iter().map(|p| p.rows.len()).sum());
    for part in rest {
        whole.rows.extend(part.rows);
        whole.problems.extend(part.problems);
    }
    Some((whole.rows, whole.problems))
}

/// Where `parts - 1` rows begin, cutting the bytes after `body` (where a row begins) into
/// parts of about the same size: each just after a line end outside any quoted field. `None`
/// unless every quotation mark after `body` stands where RFC 4180 puts one (opening a field,
/// doubled inside it, or closing it before a comma, a line end or the end), since only then does
/// the csv reader, reading from the start, begin a row at each of these bytes: a reader
/// started there reads the same rows.
#[cfg(not(target_arch = "wasm32"))]
fn row_starts(bytes: &[u8], body: usize, parts: usize) -> Option<Vec<usize>> {
    let len = bytes.len();
    let size = len.checked_sub(body)? / parts.max(1);
    let mut targets = (1..parts).map(|k| body + size * k);
    let mut target = targets.next();
    let mut cuts = Vec::with_capacity(parts);
    let mut at = body;
    let ends_field = |b: Option<&u8>| b.is_none_or(|b| matches!(b, b',' | b'\n' | b'\r'));
    loop {
        // Outside quotes from `at` to the next quotation mark.
        let quote = memchr::memchr(b'"', bytes.get(at..)?).map(|i| at + i);
        let outside = quote.unwrap_or(len);
        while let Some(want) = target {
            let from = want.max(at);
            if from >= outside {
                break;
            }
            match memchr::memchr(b'\n', bytes.get(from..outside)?) {
                Some(i) => {
                    let cut = from + i + 1;
                    // A reader started on a byte-order mark would drop it.
                    if cut >= len || bytes.get(cut..)?.starts_with(b"\xEF\xBB\xBF") {
                        return None;
                    }
                    cuts.push(cut);
                    target = targets.next().map(|t| t.max(cut + 1));
                }
                None => break,
            }
        }
        let Some(open) = quote else {
            break;
        };
        // A quotation mark outside quotes must open a field.
        if open > 0 && !ends_field(bytes.get(open - 1)) {
            return None;
        }
        // Inside quotes: to the closing mark, past doubled ones.
        let mut inside = open + 1;
        at = loop {
            let close = inside + memchr::memchr(b'"', bytes.get(inside..)?)?;
            match bytes.get(close + 1) {
                Some(b'"') => inside = close + 2,
                next if ends_field(next) => break close + 1,
                _ => return None,
            }
        };
    }
    (cuts.len() + 1 == parts).then_some(cuts)
}

/// The line of a byte offset, for offsets that only grow.
#[derive(Clone)]
struct LineCounter<'a> {
    text: &'a [u8],
    offset: usize,
    line: u64,
    /// Whether some line ends with a `\r` alone (old Mac files, which the csv reader reads as
    /// well). Counting only `\n`, every row of such a file was on line 1.
    lone_cr: bool,
}

impl<'a> LineCounter<'a> {
    fn new(text: &'a str) -> LineCounter<'a> {
        let bytes = text.as_bytes();
        LineCounter {
            text: bytes,
            offset: 0,
            line: 1,
            // Each `\r` looked at with the byte after it (found fast: most logs have none, or
            // one per line); only where a `\r` stands alone does each line count look at `\r`s.
            lone_cr: memchr::memchr_iter(b'\r', bytes).any(|i| bytes.get(i + 1) != Some(&b'\n')),
        }
    }

    fn line_at(&mut self, offset: u64) -> u64 {
        let mut offset = usize::try_from(offset)
            .unwrap_or(usize::MAX)
            .min(self.text.len());
        // The reader's record positions can sit on the end of the line before (the `\n` of a
        // `\r\n`): the record starts after it.
        while self
            .text
            .get(offset)
            .is_some_and(|b| *b == b'\r' || *b == b'\n')
        {
            offset += 1;
        }
        if offset > self.offset {
            let between = self.text.get(self.offset..offset).unwrap_or_default();
            let breaks = if self.lone_cr {
                // Each `\n`, and each `\r` that no `\n` follows.
                let after = self.text.get(self.offset + 1..).unwrap_or_default();
                between
                    .iter()
                    .zip(after.iter().chain(std::iter::once(&0)))
                    .filter(|(b, next)| **b == b'\n' || (**b == b'\r' && **next != b'\n'))
                    .count()
            } else {
                memchr::memchr_iter(b'\n', between).count()
            };
            self.line += breaks as u64;
            self.offset = offset;
        }
        self.line
    }
}

fn read_json_lines(text: &str) -> Result<PrivilegeLog, String> {
    let mut log = PrivilegeLog::default();
    let mut objects = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let number = index as u64 + 1;
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<Value>(line) {
            Ok(Value::Object(object)) => {
                for key in object.keys() {
                    if !log.columns.iter().any(|c| c.heading == *key) {
                        log.columns.push(Column {
                            heading: key.clone(),
                            field: LogField::recognise(key),
                        });
                    }
                }
                objects.push((number, object));
            }
            Ok(_) => log.problems.push(RowProblem {
                line: number,
                reason: "not a JSON object".into(),
            }),
            Err(e) => log.problems.push(RowProblem {
                line: number,
                reason: format!("not valid JSON: {e}"),
            }),
        }
    }
    if objects.is_empty() && !log.problems.is_empty() {
        return Err("this is not a privilege log: no line is a JSON object".into());
    }
    for (line, object) in objects {
        let cells: Vec<String> = log
            .columns
            .iter()
            .map(|c| match object.get(&c.heading) {
                None | Some(Value::Null) => String::new(),
                Some(Value::String(s)) => cut(s),
                // A list or an object is as long as the line: cut like any other cell.
                Some(Value::Array(items)) => cut_owned(
                    items
                        .iter()
                        .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_string))
                        .collect::<Vec<_>>()
                        .join("; "),
                ),
                Some(other) => cut_owned(other.to_string()),
            })
            .collect();
        log.rows.push((line, compact(cells.iter())));
    }
    Ok(log)
}

/// A row held with no spare room. The csv reader's own record keeps a buffer sized for the
/// longest row yet (a clone copies all of it): at 100,000 rows that spare room came to more than
/// the text itself.
fn compact<S: AsRef<str>>(cells: impl Iterator<Item = S> + Clone) -> csv::StringRecord {
    let (bytes, fields) = cells.clone().fold((0, 0), |(bytes, fields), cell| {
        (bytes + cell.as_ref().len(), fields + 1)
    });
    let mut record = csv::StringRecord::with_capacity(bytes, fields);
    for cell in cells {
        record.push_field(cell.as_ref());
    }
    record
}

fn cut(cell: &str) -> String {
    if cell.len() > MAX_CELL_CHARS {
        cell.chars().take(MAX_CELL_CHARS).collect()
    } else {
        cell.to_string()
    }
}

/// [`cut`], on a cell already owned: cut in place.
fn cut_owned(mut cell: String) -> String {
    if cell.len() > MAX_CELL_CHARS
        && let Some((at, _)) = cell.char_indices().nth(MAX_CELL_CHARS)
    {
        cell.truncate(at);
    }
    cell
}

/// A yes/no cell: `yes`/`no`/`y`/`n`/`true`/`false`/`1`/`0`, or blank for unknown.
pub fn yes_no(cell: &str) -> Result<Option<u8>, String> {
    // The usual cells first, as written; then compared in place, any ASCII case: a log has a
    // cell like this per fact column per row.
    match cell {
        "" => return Ok(None),
        "yes" => return Ok(Some(YES)),
        "no" => return Ok(Some(NO)),
        _ => {}
    }
    let value = cell.trim();
    let one_of = |words: &[&str]| words.iter().any(|w| w.eq_ignore_ascii_case(value));
    if one_of(&["", "?", "unknown", "not known"]) {
        Ok(None)
    } else if one_of(&["yes", "y", "true", "t", "1"]) {
        Ok(Some(YES))
    } else if one_of(&["no", "n", "false", "f", "0"]) {
        Ok(Some(NO))
    } else {
        Err(format!(
            "{value:?} is not yes/no/y/n/true/false/1/0 or blank"
        ))
    }
}

/// The facts a row states, from its fact columns.
pub fn row_facts(columns: &[Column], cells: &csv::StringRecord) -> Result<Facts, String> {
    let mut facts = Facts::unknown();
    for (column, cell) in columns.iter().zip(cells.iter()) {
        match column.field {
            LogField::Fact(fact) => {
                let value = match fact.info().domain {
                    Domain::YesNo => yes_no(cell),
                    domain @ Domain::OneOf(_) => {
                        let value = cell.trim();
                        if value.is_empty() || value == "?" {
                            Ok(None)
                        } else {
                            fact.info().domain.index_of(value).map(Some).ok_or_else(|| {
                                format!("{value:?} is not one of {}", domain.names().join(", "))
                            })
                        }
                    }
                };
                facts.set(fact, value.map_err(|e| format!("{}: {e}", column.heading))?);
            }
            LogField::OppositionGrounds if !cell.trim().is_empty() => {
                for ground in Ground::ALL {
                    facts.set(Fact::of_ground(*ground), Some(NO));
                }
                for name in cell
                    .split([';', ','])
                    .map(str::trim)
                    .filter(|n| !n.is_empty() && *n != "none")
                {
                    let ground =
                        Ground::ALL
                            .iter()
                            .find(|g| g.name() == name)
                            .ok_or_else(|| {
                                format!(
                                    "{}: {name:?} is not one of {}",
                                    column.heading,
                                    Ground::CHOICES
                                        .iter()
                                        .map(|c| c.name)
                                        .collect::<Vec<_>>()
                                        .join(", ")
                                )
                            })?;
                    facts.set(Fact::of_ground(*ground), Some(YES));
                }
            }
            _ => {}
        }
    }
    Ok(facts)
}

#[cfg(test)]
#[allow(clippy::indexing_slicing)] // tests: an index out of range is a failed test
mod tests {
    use super::*;

    #[test]
    fn headings_are_recognised_with_aliases() {
        assert_eq!(LogField::recognise("Bates Number"), LogField::BatesBegin);
        assert_eq!(LogField::recognise(" DOC DATE "), LogField::Date);
        assert_eq!(LogField::recognise("From"), LogField::Author);
        assert_eq!(LogField::recognise("To/CC"), LogField::Recipients);
        assert_eq!(
            LogField::recognise("Privilege Asserted"),
            LogField::Privilege
        );
        assert_eq!(
            LogField::recognise("personal_review"),
            LogField::Fact(Fact::PersonalReview)
        );
        assert_eq!(
            LogField::recognise("Personal Review"),
            LogField::Fact(Fact::PersonalReview)
        );
        assert_eq!(
            LogField::recognise("opposition_grounds.need"),
            LogField::Fact(Fact::OppositionNeed)
        );
        assert_eq!(LogField::recognise("Reviewer notes"), LogField::Other);
        assert_eq!(LogField::recognise("Bates Begin"), LogField::BatesBegin);
        assert_eq!(LogField::recognise("Beg. No."), LogField::BatesBegin);
        assert_eq!(LogField::recognise("Bates_End"), LogField::BatesEnd);
        assert_eq!(LogField::recognise("CC"), LogField::Cc);
        assert_eq!(LogField::recognise("Blind Copy"), LogField::Bcc);
        assert_eq!(
            LogField::recognise("Withheld/Redacted"),
            LogField::Treatment
        );
        assert_eq!(LogField::recognise("Addressee(s)"), LogField::Recipients);
        assert_eq!(LogField::recognise("Basis for Claim"), LogField::Basis);
        // Not guessed: a custodian is not an author.
        assert_eq!(LogField::recognise("Custodian"), LogField::Other);
    }

    #[test]
    fn roles_are_named_for_a_context_file() {
        for field in LogField::DESCRIPTIVE {
            assert_eq!(LogField::from_role_name(field.role_name()), Some(field));
        }
        assert_eq!(
            LogField::from_role_name("personal_review"),
            Some(LogField::Fact(Fact::PersonalReview))
        );
        assert_eq!(LogField::from_role_name("entry"), None);
    }

    #[test]
    fn rfc_4180_corners() {
        let text = "\u{feff}Entry ID,Description,Author\r\n1,\"Memo, with \"\"quotes\"\" and\na newline\",Smith\r\n2,Plain,Jones\n";
        let log = read_log(text.as_bytes()).unwrap();
        assert_eq!(log.columns[0].field, LogField::BatesBegin);
        assert_eq!(log.rows.len(), 2);
        assert_eq!(&log.rows[0].1[1], "Memo, with \"quotes\" and\na newline");
        assert_eq!(
            log.rows[1],
            (4, csv::StringRecord::from(vec!["2", "Plain", "Jones"]))
        );
        assert!(log.problems.is_empty());
    }

    /// A log read in parts side by side (as a large log is) is the log read in one part: the
    /// same rows on the same lines, the same problems, whatever the line ends and quoting.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn a_log_read_in_parts_is_the_log_read_whole() {
        let row = |i: usize, end: &str| match i % 7 {
            0 => format!("E-{i},\"Memo, with \"\"quotes\"\" and\na newline\",Smith{end}"),
            1 => format!("E-{i},Plain description {i},Jones{end}"),
            2 => format!("E-{i},\"Ends in a quote \"\"\",\"\"{end}"),
            3 => format!("E-{i},too,many,fields{end}"),
            4 => end.to_string(),
            5 => format!("E-{i},\"\r\nquoted line ends\r\n\",x{end}"),
            _ => format!("E-{i},\"caf\u{e9}\",\"\u{2014}\"{end}"),
        };
        for end in ["\n", "\r\n", "\r"] {
            let mut text = format!("Entry ID,Description,Author{end}");
            let mut i = 0;
            while text.len() < 3 * 1024 * 1024 {
                text.push_str(&row(i, end));
                i += 1;
            }
            let bytes = text.as_bytes();
            let headings = 3;
            let body = text.find(end).unwrap() + end.len();
            let whole = {
                let mut reader = csv::ReaderBuilder::new()
                    .flexible(true)
                    .has_headers(true)
                    .from_reader(bytes);
                let mut rows = Rows::default();
                read_rows(&mut reader, 0, headings, LineCounter::new(&text), &mut rows);
                (rows.rows, rows.problems)
            };
            // Cut only after a `\n`: a log whose lines end in `\r` alone is read in one part.
            let cut = end != "\r";
            for parts in [2, 3, 5] {
                let cuts = row_starts(bytes, body, parts);
                assert_eq!(cuts.is_some(), cut, "{end:?}");
                if let Some(cuts) = cuts {
                    assert_eq!(cuts.len(), parts - 1);
                    assert!(cuts.iter().all(|c| bytes[c - 1] == b'\n'));
                }
            }
            assert_eq!(
                read_rows_on_all_cores(&text, body, headings, &LineCounter::new(&text)),
                (cut && super::super::cores() > 1).then(|| whole.clone()),
                "{end:?}"
            );
            assert_eq!(read_log(bytes).unwrap().rows, whole.0, "{end:?}");
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn a_log_with_stray_quotes_is_not_cut() {
        let bytes = b"a,b\n1,x\"y\n2,\"z\"w\n3,4\n";
        assert_eq!(
            row_starts(bytes, 4, 2),
            None,
            "a quotation mark inside a field"
        );
        let bytes = b"a,b\n1,\"x\"y\n2,z\n3,4\n";
        assert_eq!(row_starts(bytes, 4, 2), None, "text after a closing mark");
        let bytes = b"a,b\n1,\"unclosed\n2,z\n3,4\n";
        assert_eq!(row_starts(bytes, 4, 2), None, "a quoted field never closed");
        let bytes = b"a,b\n1,\"x\"\n2,y\n3,4\n";
        assert_eq!(row_starts(bytes, 4, 2), Some(vec![14]));
    }

    #[test]
    fn bad_rows_are_reported_and_the_rest_read() {
        let text = "id,description\n1,ok\n2,too,many\n3,fine\n";
        let log = read_log(text.as_bytes()).unwrap();
        assert_eq!(log.rows.len(), 2);
        assert_eq!(
            log.problems,
            vec![RowProblem {
                line: 3,
                reason: "3 fields where the heading has 2".into()
            }]
        );
    }

    #[test]
    fn not_a_log() {
        assert_eq!(read_log(b"").unwrap_err(), "the file is empty");
        assert!(
            read_log(b"\x89PNG\r\n\x1a\n\0\0\0")
                .unwrap_err()
                .contains("binary")
        );
        assert!(
            read_log(b"just one column\nhello\n")
                .unwrap_err()
                .contains("fewer than two")
        );
        assert!(
            read_log(&[0xff, 0xfe, b'a', b',', b'b'])
                .unwrap_err()
                .contains("not UTF-8")
        );
    }

    #[test]
    fn json_lines() {
        let text = "{\"id\": \"A1\", \"description\": \"Draft\", \"personal_review\": true}\n\n{\"id\": \"A2\", \"recipients\": [\"X\", \"Y\"]}\nnot json\n";
        let log = read_log(text.as_bytes()).unwrap();
        assert_eq!(log.rows.len(), 2);
        assert_eq!(&log.rows[1].1[3], "X; Y");
        assert_eq!(log.problems.len(), 1);
        assert_eq!(log.problems[0].line, 4);
    }

    #[test]
    fn fact_cells() {
        let columns = vec![
            Column {
                heading: "personal_review".into(),
                field: LogField::Fact(Fact::PersonalReview),
            },
            Column {
                heading: "claimant".into(),
                field: LogField::Fact(Fact::Claimant),
            },
            Column {
                heading: "opposition_grounds".into(),
                field: LogField::OppositionGrounds,
            },
        ];
        let facts = row_facts(
            &columns,
            &csv::StringRecord::from(vec!["Y", "agency_head", "premature; need"]),
        )
        .unwrap();
        assert_eq!(facts.get_bool(Fact::PersonalReview), Some(true));
        assert_eq!(facts.get(Fact::Claimant), Some(0));
        assert_eq!(facts.get_bool(Fact::OppositionNeed), Some(true));
        assert_eq!(facts.get_bool(Fact::OppositionWaiver), Some(false));
        let error =
            row_facts(&columns, &csv::StringRecord::from(vec!["maybe", "", ""])).unwrap_err();
        assert_eq!(
            error,
            "personal_review: \"maybe\" is not yes/no/y/n/true/false/1/0 or blank"
        );
    }
}
