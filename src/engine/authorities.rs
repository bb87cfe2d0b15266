//! The table of authorities: every case, statute and rule the engine cites, once, in Bluebook
//! form (case names abbreviated per table T6; court and year in the parenthetical; reported cases
//! by reporter, not slip opinion).
//!
//! Steps and caveats name an [`Authority`], never a citation string of their own, so the same
//! case is never cited two ways. Pinpoints are given only where the research behind the rulebook
//! checked or knew them (see `docs/doctrine.md`).

use serde::{Serialize, Serializer};

/// Declares the table once: the Rust name, the full citation, and the short form used in
/// running text after the first citation.
macro_rules! authorities {
    ($( $(#[$meta:meta])* $id:ident => $full:literal, short $short:literal; )+) => {
        /// An authority the engine cites.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Authority { $( $(#[$meta])* $id ),+ }

        impl Authority {
            /// Every authority, in the table's order.
            pub const ALL: &'static [Authority] = &[$(Authority::$id),+];

            /// The full citation.
            pub fn full(self) -> &'static str {
                match self { $(Authority::$id => $full),+ }
            }

            /// The short form ("Reynolds", "§ 552(b)(5)").
            pub fn short(self) -> &'static str {
                match self { $(Authority::$id => $short),+ }
            }
        }
    };
}

