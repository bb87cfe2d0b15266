//! The rulebook: every rule the engine applies, as data, each declared once beside its source.
//!
//! A rule from the opinion carries its paragraph and the opinion's own words; its pinpoint is
//! computed from the opinion's star paging (`Melamine, 1 CIT at 66`). A doctrine rule carries the
//! authorities it rests on, in the table of authorities. `docs/doctrine.md` describes each rule in
//! words; a test checks that it lists exactly these.

use super::authorities::Authority;
use super::opinion;
use serde::Serialize;
use std::sync::OnceLock;

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

/// Where a rule applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Applies {
    /// In every setting.
    Everywhere,
    /// In the trade courts (Court of International Trade, Customs Court), or on a motion for a
    /// protective order (D13).
    TradeCourtProcedure,
    /// In the trade courts only.
    TradeCourts,
    /// In a FOIA suit.
    Foia,
    /// Outside a FOIA suit.
    OutsideFoia,
    /// To presidential communications.
    PresidentialCommunications,
    /// In a criminal prosecution.
    Criminal,
    /// On a congressional demand.
    Congressional,
}

/// Declares the rulebook once: the [`RuleId`] enum and the [`RULEBOOK`] table from one list.
macro_rules! rulebook {
    ($( $id:ident {
        title: $title:literal,
        basis: $basis:ident,
        applies: $applies:ident,
        paragraph: $paragraph:expr,
        quote: $quote:expr,
        authorities: [$($authority:ident),* $(,)?],
        statement: $statement:literal $(,)?
    } )+) => {
        /// The identifier of a rule: R1–R13 come from the opinion, D1–D13 are the doctrine
        /// overlays (`docs/doctrine.md`).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
        #[allow(missing_docs)]
        pub enum RuleId { $($id),+ }

        impl RuleId {
            /// Every rule id, in rulebook order.
            pub const ALL: &'static [RuleId] = &[$(RuleId::$id),+];

            /// The id as written in the rulebook ("R3", "D10b").
            pub fn as_str(self) -> &'static str {
                match self { $(RuleId::$id => stringify!($id)),+ }
            }
        }

        /// Every rule, in rulebook order.
        pub static RULEBOOK: &[Rule] = &[$(
            Rule {
                id: RuleId::$id,
                title: $title,
                basis: Basis::$basis,
                applies: Applies::$applies,
                paragraph: $paragraph,
                quote: $quote,
                authorities: &[$(Authority::$authority),*],
                statement: $statement,
            }
        ),+];
    };
}

/// One rule of the rulebook.
#[derive(Debug)]
pub struct Rule {
    /// R1 … R13, D1 … D13.
    pub id: RuleId,
    /// A short name in the law's own words.
    pub title: &'static str,
    /// Where the rule comes from.
    pub basis: Basis,
    /// Where it applies.
    pub applies: Applies,
    /// The paragraph of the opinion it rests on (the app's numbering: "¶8", "fn2").
    pub paragraph: Option<&'static str>,
    /// The opinion's own words, without star paging, where the rule comes from it.
    pub quote: Option<&'static str>,
    /// The authorities behind the rule. For a rule from the opinion, those the opinion itself
    /// cites at that point.
    pub authorities: &'static [Authority],
    /// What the rule says, in plain words.
    pub statement: &'static str,
}

impl RuleId {
    /// The rule's entry in the rulebook.
    pub fn rule(self) -> &'static Rule {
        // RULEBOOK is written in the order of RuleId, so a discriminant is always a valid index;
        // `rulebook_is_in_id_order` checks it.
        #[allow(clippy::indexing_slicing)]
        &RULEBOOK[self as usize]
    }

    /// The id called `name`.
    pub fn from_name(name: &str) -> Option<RuleId> {
        RuleId::ALL.iter().copied().find(|id| id.as_str() == name)
    }

    /// Whether seed-only mode applies the rule.
    pub fn in_seed_mode(self) -> bool {
        self.rule().basis != Basis::Doctrine
    }
}

