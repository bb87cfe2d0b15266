//! The log worker's messages and their protocol version.
//!
//! The page and its worker come from one build, but a page left open across an update can meet a
//! newer worker; the two compare [`PROTOCOL`] first, so any change to what crosses between them
//! must bump it. This test fails when the messages change shape and the version does not:
//! it writes one of every command and reply, with every field filled and every variant of
//! every enum they carry, in the wire format (bincode), and compares a fingerprint of the bytes
//! with the one recorded for the current version.
//!
//! When it fails: bump `PROTOCOL` in `src/log/session.rs`, then record the new fingerprint
//! below for the new version (the old version's line stays, as history).

use privcheck::engine::{Fact, Facts, Mode, Request};
use privcheck::log::claim::{Element, Finding, Kind, NextStep, Reliability, WorkProductKind};
use privcheck::log::context::read_context;
use privcheck::log::rules::LogRule;
use privcheck::log::session::{
    Command, EntryView, ExportKind, Opened, PROTOCOL, Reply, Reviewed, RowView, Sort, View,
};
use privcheck::log::{Claim, Column, CueChoice, LogField, LogOutcome, Privilege, RowProblem};
use std::collections::HashSet;

/// The fingerprint of each protocol version's messages.
const RECORDED: &[(u32, u64)] = &[
    (3, 0xfdbe_2e50_39b8_9561),
    (4, 0x7fc7_60e6_6f26_356f),
    (5, 0xa248_ee34_91c6_ae10),
    // The same shape: a Word letter now crosses as its blocks, for the page's Word module.
    (6, 0xa248_ee34_91c6_ae10),
    (7, 0xa45f_6b9d_fe26_4c90),
];

/// Every variant of an enum with no list of its own. Each match is exhaustive on purpose: a new
/// variant stops this test compiling until it is listed here (and so changes the fingerprint).
fn elements() -> Vec<Element> {
    let all = vec![
        Element::PrivilegeNamed,
        Element::Author,
        Element::Date,
        Element::Recipients,
        Element::Lawyer,
        Element::LegalPurpose,
        Element::LitigationIdentified,
        Element::LeInterest,
        Element::Decision,
        Element::Role,
        Element::SubjectMatter,
    ];
    for element in &all {
        match element {
            Element::PrivilegeNamed
            | Element::Author
            | Element::Date
            | Element::Recipients
            | Element::Lawyer
            | Element::LegalPurpose
            | Element::LitigationIdentified
            | Element::LeInterest
            | Element::Decision
            | Element::Role
            | Element::SubjectMatter => {}
        }
    }
    all
}

fn kinds() -> Vec<(Kind, Reliability)> {
    let all = vec![
        (Kind::Fatal, Reliability::High),
        (Kind::Defect, Reliability::Medium),
        (Kind::Cue, Reliability::Low),
        (Kind::Warning, Reliability::High),
    ];
    for (kind, reliability) in &all {
        match kind {
            Kind::Fatal | Kind::Defect | Kind::Cue | Kind::Warning => {}
        }
        match reliability {
            Reliability::High | Reliability::Medium | Reliability::Low => {}
        }
    }
    all
}

fn fields() -> Vec<LogField> {
    let mut all: Vec<LogField> = LogField::DESCRIPTIVE.to_vec();
    all.extend([LogField::OppositionGrounds, LogField::Other]);
    all.extend(Fact::all().map(LogField::Fact));
    for field in &all {
        match field {
            LogField::BatesBegin
            | LogField::BatesEnd
            | LogField::Date
            | LogField::Author
            | LogField::Recipients
            | LogField::Cc
            | LogField::Bcc
            | LogField::DocumentType
            | LogField::Description
            | LogField::Privilege
            | LogField::Basis
            | LogField::Treatment
            | LogField::Fact(_)
            | LogField::OppositionGrounds
            | LogField::Other => {}
        }
    }
    all
}

fn sorts() -> Vec<(Sort, ExportKind)> {
    let all = vec![
        (Sort::File, ExportKind::ResultsCsv),
        (Sort::Outcome, ExportKind::LetterMarkdown),
        (Sort::Deficiencies, ExportKind::LetterHtml),
        (Sort::File, ExportKind::LetterDocx),
        (Sort::Outcome, ExportKind::DeclarationDocx),
        (Sort::Deficiencies, ExportKind::DeclarationHtml),
    ];
    for (sort, kind) in &all {
        match sort {
            Sort::File | Sort::Outcome | Sort::Deficiencies => {}
        }
        match kind {
            ExportKind::ResultsCsv
            | ExportKind::LetterMarkdown
            | ExportKind::LetterHtml
            | ExportKind::LetterDocx
            | ExportKind::DeclarationDocx
            | ExportKind::DeclarationHtml => {}
        }
    }
    all
}

