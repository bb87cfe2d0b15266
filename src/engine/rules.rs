//! The rulebook: every rule the engine applies, as data.
//!
//! Each rule carries its source: the pinpoint in *Melamine Chemicals* (or the doctrine it rests on),
//! the opinion's own words where the rule comes from the opinion, and the authorities in full
//! citation form. The decision procedure, the reports, the UI and the tests all read rules from
//! [`RULEBOOK`]; no rule text is written anywhere else.

use serde::Serialize;

/// The identifier of a rule: R1–R13 come from the opinion, D1–D10 are the doctrine overlays
/// (DOCTRINE.md §6).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[allow(missing_docs)]
pub enum RuleId {
    R1,
    R2,
    R3,
    R4,
    R5,
    R6,
    R7,
    R8,
    R9,
    R10,
    R11,
    R12,
    R13,
    D1,
    D2,
    D3,
    D4,
    D5,
    D6,
    D7,
    D8,
    D9,
    D10,
}

impl RuleId {
    /// Every rule id, in rulebook order.
    pub const ALL: [RuleId; 23] = [
        RuleId::R1,
        RuleId::R2,
        RuleId::R3,
        RuleId::R4,
        RuleId::R5,
        RuleId::R6,
        RuleId::R7,
        RuleId::R8,
        RuleId::R9,
        RuleId::R10,
        RuleId::R11,
        RuleId::R12,
        RuleId::R13,
        RuleId::D1,
        RuleId::D2,
        RuleId::D3,
        RuleId::D4,
        RuleId::D5,
        RuleId::D6,
        RuleId::D7,
        RuleId::D8,
        RuleId::D9,
        RuleId::D10,
    ];

    /// The rule's entry in the rulebook.
    pub fn rule(self) -> &'static Rule {
        // RULEBOOK is written in the order of RuleId::ALL, so a discriminant is always a valid
        // index; `rulebook_is_in_id_order` checks it.
        #[allow(clippy::indexing_slicing)]
        &RULEBOOK[self as usize]
    }

    /// The id as written in DOCTRINE.md ("R3", "D5").
    pub fn as_str(self) -> &'static str {
        match self {
            RuleId::R1 => "R1",
            RuleId::R2 => "R2",
            RuleId::R3 => "R3",
            RuleId::R4 => "R4",
            RuleId::R5 => "R5",
            RuleId::R6 => "R6",
            RuleId::R7 => "R7",
            RuleId::R8 => "R8",
            RuleId::R9 => "R9",
            RuleId::R10 => "R10",
            RuleId::R11 => "R11",
            RuleId::R12 => "R12",
            RuleId::R13 => "R13",
            RuleId::D1 => "D1",
            RuleId::D2 => "D2",
            RuleId::D3 => "D3",
            RuleId::D4 => "D4",
            RuleId::D5 => "D5",
            RuleId::D6 => "D6",
            RuleId::D7 => "D7",
            RuleId::D8 => "D8",
            RuleId::D9 => "D9",
            RuleId::D10 => "D10",
        }
    }

    /// Whether seed-only mode applies the rule.
    pub fn in_seed_mode(self) -> bool {
        self.rule().basis != Basis::Doctrine
    }
}

/// Where a rule, or a step of reasoning, comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// Stated in the opinion itself.
    Seed,
    /// Not stated outright, but follows from the opinion by negative implication or from what it
    /// recites.
    SeedImplied,
    /// Standard doctrine the opinion does not state; applied only in full mode.
    Doctrine,
}

/// One rule of the rulebook.
#[derive(Debug, Serialize)]
pub struct Rule {
    /// R1 … R13, D1 … D10.
    pub id: RuleId,
    /// A short name in the law's own words.
    pub title: &'static str,
    /// Where the rule comes from.
    pub basis: Basis,
    /// The pinpoint: "Seed ¶8", "Seed fn2", or the doctrine's leading authority.
    pub pinpoint: &'static str,
    /// The opinion's own words (verbatim, star paging included) where the rule comes from it.
    pub quote: Option<&'static str>,
    /// Full citations of the authorities behind the rule.
    pub authorities: &'static [&'static str],
    /// What the rule says, in plain words.
    pub statement: &'static str,
}