impl Rule {
    /// The pinpoint a court accepts: for a rule from the opinion, its reporter page computed from
    /// the star paging ("Melamine, 1 CIT at 66 n.2"); for a doctrine rule, its leading authority.
    pub fn source(&self) -> &'static str {
        static SOURCES: OnceLock<Vec<String>> = OnceLock::new();
        let sources = SOURCES.get_or_init(|| RULEBOOK.iter().map(Rule::compute_source).collect());
        sources.get(self.id as usize).map_or("", String::as_str)
    }

    fn compute_source(&self) -> String {
        match (self.paragraph, self.quote) {
            (Some(paragraph), Some(quote)) => opinion::pinpoint(paragraph, quote)
                .map(|page| format!("{}, {page}", opinion::SHORT_NAME))
                .unwrap_or_default(),
            _ => self
                .authorities
                .first()
                .map(|a| a.full().to_string())
                .unwrap_or_default(),
        }
    }
}

impl Serialize for Rule {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("Rule", 9)?;
        s.serialize_field("id", &self.id)?;
        s.serialize_field("title", self.title)?;
        s.serialize_field("basis", &self.basis)?;
        s.serialize_field("applies", &self.applies)?;
        s.serialize_field("source", self.source())?;
        s.serialize_field("paragraph", &self.paragraph)?;
        s.serialize_field("quote", &self.quote)?;
        s.serialize_field("authorities", self.authorities)?;
        s.serialize_field("statement", self.statement)?;
        s.end()
    }
}

