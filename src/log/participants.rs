//! Who took part in a communication: the author, recipients, cc and bcc cells read as lists of
//! people, each one a lawyer or not (T1) and an outsider or not (X5), and how many there were
//! (X4). See `docs/log-review.md`, "Participants".

use super::context::{AttorneyRole, LogContext};
use super::words::{Mark, is_placeholder, marks};
use std::collections::HashSet;

/// Where a participant stands in the communication.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// The author.
    Author,
    /// A recipient (to).
    To,
    /// Copied.
    Cc,
    /// Blind-copied.
    Bcc,
}

/// How a participant was found to be a lawyer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LawyerBy {
    /// Named in the dispute's list of the producing party's lawyers.
    Context(Option<AttorneyRole>),
    /// By a lawyer's title in this cell, or in another entry of the log naming the same person.
    Title,
}

/// Whether a participant is outside the producing party.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outside {
    /// Known to be the opponent, its counsel or its agent.
    Adverse,
    /// Outside the producing party, not known to be adverse.
    NotAdverse,
}

/// One participant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Participant {
    /// As written in the cell.
    pub name: String,
    /// Where it stands.
    pub place: Place,
    /// Whether (and how) it is a lawyer.
    pub lawyer: Option<LawyerBy>,
    /// Whether it is an outsider.
    pub outside: Option<Outside>,
    /// How many people it stands for (a list of 47 counts 47).
    pub count: usize,
    /// Whether it is a group named with no count ("all staff").
    pub group: bool,
}

/// The participants of one entry.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Participants {
    /// Everyone named, in the order of the cells (author, to, cc, bcc).
    pub all: Vec<Participant>,
    /// Whether the author cell is missing (empty or a placeholder).
    pub author_missing: bool,
    /// Whether the recipients, cc and bcc cells are all missing.
    pub recipients_missing: bool,
}

impl Participants {
    /// How many people received it (to, cc and bcc).
    pub fn recipients(&self) -> usize {
        self.all
            .iter()
            .filter(|p| p.place != Place::Author)
            .map(|p| p.count)
            .sum()
    }

    /// Whether a recipient is a group named with no count.
    pub fn has_group(&self) -> bool {
        self.all.iter().any(|p| p.group && p.place != Place::Author)
    }

    /// The lawyers.
    pub fn lawyers(&self) -> impl Iterator<Item = &Participant> {
        self.all.iter().filter(|p| p.lawyer.is_some())
    }

    /// The outsiders.
    pub fn outsiders(&self) -> impl Iterator<Item = &Participant> {
        self.all.iter().filter(|p| p.outside.is_some())
    }

    /// Whether an outsider is known to be adverse.
    pub fn adverse(&self) -> Option<&Participant> {
        self.all
            .iter()
            .find(|p| p.outside == Some(Outside::Adverse))
    }
}

/// A cell read as a list of names: split on `;` and newlines; a cell with neither is split on
/// commas only when it holds e-mail addresses or several commas ("Smith, John" is one name).
pub fn names(cell: &str) -> Vec<&str> {
    let cell = cell.trim();
    if is_placeholder(cell) {
        return Vec::new();
    }
    let by_semicolon: Vec<&str> = cell
        .split([';', '\n', '\r'])
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .collect();
    if by_semicolon.len() > 1 {
        return by_semicolon;
    }
    let commas = cell.matches(',').count();
    let parenthetical_commas = cell.contains('(');
    if (commas >= 2 && !parenthetical_commas) || (commas >= 1 && cell.matches('@').count() > 1) {
        cell.split(',')
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .collect()
    } else {
        vec![cell]
    }
}

/// "Distribution list (47 recipients)", "47 recipients", "Group of 12": the count, if any.
fn stated_count(name: &str) -> Option<usize> {
    let lower = name.to_ascii_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.windows(2).find_map(|pair| match pair {
        [n, w]
            if (w.starts_with("recipient")
                || w.starts_with("member")
                || w.starts_with("people")
                || w.starts_with("addressee")) =>
        {
            n.parse().ok()
        }
        _ => None,
    })
}