/// The authorities, in full citation form.
pub mod authority {
    #![allow(missing_docs)]
    pub const MELAMINE: &str = "Melamine Chemicals, Inc. v. United States, 1 CIT 65 (1980)";
    pub const SCM: &str = "SCM Corp. v. United States, 82 Cust. Ct. 351, C.R.D. 79-11, 473 F. Supp. 791 (Cust. Ct. 1979)";
    pub const SPRAGUE: &str = "Sprague Electric Co. v. United States, 81 Cust. Ct. 168, C.R.D. 78-18, 462 F. Supp. 966 (Cust. Ct. 1978)";
    pub const HENKEL: &str = "Henkel Corp. v. United States, 85 Cust. Ct. 129, C.R.D. 80-15 (1980)";
    pub const REYNOLDS: &str = "United States v. Reynolds, 345 U.S. 1 (1953)";
    pub const NIXON: &str = "United States v. Nixon, 418 U.S. 683 (1974)";
    pub const ASAHI: &str =
        "Asahi Chemical Industry Co. v. United States, 1 CIT 21, Slip Op. 80-5 (Nov. 20, 1980)";
    pub const USC_1516A_B2B: &str = "19 U.S.C. § 1516a(b)(2)(B)";
    pub const CIT_RULE_26C: &str =
        "U.S. Court of International Trade Rule 26(c) (formerly Customs Court rule 6.1(c))";
    pub const ZUBAYDAH: &str = "United States v. Zubaydah, 595 U.S. 195 (2022)";
    pub const MARRIOTT: &str =
        "Marriott Int'l Resorts, L.P. v. United States, 437 F.3d 1302 (Fed. Cir. 2006)";
    pub const FRCP_26B5A: &str = "Fed. R. Civ. P. 26(b)(5)(A)";
    pub const NLG: &str =
        "National Lawyers Guild v. Attorney General, 96 F.R.D. 390 (S.D.N.Y. 1982)";
    pub const MINK: &str = "EPA v. Mink, 410 U.S. 73 (1973)";
    pub const MONTROSE: &str = "Montrose Chemical Corp. v. Train, 491 F.2d 63 (D.C. Cir. 1974)";
    pub const SEARS: &str = "NLRB v. Sears, Roebuck & Co., 421 U.S. 132 (1975)";
    pub const GRUMMAN: &str =
        "Renegotiation Board v. Grumman Aircraft Engineering Corp., 421 U.S. 168 (1975)";
    pub const COASTAL_STATES: &str =
        "Coastal States Gas Corp. v. Department of Energy, 617 F.2d 854 (D.C. Cir. 1980)";
    pub const SIERRA_CLUB: &str =
        "U.S. Fish & Wildlife Service v. Sierra Club, Inc., 592 U.S. 261 (2021)";
    pub const KLAMATH: &str =
        "Department of the Interior v. Klamath Water Users Protective Ass'n, 532 U.S. 1 (2001)";
    pub const AMERICAN_SPRING_WIRE: &str =
        "American Spring Wire Corp. v. United States, 566 F. Supp. 1538 (CIT 1983)";
    pub const SEALED_CASE: &str = "In re Sealed Case, 121 F.3d 729 (D.C. Cir. 1997)";
    pub const COMPTROLLER: &str =
        "In re Subpoena Served Upon the Comptroller of the Currency, 967 F.2d 630 (D.C. Cir. 1992)";
    pub const SIRICA: &str = "Nixon v. Sirica, 487 F.2d 700 (D.C. Cir. 1973)";
    pub const SENATE_SELECT: &str = "Senate Select Committee on Presidential Campaign Activities v. Nixon, 498 F.2d 725 (D.C. Cir. 1974)";
}

use authority as a;