authorities! {
    /// The opinion itself.
    Melamine => "Melamine Chems., Inc. v. United States, 1 CIT 65 (1980)", short "Melamine";
    /// Cited by the opinion at 65 (the pro-con rule), 66 (not absolute) and 66 n.2.
    Scm => "SCM Corp. v. United States, 473 F. Supp. 791 (Cust. Ct. 1979)", short "SCM";
    /// Cited by the opinion at 65 (the pro-con rule) and 66 (the burden).
    Sprague => "Sprague Elec. Co. v. United States, 462 F. Supp. 966 (Cust. Ct. 1978)", short "Sprague";
    /// Cited by the opinion at 65 (the pro-con rule) and 66 (timing, accord).
    Henkel => "Henkel Corp. v. United States, 85 Cust. Ct. 129 (1980)", short "Henkel";
    /// Cited by the opinion at 66 (timing of a protective-order motion).
    Asahi => "Asahi Chem. Indus. Co. v. United States, 1 CIT 21 (1980)", short "Asahi";
    /// Cited by the opinion at 66 (absolute only for military or state secrets).
    Reynolds => "United States v. Reynolds, 345 U.S. 1 (1953)", short "Reynolds";
    /// The formal-claim requirements.
    ReynoldsFormalClaim => "United States v. Reynolds, 345 U.S. 1, 7–8 (1953)", short "Reynolds, 345 U.S. at 7–8";
    /// The dictum that a prosecuting government cannot invoke its privileges to deprive the
    /// accused of what is material to the defence.
    ReynoldsProsecution => "United States v. Reynolds, 345 U.S. 1, 12 (1953)", short "Reynolds, 345 U.S. at 12";
    /// Cited by the opinion at 66 (the burden on the opposing party).
    Nixon => "United States v. Nixon, 418 U.S. 683 (1974)", short "Nixon";
    /// State secrets even where publicly reported.
    Zubaydah => "United States v. Zubaydah, 595 U.S. 195 (2022)", short "Zubaydah";
    /// Formal delegation of the deliberative-process privilege.
    Marriott => "Marriott Int'l Resorts, L.P. v. United States, 437 F.3d 1302 (Fed. Cir. 2006)", short "Marriott";
    /// The privilege log.
    Frcp26b5a => "Fed. R. Civ. P. 26(b)(5)(A)", short "Rule 26(b)(5)(A)";
    /// Claims item by item.
    Nlg => "Nat'l Lawyers Guild v. Att'y Gen., 96 F.R.D. 390 (S.D.N.Y. 1982)", short "National Lawyers Guild";
    /// Segregable facts; in camera review discretionary.
    Mink => "EPA v. Mink, 410 U.S. 73 (1973)", short "Mink";
    /// Summaries of facts whose selection is deliberative.
    Montrose => "Montrose Chem. Corp. of Cal. v. Train, 491 F.2d 63 (D.C. Cir. 1974)", short "Montrose";
    /// Post-decisional documents and working law.
    Sears => "NLRB v. Sears, Roebuck & Co., 421 U.S. 132 (1975)", short "Sears";
    /// Reports to the body with final authority are predecisional.
    Grumman => "Renegotiation Bd. v. Grumman Aircraft Eng'g Corp., 421 U.S. 168 (1975)", short "Grumman";
    /// Working law not protected.
    CoastalStates => "Coastal States Gas Corp. v. Dep't of Energy, 617 F.2d 854 (D.C. Cir. 1980)", short "Coastal States";
    /// Drafts never adopted are predecisional.
    SierraClub => "U.S. Fish & Wildlife Serv. v. Sierra Club, Inc., 592 U.S. 261 (2021)", short "Sierra Club";
    /// Communications with outside parties are not intra-agency.
    Klamath => "Dep't of the Interior v. Klamath Water Users Protective Ass'n, 532 U.S. 1 (2001)", short "Klamath";
    /// Business-proprietary material under an administrative protective order (not privilege).
    AmericanSpringWire => "Am. Spring Wire Corp. v. United States, 566 F. Supp. 1538 (Ct. Int'l Trade 1983)", short "American Spring Wire";
    /// Balancing factors; presidential communications.
    SealedCase => "In re Sealed Case, 121 F.3d 729 (D.C. Cir. 1997)", short "Sealed Case";
    /// The scope of the presidential communications privilege.
    SealedCaseCircle => "In re Sealed Case, 121 F.3d 729, 752 (D.C. Cir. 1997)", short "Sealed Case, 121 F.3d at 752";
    /// Balancing factors (quoted in Sealed Case).
    Comptroller1992 => "In re Subpoena Served Upon the Comptroller of the Currency, 967 F.2d 630 (D.C. Cir. 1992)", short "Comptroller of the Currency";
    /// Where the cause of action is directed at the government's intent, no privilege.
    Comptroller1998 => "In re Subpoena Duces Tecum Served on the Off. of the Comptroller of the Currency, 145 F.3d 1422, 1424 (D.C. Cir. 1998)", short "Subpoena Duces Tecum, 145 F.3d at 1424";
    /// On rehearing: the exception does not reach record review absent bad faith.
    Comptroller1998Rehearing => "In re Subpoena Duces Tecum Served on the Off. of the Comptroller of the Currency, 156 F.3d 1279 (D.C. Cir. 1998) (on reh'g)", short "Subpoena Duces Tecum, 156 F.3d 1279";
    /// A grand jury's showing against presidential communications.
    Sirica => "Nixon v. Sirica, 487 F.2d 700 (D.C. Cir. 1973) (en banc)", short "Sirica";
    /// A congressional committee's showing.
    SenateSelect => "Senate Select Comm. on Presidential Campaign Activities v. Nixon, 498 F.2d 725 (D.C. Cir. 1974) (en banc)", short "Senate Select Committee";
    /// Pardon documents outside the President's circle.
    JudicialWatch => "Judicial Watch, Inc. v. Dep't of Just., 365 F.3d 1108 (D.C. Cir. 2004)", short "Judicial Watch";
    /// A directive distributed beyond the President's advisers.
    EffectiveGovernment => "Ctr. for Effective Gov't v. U.S. Dep't of State, 7 F. Supp. 3d 16 (D.D.C. 2013)", short "Center for Effective Government";
    /// Foreseeable harm: no boilerplate.
    ReportersCommittee => "Reps. Comm. for Freedom of the Press v. FBI, 3 F.4th 350 (D.C. Cir. 2021)", short "Reporters Committee";
    /// A prosecution that withholds what it was ordered to produce.
    Jencks => "Jencks v. United States, 353 U.S. 657 (1957)", short "Jencks";
    /// Statements of government witnesses.
    Usc18_3500d => "18 U.S.C. § 3500(d)", short "§ 3500(d)";
    /// Exemption 5, the 25-year sunset, and segregability.
    Usc5_552b5 => "5 U.S.C. § 552(b)(5)", short "§ 552(b)(5)";
    /// The reasonably segregable portion of a record.
    Usc5_552b => "5 U.S.C. § 552(b)", short "§ 552(b)";
    /// De novo review, the agency's burden, in camera examination.
    Usc5_552a4b => "5 U.S.C. § 552(a)(4)(B)", short "§ 552(a)(4)(B)";
    /// Foreseeable harm and segregation.
    Usc5_552a8a => "5 U.S.C. § 552(a)(8)(A)", short "§ 552(a)(8)(A)";
    /// The FOIA Improvement Act of 2016.
    FoiaImprovementAct => "FOIA Improvement Act of 2016, Pub. L. No. 114-185, 130 Stat. 538", short "FOIA Improvement Act";
    /// Confidential status preserved; in camera examination; disclosure on conditions.
    Usc19_1516aB2B => "19 U.S.C. § 1516a(b)(2)(B)", short "§ 1516a(b)(2)(B)";
    /// Protective orders in the Court of International Trade (formerly Customs Court rule 6.1(c)).
    CitRule26c => "Ct. Int'l Trade R. 26(c)", short "Rule 26(c)";
    // The privilege-log review (`docs/log-review.md`): attorney-client, work product, law
    // enforcement, and what a log must show.
    /// Attorney-client elements (A1).
    UpjohnElements => "Upjohn Co. v. United States, 449 U.S. 383, 389 (1981)", short "Upjohn, 449 U.S. at 389";
    /// Employees at any level; the control-group test rejected (A3).
    UpjohnEmployees => "Upjohn Co. v. United States, 449 U.S. 383, 390–97 (1981)", short "Upjohn, 449 U.S. at 390–97";
    /// Facts are not privileged (A4).
    UpjohnFacts => "Upjohn Co. v. United States, 449 U.S. 383, 395 (1981)", short "Upjohn, 449 U.S. at 395";
    /// Counsel's work product (W2).
    UpjohnWorkProduct => "Upjohn Co. v. United States, 449 U.S. 383, 397–401 (1981)", short "Upjohn, 449 U.S. at 397–401";
    /// Pre-existing documents do not become privileged by being sent to a lawyer (A4).
    Fisher => "Fisher v. United States, 425 U.S. 391, 403–04 (1976)", short "Fisher, 425 U.S. at 403–04";
    /// The government as client (A1, A2).
    CoastalStatesAttorneyClient => "Coastal States Gas Corp. v. Dep't of Energy, 617 F.2d 854, 862–63 (D.C. Cir. 1980)", short "Coastal States, 617 F.2d at 862–63";
    /// Confidentiality and circulation (A7).
    CoastalStatesCirculation => "Coastal States Gas Corp. v. Dep't of Energy, 617 F.2d 854, 863 (D.C. Cir. 1980)", short "Coastal States, 617 F.2d at 863";
    /// Ordinary course; the litigation must be identified (W4).
    CoastalStatesWorkProduct => "Coastal States Gas Corp. v. Dep't of Energy, 617 F.2d 854, 864–65 (D.C. Cir. 1980)", short "Coastal States, 617 F.2d at 864–65";
    /// The decision and the document's role in it (P1).
    CoastalStatesDecision => "Coastal States Gas Corp. v. Dep't of Energy, 617 F.2d 854, 868 (D.C. Cir. 1980)", short "Coastal States, 617 F.2d at 868";
    /// Primary purpose: one of the significant purposes (A5).
    Kellogg => "In re Kellogg Brown & Root, Inc., 756 F.3d 754, 760 (D.C. Cir. 2014)", short "Kellogg, 756 F.3d at 760";
    /// Business communications are not privileged because a lawyer saw them (A5).
    Ibm => "United States v. Int'l Bus. Machs. Corp., 66 F.R.D. 206 (S.D.N.Y. 1974)", short "IBM";
    /// Business advice is not privileged (A5).
    WesternTrails => "W. Trails, Inc. v. Camp Coast to Coast, Inc., 139 F.R.D. 4 (D.D.C. 1991)", short "Western Trails";
    /// Circulation among officials who share the privilege (A7); ordinary course and what the
    /// log must show for work product (W4, W9).
    CoastalCorp => "Coastal Corp. v. Duncan, 86 F.R.D. 514 (D. Del. 1980)", short "Coastal Corp.";
    /// Confidentiality (A7); a litigation-hold notice held not work product (§6).
    Evans => "Evans v. Atwood, 177 F.R.D. 1 (D.D.C. 1997)", short "Evans";
    /// Dissemination only to those who need to know (A7).
    GulfWestern => "SEC v. Gulf & W. Indus., Inc., 518 F. Supp. 675, 681 (D.D.C. 1981)", short "Gulf & Western, 518 F. Supp. at 681";
    /// Waiver by disclosure to an outsider (A8).
    Permian => "Permian Corp. v. United States, 665 F.2d 1214 (D.C. Cir. 1981)", short "Permian";
    /// Waiver by disclosure (A8).
    SealedCaseWaiver => "In re Sealed Case, 877 F.2d 976 (D.C. Cir. 1989)", short "Sealed Case, 877 F.2d 976";
    /// Agents of the lawyer (A8).
    Kovel => "United States v. Kovel, 296 F.2d 918 (2d Cir. 1961)", short "Kovel";
    /// Waiver by disclosure, and its limits (A8).
    Fre502 => "Fed. R. Evid. 502", short "Rule 502";
    /// Work product defined (W1).
    Frcp26b3A => "Fed. R. Civ. P. 26(b)(3)(A)", short "Rule 26(b)(3)(A)";
    /// Fact work product yields to substantial need; opinion work product protected (W6).
    Frcp26b3B => "Fed. R. Civ. P. 26(b)(3)(A)(ii), (B)", short "Rule 26(b)(3)(A)(ii), (B)";
    /// What a log must describe (A9, W9, L4).
    Frcp26b5Aii => "Fed. R. Civ. P. 26(b)(5)(A)(ii)", short "Rule 26(b)(5)(A)(ii)";
    /// The privilege must be named (N2).
    Frcp26b5Ai => "Fed. R. Civ. P. 26(b)(5)(A)(i)–(ii)", short "Rule 26(b)(5)(A)(i)–(ii)";
    /// A protective order for confidential commercial information (N1).
    Frcp26c1G => "Fed. R. Civ. P. 26(c)(1)(G)", short "Rule 26(c)(1)(G)";
    /// The log names the nature of the privilege (N2).
    SdnyRule26_2a1 => "S.D.N.Y. Local Civ. R. 26.2(a)(1)", short "Local Civ. R. 26.2(a)(1)";
    /// The log names every participant (A9).
    SdnyRule26_2a2A => "S.D.N.Y. Local Civ. R. 26.2(a)(2)(A)", short "Local Civ. R. 26.2(a)(2)(A)";
    /// The origin of the work-product doctrine (W2).
    Hickman => "Hickman v. Taylor, 329 U.S. 495 (1947)", short "Hickman";
    /// The "because of" test; ordinary course excluded (W3, W4).
    Adlman => "United States v. Adlman, 134 F.3d 1194, 1202 (2d Cir. 1998)", short "Adlman, 134 F.3d at 1202";
    /// The "because of" test in the D.C. Circuit (W3).
    DeloitteBecauseOf => "United States v. Deloitte LLP, 610 F.3d 129, 137 (D.C. Cir. 2010)", short "Deloitte, 610 F.3d at 137";
    /// Disclosure and work product (W7, W8).
    DeloitteDisclosure => "United States v. Deloitte LLP, 610 F.3d 129, 140 (D.C. Cir. 2010)", short "Deloitte, 610 F.3d at 140";
    /// The law-enforcement investigatory privilege: what it protects and how it is invoked (L1, L2).
    SealedCaseLawEnforcement => "In re Sealed Case, 856 F.2d 268, 271–72 (D.C. Cir. 1988)", short "Sealed Case, 856 F.2d at 271–72";
    /// The factors of the law-enforcement balance (L3).
    Frankenhauser => "Frankenhauser v. Rizzo, 59 F.R.D. 339, 344 (E.D. Pa. 1973)", short "Frankenhauser, 59 F.R.D. at 344";
    /// Confidential commercial information: a protective order, not a privilege (N1).
    Merrill => "Fed. Open Mkt. Comm. v. Merrill, 443 U.S. 340, 362 (1979)", short "Merrill, 443 U.S. at 362";
}

