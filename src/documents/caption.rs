//! The caption of a court paper, in the form of the court the matter names: the Court of
//! International Trade (its heading, the parties, "Before: ___, Judge", "Court No."), a United
//! States district court (its heading with the district, the parties, the case number), and a
//! plain form for the rest. What the matter leaves empty stays a visible blank.

use super::{Block, Caption};
use crate::matter::{Field, Matter};

/// Which court's form a caption takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CourtForm {
    /// The Court of International Trade (or the Customs Court before it).
    TradeCourt,
    /// A United States district court.
    DistrictCourt,
    /// Any other court, or none named.
    Plain,
}

impl CourtForm {
    /// The form for the court the matter names.
    pub fn of(matter: &Matter) -> CourtForm {
        let court = matter.court.to_lowercase();
        if court.contains("international trade") || court.contains("customs court") {
            CourtForm::TradeCourt
        } else if court.contains("district court") {
            CourtForm::DistrictCourt
        } else {
            CourtForm::Plain
        }
    }
}

/// `field`'s text, or the blank to fill in.
pub fn or_blank<'a>(matter: &'a Matter, field: Field, blank: &'a str) -> &'a str {
    matter.stated(field).unwrap_or(blank)
}

/// The caption block of a paper filed in the matter's case.
pub fn caption(matter: &Matter) -> Block {
    let form = CourtForm::of(matter);
    let mut court = vec![or_blank(matter, Field::Court, "[Court]").to_uppercase()];
    if form == CourtForm::DistrictCourt || matter.stated(Field::Division).is_some() {
        court.push(
            or_blank(matter, Field::Division, "[District]")
                .to_uppercase()
                .to_string(),
        );
    }
    let parties = match (
        matter.stated(Field::Plaintiff),
        matter.stated(Field::Defendant),
    ) {
        (None, None) if matter.stated(Field::CaseName).is_some() => {
            vec![or_blank(matter, Field::CaseName, "").to_string()]
        }
        (plaintiff, defendant) => vec![
            format!("{},", plaintiff.unwrap_or("[Plaintiff]")),
            "Plaintiff,".into(),
            "v.".into(),
            format!("{},", defendant.unwrap_or("[Defendant]")),
            "Defendant.".into(),
        ],
    };
    let (prefix, before) = match form {
        CourtForm::TradeCourt => (
            "Court No.",
            Some(format!(
                "Before: {}, Judge",
                or_blank(matter, Field::Judge, "[Judge]")
            )),
        ),
        CourtForm::DistrictCourt | CourtForm::Plain => (
            "No.",
            matter
                .stated(Field::Judge)
                .map(|judge| format!("Judge {judge}")),
        ),
    };
    let number = or_blank(matter, Field::CourtNumber, "[number]");
    let number = if ["Court No.", "No.", "Case No.", "Civil Action No."]
        .iter()
        .any(|p| number.starts_with(p))
    {
        number.to_string()
    } else {
        format!("{prefix} {number}")
    };
    Block::Caption(Caption {
        court,
        parties,
        number,
        before,
    })
}

/// Where and when a paper is signed, as blanks where the matter does not say.
pub fn dated(matter: &Matter) -> String {
    format!(
        "Dated: [date]\n{}",
        or_blank(matter, Field::Place, "[place]")
    )
}

/// Counsel's signature block for `client` (by its role in the case), or its blanks.
pub fn counsel_signature(matter: &Matter, client: &str) -> Block {
    let mut lines = vec!["/s/ ____________________".to_string()];
    match matter.stated(Field::Counsel) {
        Some(block) => lines.extend(block.lines().map(str::trim).map(String::from)),
        None => lines.extend([
            "[Name]".to_string(),
            "[Office or firm]".into(),
            "[Address]".into(),
            "[Telephone] · [E-mail]".into(),
        ]),
    }
    lines.push(format!("Attorney for {client}"));
    Block::Signature(lines)
}

#[cfg(test)]
#[allow(clippy::panic, clippy::indexing_slicing, clippy::unwrap_used)] // tests: a panic is a failed test
mod tests {
    use super::*;

    #[test]
    fn the_trade_courts_caption() {
        let Block::Caption(caption) = caption(&Matter::melamine()) else {
            panic!("a caption");
        };
        assert_eq!(
            caption.court,
            ["UNITED STATES COURT OF INTERNATIONAL TRADE"]
        );
        assert_eq!(caption.before.as_deref(), Some("Before: Landis, Judge"));
        assert_eq!(caption.number, "Court No. [number]");
        assert_eq!(
            caption.parties,
            [
                "Melamine Chemicals, Inc.,",
                "Plaintiff,",
                "v.",
                "United States,",
                "Defendant."
            ]
        );
    }

    #[test]
    fn a_district_courts_caption_names_its_district() {
        let mut matter = Matter::default();
        matter.set(Field::Court, "United States District Court");
        matter.set(Field::Division, "Southern District of New York");
        matter.set(Field::CourtNumber, "1:21-cv-01234");
        matter.set(Field::Plaintiff, "Acme Imports, Inc.");
        let Block::Caption(caption) = caption(&matter) else {
            panic!("a caption");
        };
        assert_eq!(
            caption.court,
            [
                "UNITED STATES DISTRICT COURT",
                "SOUTHERN DISTRICT OF NEW YORK"
            ]
        );
        assert_eq!(caption.number, "No. 1:21-cv-01234");
        assert_eq!(caption.before, None);
        assert_eq!(
            caption.parties[3], "[Defendant],",
            "a blank, never invented"
        );
        assert_eq!(CourtForm::of(&matter), CourtForm::DistrictCourt);
    }

    #[test]
    fn a_plain_caption_with_only_a_case_name() {
        let mut matter = Matter::default();
        matter.set(Field::CaseName, "In re Grand Jury Subpoena");
        let Block::Caption(caption) = caption(&matter) else {
            panic!("a caption");
        };
        assert_eq!(caption.court, ["[COURT]"]);
        assert_eq!(caption.parties, ["In re Grand Jury Subpoena"]);
        assert_eq!(CourtForm::of(&matter), CourtForm::Plain);
    }
}