/// Every rule, in the order of DOCTRINE.md §6.
pub static RULEBOOK: [Rule; 23] = [
    Rule {
        id: RuleId::R1,
        title: "Protected category: pro-con documents compiled solely for internal use",
        basis: Basis::Seed,
        pinpoint: "Seed ¶6",
        quote: Some(
            "It is well settled that documents of the International Trade Commission of a pro-con nature which are compiled solely for internal use by the Commission and which comprise part of the process and ideas by which, and upon which a final determination of the Commission is based, are subject to a protective order against disclosure on the *66ground of privilege.",
        ),
        authorities: &[a::SCM, a::SPRAGUE, a::HENKEL],
        statement: "A document of a pro-con (deliberative) nature, compiled solely for internal use and part of the process by which the final determination was made, is subject to a protective order on the ground of privilege.",
    },
    Rule {
        id: RuleId::R2,
        title: "Qualified privilege, except military or state secrets",
        basis: Basis::Seed,
        pinpoint: "Seed ¶7",
        quote: Some(
            "While executive privilege is not absolute except in cases of military or State secrets",
        ),
        authorities: &[a::REYNOLDS, a::SCM],
        statement: "Executive privilege is qualified; only military or state secrets are absolutely protected.",
    },
    Rule {
        id: RuleId::R3,
        title: "The established criteria for invoking the privilege",
        basis: Basis::Seed,
        pinpoint: "Seed ¶8",
        quote: Some(
            "In the present actions movant has complied with the established criteria by formally invoking the claim for privilege through the head of the agency having control of the matter and who personally reviewed the materials in issue and has submitted an appropriate affidavit in support of the privilege claim.",
        ),
        authorities: &[a::REYNOLDS],
        statement: "The privilege is properly invoked by a formal claim, lodged through the head of the agency having control of the matter, who personally reviewed the materials, supported by an appropriate affidavit. A claim lacking any element fails on this record (by negative implication).",
    },
    Rule {
        id: RuleId::R4,
        title: "Burden shifts to the party seeking disclosure",
        basis: Basis::Seed,
        pinpoint: "Seed ¶7",
        quote: Some(
            "nonetheless, once the proponent for the invocation of the privilege has complied with the established criteria for the privilege, it is incumbent upon the opposing party to show that the privileged material should be disclosed by demonstrating clearly and persuasively that the need for disclosure outweighs the harm that could result from nondisclosure.",
        ),
        authorities: &[a::NIXON, a::SPRAGUE],
        statement: "Once the privilege is properly invoked over protected material, the opposing party must show clearly and persuasively that the need for disclosure outweighs the harm of nondisclosure.",
    },
    Rule {
        id: RuleId::R5,
        title: "Compelling need that outweighs the harm",
        basis: Basis::Seed,
        pinpoint: "Seed ¶10",
        quote: Some(
            "those opposing said motion must evaluate the importance of the document in issue in making their opposition and must, once the movant has complied with the essential criteria for invoking a privilege claim, demonstrate a compelling need for the document that outweighs the harm that could result from protection.",
        ),
        authorities: &[a::NIXON, a::SPRAGUE],
        statement: "Disclosure follows only where the opposing party demonstrates a compelling need that outweighs the harm of disclosure.",
    },
    Rule {
        id: RuleId::R6,
        title: "\"Premature\" or \"not yet evaluated\" is no opposition",
        basis: Basis::Seed,
        pinpoint: "Seed ¶10",
        quote: Some(
            "It is insufficient to defeat such motion by merely claiming that the party has not yet determined whether to request production of the document because it has not had an opportunity to evaluate the importance of the document.",
        ),
        authorities: &[],
        statement: "An objection that the motion is premature, or that the opposing party has not yet evaluated the document, does not defeat a motion for a protective order.",
    },
    Rule {
        id: RuleId::R7,
        title: "Timing: the motion may precede any demand; the court may act on its own",
        basis: Basis::Seed,
        pinpoint: "Seed ¶9, fn3",
        quote: Some(
            "The plain language of the rule is to the effect that any party may move for a protective order and that the court may make any order which justice requires without any limitation as to when a protective order may be granted.",
        ),
        authorities: &[a::ASAHI, a::HENKEL, a::CIT_RULE_26C],
        statement: "A motion for a protective order may be made before the document is demanded, and the court may act sua sponte, without a demand or a motion.",
    },
    Rule {
        id: RuleId::R8,
        title: "More time: confer or petition for an extension",
        basis: Basis::Seed,
        pinpoint: "Seed ¶10",
        quote: Some(
            "If additional time is necessary, the party should confer with counsel or petition the court for an extension of time for good cause shown to oppose the motion.",
        ),
        authorities: &[],
        statement: "A party that needs time to evaluate the document should confer with counsel or petition for an extension of time for good cause shown; the court may then extend time before ruling (the opinion did not decide such a petition).",
    },
    Rule {
        id: RuleId::R9,
        title: "Unrebutted affidavit deemed true; no in camera inspection needed",
        basis: Basis::Seed,
        pinpoint: "Seed fn2",
        quote: Some(
            "In view of the fact that plaintiff has offered no opposition to the Alberger affidavit nor questioned that the document is other than a pro-con statement, the court deems the facts contained therein as true. The court, therefore, finds it unnecessary to make an in camera inspection permitted pursuant to 19 U.S.C. 1516a (b) (2) (B) because there is no issue as to whether the document contains facts or other material not subject to executive privilege.",
        ),
        authorities: &[a::SCM, a::USC_1516A_B2B],
        statement: "Where the opposing party neither refutes the supporting affidavit nor questions the contents of the document, the affidavit's facts are deemed true and an in camera inspection is unnecessary.",
    },
    Rule {
        id: RuleId::R10,
        title: "A real factual dispute calls for in camera inspection",
        basis: Basis::SeedImplied,
        pinpoint: "Seed fn2 (negative implication)",
        quote: Some(
            "because there is no issue as to whether the document contains facts or other material not subject to executive privilege",
        ),
        authorities: &[a::HENKEL, a::USC_1516A_B2B],
        statement: "Where the affidavit is refuted or the contents are questioned, the court may inspect the document in camera before ruling (the opinion says only when inspection is not needed; Henkel shows the court inspecting).",
    },
    Rule {
        id: RuleId::R11,
        title: "Disposition: protective order granted, document sealed",
        basis: Basis::Seed,
        pinpoint: "Seed ¶11–12",
        quote: Some(
            "Ordered and Adjudged that the clerk of the court shall seal document numbered 22 on list No. 2 and keep said document sealed and not subject to discovery or disclosure pending further order by the court.",
        ),
        authorities: &[],
        statement: "Where the privilege is properly invoked over protected material and no need outweighing the harm is shown, the motion is granted and the document sealed, not subject to discovery or disclosure pending further order of the court.",
    },
    Rule {
        id: RuleId::R12,
        title: "Privileged status in the agency proceeding supports, but does not decide",
        basis: Basis::SeedImplied,
        pinpoint: "Seed ¶4",
        quote: Some(
            "The document was accorded privileged status during the administrative proceedings before the Commission.",
        ),
        authorities: &[a::USC_1516A_B2B],
        statement: "Privileged status accorded in the administrative proceeding is to be preserved in a 19 U.S.C. § 1516a action, but it is supporting evidence only: it neither establishes nor replaces the protected category or a proper invocation.",
    },
    Rule {
        id: RuleId::R13,
        title: "No compelling reasons: the motion is granted",
        basis: Basis::Seed,
        pinpoint: "Seed ¶8",
        quote: Some(
            "In opposition, plaintiff has offered no compelling reasons to justify denial of the relief sought.",
        ),
        authorities: &[],
        statement: "Where the privilege is properly invoked and the opposing party neither refutes the affidavit, nor questions the contents, nor shows a compelling need, the motion is granted.",
    },
    Rule {
        id: RuleId::D1,
        title: "Reynolds requirements and the state-secrets branch",
        basis: Basis::Doctrine,
        pinpoint: "Reynolds, 345 U.S. at 7–11; Zubaydah",
        quote: None,
        authorities: &[a::REYNOLDS, a::ZUBAYDAH, a::NIXON],
        statement: "The privilege belongs to the Government and must be formally claimed by the head of the department with control of the matter after actual personal consideration. Where there is a reasonable danger that disclosure would expose military or state secrets, the claim is absolute: no need overcomes it and in camera inspection is not required.",
    },
    Rule {
        id: RuleId::D2,
        title: "Who may invoke: formal delegation",
        basis: Basis::Doctrine,
        pinpoint: "Marriott, 437 F.3d 1302",
        quote: None,
        authorities: &[a::MARRIOTT],
        statement: "The deliberative-process privilege may be invoked by a high-ranking official to whom the agency head has formally delegated the authority; a subordinate without delegation, or litigating counsel, may not.",
    },
    Rule {
        id: RuleId::D3,
        title: "Specificity: item-by-item claim and privilege log",
        basis: Basis::Doctrine,
        pinpoint: "Fed. R. Civ. P. 26(b)(5)(A); National Lawyers Guild",
        quote: None,
        authorities: &[a::FRCP_26B5A, a::NLG],
        statement: "The claim must be made expressly and item by item, describing each document withheld so that the other parties can assess the claim without its contents being revealed.",
    },
    Rule {
        id: RuleId::D4,
        title: "Facts versus deliberation",
        basis: Basis::Doctrine,
        pinpoint: "Mink, 410 U.S. 73; Montrose, 491 F.2d 63",
        quote: None,
        authorities: &[a::MINK, a::MONTROSE],
        statement: "Purely factual material that can be severed without compromising the deliberative material is not protected; facts whose selection itself reveals deliberation are.",
    },
    Rule {
        id: RuleId::D5,
        title: "Predecisional versus post-decisional",
        basis: Basis::Doctrine,
        pinpoint: "Sears, 421 U.S. 132; Grumman, 421 U.S. 168",
        quote: None,
        authorities: &[a::SEARS, a::GRUMMAN, a::COASTAL_STATES, a::SIERRA_CLUB],
        statement: "Documents explaining or implementing a decision already made, or adopted as the agency's working law, are not protected; predecisional recommendations and drafts are.",
    },
    Rule {
        id: RuleId::D6,
        title: "Threshold: intra-governmental communications only",
        basis: Basis::Doctrine,
        pinpoint: "Klamath, 532 U.S. 1",
        quote: None,
        authorities: &[a::KLAMATH, a::AMERICAN_SPRING_WIRE],
        statement: "Communications with an outside party that has its own interest are not intra-agency memoranda and get no deliberative-process protection; business-proprietary material is governed by administrative-protective-order balancing instead.",
    },
    Rule {
        id: RuleId::D7,
        title: "Balancing factors; the misconduct exception",
        basis: Basis::Doctrine,
        pinpoint: "In re Sealed Case, 121 F.3d 729",
        quote: None,
        authorities: &[a::SEALED_CASE, a::COMPTROLLER],
        statement: "In weighing need against harm the court considers the relevance of the evidence, its availability from other sources, the seriousness of the litigation, the government's role in it, and the risk of future timidity by government employees. Where there is reason to believe government misconduct occurred, the deliberative-process privilege does not shield it.",
    },
    Rule {
        id: RuleId::D8,
        title: "Presidential communications privilege",
        basis: Basis::Doctrine,
        pinpoint: "Nixon, 418 U.S. 683",
        quote: None,
        authorities: &[a::NIXON, a::SIRICA, a::SENATE_SELECT, a::SEALED_CASE],
        statement: "Presidential communications are presumptively privileged. The privilege yields to a demonstrated, specific need in a criminal proceeding or to a grand jury's particularized showing, and to a congressional committee only where the material is demonstrably critical to its functions.",
    },
    Rule {
        id: RuleId::D9,
        title: "In camera review and conditional disclosure",
        basis: Basis::Doctrine,
        pinpoint: "19 U.S.C. § 1516a(b)(2)(B); Mink",
        quote: None,
        authorities: &[a::USC_1516A_B2B, a::MINK],
        statement: "In camera review is discretionary, and the court may disclose privileged material under such terms and conditions as it may order (for instance, to counsel only).",
    },
    Rule {
        id: RuleId::D10,
        title: "FOIA: the requester's need does not count",
        basis: Basis::Doctrine,
        pinpoint: "Sears, 421 U.S. 132",
        quote: None,
        authorities: &[a::SEARS],
        statement: "Under FOIA Exemption 5 the requester's particular need is irrelevant: only the scope of the privilege decides.",
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rulebook_is_in_id_order() {
        for (rule, id) in RULEBOOK.iter().zip(RuleId::ALL) {
            assert_eq!(rule.id, id);
            assert_eq!(id.rule().id, id);
        }
    }

    #[test]
    fn every_rule_has_a_source() {
        for rule in &RULEBOOK {
            let seed_rule = rule.basis != Basis::Doctrine;
            assert_eq!(
                seed_rule,
                rule.quote.is_some(),
                "{}: seed rules quote the opinion",
                rule.id.as_str()
            );
            assert!(
                seed_rule || !rule.authorities.is_empty(),
                "{}: doctrine rules name their authority",
                rule.id.as_str()
            );
            assert!(!rule.pinpoint.is_empty());
        }
    }
}