fn facts() -> Facts {
    let mut facts = Facts::unknown();
    for (i, fact) in Fact::all().enumerate() {
        facts.set(fact, (i % 3 != 0).then_some(u8::from(i % 2 == 0)));
    }
    facts
}

fn row() -> RowView {
    RowView {
        entry: 7,
        line: 9,
        name: "CBP-000101 – CBP-000104".into(),
        outcome: "deficient_log".into(),
        assessments: "attorney_client=deficient_log".into(),
        problems: 2,
        description: "Memorandum".into(),
    }
}

fn claims() -> Vec<Claim> {
    let findings: Vec<Finding> = LogRule::ALL
        .iter()
        .zip(kinds().into_iter().cycle())
        .map(|(rule, (kind, reliability))| Finding {
            rule: *rule,
            kind,
            reliability,
            text: "words".into(),
        })
        .collect();
    Privilege::ALL
        .iter()
        .zip(LogOutcome::ALL.iter().cycle())
        .enumerate()
        .map(|(i, (privilege, outcome))| Claim {
            privilege: *privilege,
            as_written: "AC/WP".into(),
            outcome: *outcome,
            missing: elements(),
            findings: findings.clone(),
            work_product_kind: [
                None,
                Some(WorkProductKind::Opinion),
                Some(WorkProductKind::Fact),
            ]
            .get(i % 3)
            .copied()
            .flatten(),
            next_steps: vec![NextStep {
                rule: LogRule::L2,
                text: "Ask for the formal claim.".into(),
            }],
        })
        .collect()
}

/// One of every command. The match is exhaustive: a new command must be added here.
fn commands() -> Vec<Command> {
    let context = read_context(
        r#"{"attorneys": [{"name": "Jane Roe", "email": "jroe@cbp.dhs.gov", "role": "agency_counsel"},
                          {"name": "A", "role": "in_house"}, {"name": "B", "role": "litigation_counsel"},
                          {"name": "C", "role": "outside_counsel"}],
            "own_domains": ["cbp.dhs.gov"], "own_organisations": ["Office of Chief Counsel"],
            "outside_parties": [{"name": "Acme", "adverse": true}],
            "litigation_anticipated_from": "2019-03-04", "litigation_filed_on": "2020-01-31",
            "wide_distribution_threshold": 12, "boilerplate_min_repeats": 4, "min_content_words": 3,
            "accept_cues": true, "log_columns": {"Doc Date": "date"}}"#,
    )
    .unwrap_or_else(|e| panic!("the sample context reads: {e}"));
    let mut all = vec![
        Command::Hello,
        Command::Open {
            name: "log.csv".into(),
            bytes: b"Bates,Description\n".to_vec(),
        },
        Command::Cancel,
        Command::Rows {
            job: 3,
            entries: vec![1, 2],
        },
        Command::Entry { job: 3, entry: 4 },
    ];
    for field in fields() {
        all.push(Command::Map { column: 2, field });
    }
    for (mode, choice) in [
        (Mode::Seed, CueChoice::None),
        (Mode::Full, CueChoice::All),
        (Mode::Full, CueChoice::Entries(HashSet::from([5]))),
    ] {
        all.push(Command::Review {
            job: 3,
            mode,
            defaults: facts(),
            choice,
            context: Box::new(context.clone()),
        });
    }
    for (sort, kind) in sorts() {
        all.push(Command::List {
            job: 3,
            listing: 4,
            view: View {
                outcome: Some("deficient_log".into()),
                search: "memo".into(),
                sort,
            },
        });
        all.push(Command::Export {
            job: 3,
            kind,
            title: "log.csv".into(),
        });
    }
    for command in &all {
        match command {
            Command::Hello
            | Command::Open { .. }
            | Command::Map { .. }
            | Command::Review { .. }
            | Command::Cancel
            | Command::List { .. }
            | Command::Rows { .. }
            | Command::Entry { .. }
            | Command::Export { .. } => {}
        }
    }
    all
}