/// The names in a log that are lawyers by a title written in some entry: a lawyer's role stated
/// once counts for every entry naming that person (T1). Read from the participant cells of every
/// row before the review.
pub fn lawyers_by_title<'a>(cells: impl Iterator<Item = &'a str>) -> HashSet<String> {
    let mut found = HashSet::new();
    for cell in cells {
        for name in names(cell) {
            if !marks(name).has(Mark::Lawyer) {
                continue;
            }
            // "J. Ramirez (Assistant Chief Counsel)", "Jane Doe, Esq.", "Jane Doe - Counsel".
            let person = name
                .split(['(', ',', '<'])
                .next()
                .unwrap_or_default()
                .split(" - ")
                .next()
                .unwrap_or_default()
                .trim();
            if person.len() >= 4 && !marks(person).has(Mark::Lawyer) {
                found.insert(person.to_lowercase());
            }
        }
    }
    found
}

/// Reads the participants of one entry.
pub fn participants(
    cells: [(Place, Option<&str>); 4],
    context: &LogContext,
    titled_lawyers: &HashSet<String>,
) -> Participants {
    let mut all = Vec::new();
    let missing = |cell: Option<&str>| cell.is_none_or(is_placeholder);
    let author_missing = missing(cells[0].1);
    let recipients_missing = cells[1..].iter().all(|(_, c)| missing(*c));
    for (place, cell) in cells {
        for name in cell.map(names).unwrap_or_default() {
            all.push(participant(name, place, context, titled_lawyers));
        }
    }
    Participants {
        all,
        author_missing,
        recipients_missing,
    }
}

fn participant(
    name: &str,
    place: Place,
    context: &LogContext,
    titled_lawyers: &HashSet<String>,
) -> Participant {
    let lower = name.to_lowercase();
    let found = marks(name);
    let attorney = context.attorneys.iter().find(|a| {
        lower.contains(&a.name.to_lowercase())
            || a.email.as_ref().is_some_and(|e| lower.contains(e.as_str()))
    });
    let lawyer = match attorney {
        Some(a) => Some(LawyerBy::Context(a.role)),
        None if found.has(Mark::Lawyer) => Some(LawyerBy::Title),
        None if titled_lawyers.iter().any(|t| lower.contains(t.as_str())) => Some(LawyerBy::Title),
        None => None,
    };
    let outside = outside(
        &lower,
        found.has(Mark::Organisation),
        attorney.is_some(),
        context,
    );
    let stated = stated_count(name);
    let count = stated.unwrap_or(1).max(1);
    let group = stated.is_none() && found.has(Mark::Group);
    Participant {
        name: name.to_string(),
        place,
        lawyer,
        outside,
        count,
        group,
    }
}

/// Whether a participant is an outsider (X5): a name listed among the outside parties; an
/// e-mail domain not the producing party's own (when its domains are known); or the mark of an
/// organisation (Inc., LLC, broker, importer) not among its own offices. The producing party's
/// own lawyers are never outsiders.
fn outside(
    lower: &str,
    organisation: bool,
    own_lawyer: bool,
    context: &LogContext,
) -> Option<Outside> {
    if own_lawyer {
        return None;
    }
    if let Some(party) = context
        .outside_parties
        .iter()
        .find(|p| lower.contains(&p.name.to_lowercase()))
    {
        return Some(if party.adverse {
            Outside::Adverse
        } else {
            Outside::NotAdverse
        });
    }
    let own = |text: &str| {
        context
            .own_organisations
            .iter()
            .any(|o| text.contains(&o.to_lowercase()))
    };
    if !context.own_domains.is_empty() {
        for domain in lower
            .split(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | ',' | ';' | '(' | ')'))
            .filter_map(|w| w.split_once('@').map(|(_, d)| d.trim_end_matches('.')))
            .filter(|d| !d.is_empty())
        {
            // The domain itself, or a subdomain of it ("port.cbp.dhs.gov").
            let ours = context.own_domains.iter().any(|o| {
                domain
                    .strip_suffix(o.as_str())
                    .is_some_and(|rest| rest.is_empty() || rest.ends_with('.'))
            });
            if !ours {
                return Some(Outside::NotAdverse);
            }
        }
    }
    (organisation && !own(lower)).then_some(Outside::NotAdverse)
}