impl Authority {
    /// Whether the authority is the trade courts' own procedure (19 U.S.C. § 1516a, the court's
    /// Rule 26(c)): cited only in those courts.
    pub fn is_trade_court_procedure(self) -> bool {
        matches!(self, Authority::Usc19_1516aB2B | Authority::CitRule26c)
    }
}

impl std::fmt::Display for Authority {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.full())
    }
}

impl Serialize for Authority {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.full())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A case citation without its pinpoint: name, volume, reporter and first page, then the
    /// parenthetical; with the name and the reporter cite, which say which case it is.
    fn without_pinpoint(full: &str) -> (String, String, String) {
        let (body, parenthetical) = full.split_once(" (").unwrap_or((full, ""));
        let mut parts = body.split(", ");
        let name = parts.next().unwrap_or_default().to_string();
        let reporter = parts.next().unwrap_or_default().to_string();
        let base = format!("{name}, {reporter} ({parenthetical}");
        (name, reporter, base)
    }

    #[test]
    fn each_case_is_cited_one_way() {
        // Two entries may name one case only to give different pinpoints: with the pinpoint
        // taken out, the citations must be the same.
        for a in Authority::ALL {
            for b in Authority::ALL {
                let (name_a, reporter_a, base_a) = without_pinpoint(a.full());
                let (name_b, reporter_b, base_b) = without_pinpoint(b.full());
                if name_a == name_b && reporter_a == reporter_b {
                    assert_eq!(base_a, base_b, "{a:?} and {b:?} cite one case two ways");
                }
            }
        }
        let fulls: std::collections::HashSet<_> = Authority::ALL.iter().map(|a| a.full()).collect();
        assert_eq!(fulls.len(), Authority::ALL.len(), "a citation listed twice");
    }

    #[test]
    fn bluebook_forms() {
        for a in Authority::ALL {
            let full = a.full();
            assert!(
                !full.contains("(CIT "),
                "{full}: Ct. Int'l Trade in the parenthetical"
            );
            assert!(
                !full.contains("Slip Op."),
                "{full}: a reported case is cited by reporter"
            );
            for long in [
                "Chemicals",
                "Electric",
                "Corporation",
                "Department",
                "Committee",
                "National",
                "Industry",
                "Board",
                "Engineering",
                "Service",
            ] {
                assert!(!full.contains(long), "{full}: T6 abbreviates {long}");
            }
            assert!(!a.short().is_empty());
        }
    }
}