/// One of every reply. The match is exhaustive: a new reply must be added here.
fn replies() -> Vec<Reply> {
    let columns: Vec<Column> = fields()
        .into_iter()
        .map(|field| Column {
            heading: "Heading".into(),
            field,
        })
        .collect();
    let problems = vec![RowProblem {
        line: 3,
        reason: "unclosed quote".into(),
    }];
    let all = vec![
        // A fixed number: the fingerprint is of the shape, not of the version it is recorded for.
        Reply::Ready { protocol: 1 },
        Reply::Opened(Opened {
            name: "log.csv".into(),
            rows: 43,
            columns: columns.clone(),
            problems: problems.clone(),
        }),
        Reply::NotOpened {
            name: "log.csv".into(),
            message: "not UTF-8".into(),
        },
        Reply::Columns(columns),
        Reply::Progress {
            job: 3,
            done: 1,
            total: 2,
        },
        Reply::Reviewed(Reviewed {
            job: 3,
            entries: 43,
            counts: vec![("deficient_log".into(), 11)],
            problems,
        }),
        Reply::Listed {
            job: 3,
            listing: 4,
            entries: vec![0, 1],
        },
        Reply::Rows {
            job: 3,
            rows: vec![row()],
        },
        Reply::Entry {
            job: 3,
            entry: Box::new(EntryView {
                row: row(),
                log_row: 6,
                summary: "One sentence.".into(),
                claims: claims(),
                warnings: vec![Finding {
                    rule: LogRule::ALL[0],
                    kind: Kind::Warning,
                    reliability: Reliability::Medium,
                    text: "words".into(),
                }],
                cues: vec!["a cue".into()],
                from_cues: vec!["deliberative".into()],
                request: Request {
                    mode: Mode::Seed,
                    facts: facts(),
                },
            }),
        },
        Reply::Exported {
            kind: ExportKind::LetterHtml,
            bytes: b"<p>letter</p>".to_vec(),
        },
        Reply::Cancelled,
        Reply::Stopped("diagnostic".into()),
        Reply::Stale,
        Reply::Failed("why".into()),
    ];
    for reply in &all {
        match reply {
            Reply::Ready { .. }
            | Reply::Opened(_)
            | Reply::NotOpened { .. }
            | Reply::Columns(_)
            | Reply::Progress { .. }
            | Reply::Reviewed(_)
            | Reply::Listed { .. }
            | Reply::Rows { .. }
            | Reply::Entry { .. }
            | Reply::Exported { .. }
            | Reply::Cancelled
            | Reply::Stopped(_)
            | Reply::Stale
            | Reply::Failed(_) => {}
        }
    }
    all
}

/// FNV-1a: small, stable across Rust versions (unlike `DefaultHasher`).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

fn fingerprint() -> u64 {
    let mut wire = Vec::new();
    for command in commands() {
        wire.extend(bincode::serialize(&command).unwrap_or_else(|e| panic!("{e}")));
    }
    for reply in replies() {
        wire.extend(bincode::serialize(&reply).unwrap_or_else(|e| panic!("{e}")));
    }
    // Variants decoded by name or by list, whose number the bytes above do not show.
    for count in [
        LogRule::ALL.len(),
        Privilege::ALL.len(),
        LogOutcome::ALL.len(),
        Fact::all().count(),
    ] {
        wire.extend(count.to_le_bytes());
    }
    fnv1a(&wire)
}

#[test]
fn the_messages_change_only_with_the_protocol_version() {
    let fingerprint = fingerprint();
    let recorded = RECORDED
        .iter()
        .find(|(version, _)| *version == PROTOCOL)
        .map(|(_, f)| *f);
    match recorded {
        None => panic!(
            "no fingerprint recorded for protocol {PROTOCOL}: record ({PROTOCOL}, {fingerprint:#018x}) in RECORDED"
        ),
        Some(recorded) => assert_eq!(
            recorded,
            fingerprint,
            "the log worker's messages are not those recorded for protocol {PROTOCOL}: bump PROTOCOL \
             in src/log/session.rs and record ({}, {fingerprint:#018x}) in RECORDED",
            PROTOCOL + 1
        ),
    }
}

#[test]
fn every_sample_crosses_and_comes_back_as_itself() {
    for command in commands() {
        let bytes = bincode::serialize(&command).unwrap_or_else(|e| panic!("{e}"));
        let back: Command = bincode::deserialize(&bytes).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(back, command);
    }
    for reply in replies() {
        let bytes = bincode::serialize(&reply).unwrap_or_else(|e| panic!("{e}"));
        let back: Reply = bincode::deserialize(&bytes).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(back, reply);
    }
}