#[cfg(test)]
#[allow(clippy::indexing_slicing)] // tests: an index out of range is a failed test
mod tests {
    use super::*;
    use crate::log::context::{Attorney, OutsideParty};

    fn context() -> LogContext {
        LogContext {
            attorneys: vec![Attorney {
                name: "K. Lee".into(),
                email: None,
                role: Some(AttorneyRole::LitigationCounsel),
            }],
            own_domains: vec!["cbp.dhs.gov".into(), "usdoj.gov".into()],
            own_organisations: vec!["Office of Chief Counsel".into()],
            outside_parties: vec![OutsideParty {
                name: "Acme Imports".into(),
                adverse: true,
            }],
            ..LogContext::default()
        }
    }

    fn read(author: &str, to: &str, cc: &str) -> Participants {
        let titled = lawyers_by_title(["J. Ramirez (Assistant Chief Counsel)"].into_iter());
        participants(
            [
                (Place::Author, Some(author)),
                (Place::To, Some(to)),
                (Place::Cc, Some(cc)),
                (Place::Bcc, None),
            ],
            &context(),
            &titled,
        )
    }

    #[test]
    fn names_are_split_without_breaking_last_first() {
        assert_eq!(names("Smith, John"), vec!["Smith, John"]);
        assert_eq!(
            names("Smith, John; Doe, Jane"),
            vec!["Smith, John", "Doe, Jane"]
        );
        assert_eq!(names("a@x.gov, b@x.gov"), vec!["a@x.gov", "b@x.gov"]);
        assert_eq!(
            names("A. One, B. Two, C. Three"),
            vec!["A. One", "B. Two", "C. Three"]
        );
        assert!(names("Unknown").is_empty());
    }

    #[test]
    fn lawyers_by_context_by_title_and_by_another_entry() {
        let p = read(
            "M. Chen (Fines, Penalties and Forfeitures)",
            "J. Ramirez",
            "K. Lee",
        );
        assert_eq!(p.all[0].lawyer, None);
        assert_eq!(
            p.all[1].lawyer,
            Some(LawyerBy::Title),
            "named with a title elsewhere"
        );
        assert_eq!(
            p.all[2].lawyer,
            Some(LawyerBy::Context(Some(AttorneyRole::LitigationCounsel)))
        );
    }

    #[test]
    fn outsiders_by_list_domain_and_mark() {
        let p = read(
            "m.chen@cbp.dhs.gov",
            "ops@acmeimports.com; Acme Imports",
            "Harbor Customs Brokers LLC",
        );
        assert_eq!(p.all[0].outside, None);
        assert_eq!(
            p.all[1].outside,
            Some(Outside::NotAdverse),
            "a domain not the agency's"
        );
        assert_eq!(
            p.all[2].outside,
            Some(Outside::Adverse),
            "listed as adverse"
        );
        assert_eq!(
            p.all[3].outside,
            Some(Outside::NotAdverse),
            "an organisation's mark"
        );
        assert!(p.adverse().is_some());
        let sub = read("a@port.cbp.dhs.gov", "b@notcbp.dhs.gov", "");
        assert_eq!(sub.all[0].outside, None, "a subdomain of the agency's own");
        assert_eq!(
            sub.all[1].outside,
            Some(Outside::NotAdverse),
            "not a subdomain"
        );
        let own = read("Office of Chief Counsel, Inc.", "x", "");
        assert_eq!(own.all[0].outside, None, "the agency's own office");
    }

    #[test]
    fn counts_and_groups() {
        let p = read("A", "Distribution list (47 recipients)", "B; C");
        assert_eq!(p.recipients(), 49);
        assert!(!p.has_group());
        let g = read("A", "All staff", "");
        assert!(g.has_group());
        assert!(read("Unknown", "Unknown", "").author_missing);
        assert!(read("Unknown", "N/A", "").recipients_missing);
    }
}