rulebook! {
    R1 {
        title: "Protected category: pro-con documents compiled solely for internal use",
        basis: Seed,
        applies: Everywhere,
        paragraph: Some("¶6"),
        quote: Some("It is well settled that documents of the International Trade Commission of a pro-con nature which are compiled solely for internal use by the Commission and which comprise part of the process and ideas by which, and upon which a final determination of the Commission is based, are subject to a protective order against disclosure on the ground of privilege."),
        authorities: [Scm, Sprague, Henkel],
        statement: "A document of a pro-con (deliberative) nature, compiled solely for internal use and part of the process by which the final determination was made, is protected by the privilege.",
    }
    R2 {
        title: "Qualified privilege, except military or state secrets",
        basis: Seed,
        applies: Everywhere,
        paragraph: Some("¶7"),
        quote: Some("While executive privilege is not absolute except in cases of military or State secrets"),
        authorities: [Reynolds, Scm],
        statement: "Executive privilege is qualified; only military or state secrets are absolutely protected.",
    }
    R3 {
        title: "The established criteria for invoking the privilege",
        basis: Seed,
        applies: OutsideFoia,
        paragraph: Some("¶8"),
        quote: Some("In the present actions movant has complied with the established criteria by formally invoking the claim for privilege through the head of the agency having control of the matter and who personally reviewed the materials in issue and has submitted an appropriate affidavit in support of the privilege claim."),
        authorities: [],
        statement: "The privilege is properly invoked by a formal claim, lodged through the head of the agency having control of the matter, who personally reviewed the materials, supported by an appropriate affidavit. A claim lacking any element fails on this record (by negative implication, and under Reynolds).",
    }
    R4 {
        title: "Burden shifts to the party seeking disclosure",
        basis: Seed,
        applies: OutsideFoia,
        paragraph: Some("¶7"),
        quote: Some("nonetheless, once the proponent for the invocation of the privilege has complied with the established criteria for the privilege, it is incumbent upon the opposing party to show that the privileged material should be disclosed by demonstrating clearly and persuasively that the need for disclosure outweighs the harm that could result from nondisclosure."),
        authorities: [Nixon, Sprague],
        statement: "Once the privilege is properly invoked over protected material, the opposing party must show clearly and persuasively that the need for disclosure outweighs the harm of nondisclosure.",
    }
    R5 {
        title: "Compelling need that outweighs the harm",
        basis: Seed,
        applies: OutsideFoia,
        paragraph: Some("¶10"),
        quote: Some("those opposing said motion must evaluate the importance of the document in issue in making their opposition and must, once the movant has complied with the essential criteria for invoking a privilege claim, demonstrate a compelling need for the document that outweighs the harm that could result from protection."),
        authorities: [],
        statement: "Disclosure follows only where the opposing party demonstrates a compelling need that outweighs the harm of disclosure.",
    }
    R6 {
        title: "\"Premature\" or \"not yet evaluated\" is no opposition",
        basis: Seed,
        applies: TradeCourtProcedure,
        paragraph: Some("¶10"),
        quote: Some("It is insufficient to defeat such motion by merely claiming that the party has not yet determined whether to request production of the document because it has not had an opportunity to evaluate the importance of the document."),
        authorities: [],
        statement: "An objection that the motion is premature, or that the opposing party has not yet evaluated the document, does not defeat a motion for a protective order; nor does an opposition that raises no ground going to the merits.",
    }
    R7 {
        title: "Timing: the motion may precede any demand; the court may act on its own",
        basis: Seed,
        applies: TradeCourtProcedure,
        paragraph: Some("¶9"),
        quote: Some("The plain language of the rule is to the effect that any party may move for a protective order and that the court may make any order which justice requires without any limitation as to when a protective order may be granted."),
        authorities: [Asahi, Henkel],
        statement: "A motion for a protective order may be made before the document is demanded, and the court may act on its own initiative, without a demand or a motion (1 CIT at 66 n.3; Ct. Int'l Trade R. 26(c)).",
    }
    R8 {
        title: "More time: confer or petition for an extension",
        basis: Seed,
        applies: TradeCourtProcedure,
        paragraph: Some("¶10"),
        quote: Some("If additional time is necessary, the party should confer with counsel or petition the court for an extension of time for good cause shown to oppose the motion."),
        authorities: [],
        statement: "A party that needs time to evaluate the document should confer with counsel or petition for an extension of time for good cause shown; the court may then extend time before ruling. The opinion did not itself rule on such a petition.",
    }
    R9 {
        title: "Unrebutted affidavit deemed true; no in camera inspection needed",
        basis: Seed,
        applies: OutsideFoia,
        paragraph: Some("fn2"),
        quote: Some("In view of the fact that plaintiff has offered no opposition to the Alberger affidavit nor questioned that the document is other than a pro-con statement, the court deems the facts contained therein as true. The court, therefore, finds it unnecessary to make an in camera inspection permitted pursuant to 19 U.S.C. 1516a (b) (2) (B) because there is no issue as to whether the document contains facts or other material not subject to executive privilege."),
        authorities: [Scm],
        statement: "Where the opposing party neither refutes the supporting affidavit nor questions the contents of the document, the affidavit's facts are deemed true and an in camera inspection is unnecessary.",
    }
    R10 {
        title: "A real factual dispute calls for in camera inspection",
        basis: SeedImplied,
        applies: OutsideFoia,
        paragraph: Some("fn2"),
        quote: Some("because there is no issue as to whether the document contains facts or other material not subject to executive privilege"),
        authorities: [Henkel],
        statement: "Where the affidavit is refuted or the contents are questioned, the court may inspect the document in camera before ruling (the opinion says only when inspection is not needed; Henkel shows the court inspecting).",
    }
    R11 {
        title: "Disposition: protective order granted, document sealed",
        basis: Seed,
        applies: TradeCourts,
        paragraph: Some("¶12"),
        quote: Some("Ordered and Adjudged that the clerk of the court shall seal document numbered 22 on list No. 2 and keep said document sealed and not subject to discovery or disclosure pending further order by the court."),
        authorities: [],
        statement: "Where the privilege is properly invoked over protected material and no need outweighing the harm is shown, the motion for a protective order is granted and the document sealed, not subject to discovery or disclosure pending further order of the court.",
    }
    R12 {
        title: "Privileged status in the agency proceeding supports, but does not decide",
        basis: SeedImplied,
        applies: TradeCourts,
        paragraph: Some("¶4"),
        quote: Some("The document was accorded privileged status during the administrative proceedings before the Commission."),
        authorities: [],
        statement: "Privileged status accorded in the administrative proceeding is to be preserved in an action under 19 U.S.C. § 1516a, but it is supporting evidence only: it neither establishes nor replaces the protected category or a proper invocation.",
    }
    R13 {
        title: "No compelling reasons: the privilege stands",
        basis: Seed,
        applies: OutsideFoia,
        paragraph: Some("¶8"),
        quote: Some("In opposition, plaintiff has offered no compelling reasons to justify denial of the relief sought."),
        authorities: [],
        statement: "Where the privilege is properly invoked and the opposing party neither refutes the affidavit, nor questions the contents, nor shows a compelling need, the privilege stands.",
    }
    D1 {
        title: "Reynolds requirements and the state-secrets branch",
        basis: Doctrine,
        applies: Everywhere,
        paragraph: None,
        quote: None,
        authorities: [ReynoldsFormalClaim, Zubaydah],
        statement: "The privilege belongs to the Government and must be formally claimed by the head of the department with control of the matter after actual personal consideration. Where there is a reasonable danger that disclosure would expose military or state secrets, the claim is absolute: no need overcomes it and in camera inspection is not required.",
    }
    D2 {
        title: "Who may invoke: formal delegation",
        basis: Doctrine,
        applies: OutsideFoia,
        paragraph: None,
        quote: None,
        authorities: [Marriott],
        statement: "The deliberative-process privilege may be invoked by a high-ranking official to whom the agency head has formally delegated the authority; a subordinate without delegation, or litigating counsel, may not.",
    }
    D3 {
        title: "Specificity: item-by-item claim and privilege log",
        basis: Doctrine,
        applies: Everywhere,
        paragraph: None,
        quote: None,
        authorities: [Frcp26b5a, Nlg],
        statement: "The claim must be made expressly and item by item, describing each document withheld so that the other parties can assess the claim without its contents being revealed.",
    }
    D4 {
        title: "Facts versus deliberation",
        basis: Doctrine,
        applies: Everywhere,
        paragraph: None,
        quote: None,
        authorities: [Mink, Montrose],
        statement: "Purely factual material that can be severed without compromising the deliberative material is not protected; facts whose selection itself reveals deliberation are.",
    }
    D5 {
        title: "Predecisional versus post-decisional",
        basis: Doctrine,
        applies: Everywhere,
        paragraph: None,
        quote: None,
        authorities: [Sears, Grumman, CoastalStates, SierraClub],
        statement: "Documents explaining or implementing a decision already made, or adopted as the agency's working law, are not protected; predecisional recommendations and drafts are.",
    }
    D6 {
        title: "Threshold: intra-governmental communications only",
        basis: Doctrine,
        applies: Everywhere,
        paragraph: None,
        quote: None,
        authorities: [Klamath],
        statement: "Communications with an outside party that has its own interest are not intra-agency memoranda and get no deliberative-process protection. Where another regime governs the material (business-proprietary data under an administrative protective order), the question belongs there.",
    }
    D7 {
        title: "Balancing factors; the misconduct exception",
        basis: Doctrine,
        applies: OutsideFoia,
        paragraph: None,
        quote: None,
        authorities: [SealedCase, Comptroller1992],
        statement: "In weighing need against harm the court considers the relevance of the evidence, its availability from other sources, the seriousness of the litigation, the government's role in it, and the risk of future timidity by government employees. Where the cause of action puts the government's intent or deliberations at issue, the privilege does not shield those deliberations; in record review that exception needs a showing of bad faith.",
    }
    D8 {
        title: "Presidential communications privilege",
        basis: Doctrine,
        applies: PresidentialCommunications,
        paragraph: None,
        quote: None,
        authorities: [Nixon, Sirica, SenateSelect, SealedCase],
        statement: "Communications within the President's circle of advisers are presumptively privileged, as whole communications. The privilege yields to a demonstrated, specific need in a criminal proceeding or to a grand jury's particularized showing, to a specific need in civil litigation, and to a congressional committee only where the material is demonstrably critical to its functions. A document outside the circle is decided as any other.",
    }
    D9 {
        title: "In camera review and conditional disclosure",
        basis: Doctrine,
        applies: OutsideFoia,
        paragraph: None,
        quote: None,
        authorities: [Mink],
        statement: "In camera review is discretionary, and disclosure may be ordered on conditions (for instance, to counsel only).",
    }
    D10 {
        title: "FOIA Exemption 5: scope alone decides",
        basis: Doctrine,
        applies: Foia,
        paragraph: None,
        quote: None,
        authorities: [Usc5_552b5, Sears],
        statement: "Under FOIA Exemption 5 the requester's particular need does not count, and no formal claim by the agency head is required: only the privilege's scope, with FOIA's own rules, decides.",
    }
    D10a {
        title: "FOIA: the agency's burden; in camera review",
        basis: Doctrine,
        applies: Foia,
        paragraph: None,
        quote: None,
        authorities: [Usc5_552a4b],
        statement: "The agency must justify the withholding; the court decides de novo and may examine the records in camera. A declaration contradicted by the record or shown to be in bad faith calls for in camera review.",
    }
    D10b {
        title: "FOIA: the 25-year sunset",
        basis: Doctrine,
        applies: Foia,
        paragraph: None,
        quote: None,
        authorities: [Usc5_552b5, FoiaImprovementAct],
        statement: "For requests made after June 30, 2016, the deliberative-process privilege cannot justify withholding a record created 25 years or more before the request; other exemptions are unaffected.",
    }
    D10c {
        title: "FOIA: foreseeable harm",
        basis: Doctrine,
        applies: Foia,
        paragraph: None,
        quote: None,
        authorities: [Usc5_552a8a, ReportersCommittee],
        statement: "For requests made after June 30, 2016, the agency may withhold only if it reasonably foresees that disclosure would harm an interest the exemption protects; generic, boilerplate assertions do not suffice.",
    }
    D10d {
        title: "FOIA: segregability",
        basis: Doctrine,
        applies: Foia,
        paragraph: None,
        quote: None,
        authorities: [Usc5_552b, Usc5_552a8a],
        statement: "Any reasonably segregable portion of a record must be released after the exempt portions are deleted.",
    }
    D11 {
        title: "Criminal prosecutions: the price of the privilege",
        basis: Doctrine,
        applies: Criminal,
        paragraph: None,
        quote: None,
        authorities: [Jencks, Usc18_3500d, ReynoldsProsecution],
        statement: "A privilege sustained in a prosecution may cost the Government the evidence or the case: the prosecution must be dismissed if the Government refuses to produce what the court ordered produced, and a witness's testimony is struck where statements are withheld. The ruling on the privilege is unchanged.",
    }
    D12 {
        title: "Congressional demands",
        basis: Doctrine,
        applies: Congressional,
        paragraph: None,
        quote: None,
        authorities: [SenateSelect],
        statement: "The reach of executive privilege against a congressional committee is unsettled and mostly resolved by accommodation; in the one appellate decision the committee had to show the material was demonstrably critical to the responsible fulfilment of its functions.",
    }
    D13 {
        title: "Each rule in its setting",
        basis: Doctrine,
        applies: Everywhere,
        paragraph: None,
        quote: None,
        authorities: [],
        statement: "Rules that come from the trade courts' procedure (R6, R7 and R8 on a protective-order motion; R11 and R12 under 19 U.S.C. § 1516a) apply only there, and every ruling is worded in its setting and posture: a motion to compel is granted or denied, a FOIA withholding upheld or not, a subpoena enforced or quashed.",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rulebook_is_in_id_order() {
        assert_eq!(RULEBOOK.len(), RuleId::ALL.len());
        for (rule, id) in RULEBOOK.iter().zip(RuleId::ALL) {
            assert_eq!(rule.id, *id);
            assert_eq!(id.rule().id, *id);
            assert_eq!(RuleId::from_name(id.as_str()), Some(*id));
        }
    }

    #[test]
    fn every_rule_has_a_source() {
        for rule in RULEBOOK {
            let from_opinion = rule.basis != Basis::Doctrine;
            assert_eq!(
                from_opinion,
                rule.quote.is_some(),
                "{}: rules from the opinion quote it",
                rule.id.as_str()
            );
            assert_eq!(
                from_opinion,
                rule.paragraph.is_some(),
                "{}",
                rule.id.as_str()
            );
            assert!(
                !rule.source().is_empty() || rule.id == RuleId::D13,
                "{}: no source",
                rule.id.as_str()
            );
            if from_opinion {
                assert!(
                    rule.source().starts_with("Melamine, 1 CIT at 6"),
                    "{}: {}",
                    rule.id.as_str(),
                    rule.source()
                );
            }
        }
        assert_eq!(
            RuleId::R1.rule().source(),
            "Melamine, 1 CIT at 65\u{2013}66"
        );
        assert_eq!(RuleId::R9.rule().source(), "Melamine, 1 CIT at 66 n.2");
        assert_eq!(RuleId::R11.rule().source(), "Melamine, 1 CIT at 67");
    }
}
