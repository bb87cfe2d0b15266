//! The facts of a privilege dispute: the vocabulary of FACTS.md.
//!
//! Every fact is three-valued: it may be stated (yes / no, or one value of its enum) or unknown.
//! The opposition grounds (OPP) are held as seven yes/no facts, one per ground, so that each can be
//! an open question of its own (`opposition_grounds.premature`, …); a JSON array states all seven.

use serde::{Deserialize, Serialize};

/// Which part of the dispute a fact belongs to (the groups of DOCTRINE.md §3).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Group {
    /// §3.1 Context and procedure.
    SettingAndPosture,
    /// §3.2 The document.
    Document,
    /// §3.3 How the privilege was invoked.
    Invocation,
    /// §3.4 The opponent's response and the balance.
    OppositionAndBalance,
}

impl Group {
    /// Every group, in the order a questionnaire asks them.
    pub const ALL: [Group; 4] = [
        Group::SettingAndPosture,
        Group::Document,
        Group::Invocation,
        Group::OppositionAndBalance,
    ];

    /// The group's heading.
    pub fn title(self) -> &'static str {
        match self {
            Group::SettingAndPosture => "Setting and posture",
            Group::Document => "The document",
            Group::Invocation => "How the privilege was invoked",
            Group::OppositionAndBalance => "The opposition and the balance",
        }
    }
}

/// The values a fact can take.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Domain {
    /// Yes or no.
    YesNo,
    /// One of these names (FACTS.md spelling).
    OneOf(&'static [&'static str]),
}

impl Domain {
    /// How many values the domain has.
    pub fn len(self) -> u8 {
        match self {
            Domain::YesNo => 2,
            #[allow(clippy::cast_possible_truncation)] // no enum has 256 values
            Domain::OneOf(names) => names.len() as u8,
        }
    }

    /// Never empty; here for clippy's `len_without_is_empty`.
    pub fn is_empty(self) -> bool {
        self.len() == 0
    }

    /// The name of value `index`: "true"/"false" for yes/no facts, else the enum name.
    pub fn value_name(self, index: u8) -> &'static str {
        match self {
            Domain::YesNo => {
                if index == YES {
                    "true"
                } else {
                    "false"
                }
            }
            Domain::OneOf(names) => names.get(usize::from(index)).copied().unwrap_or("?"),
        }
    }

    /// The index of the value called `name`.
    pub fn index_of(self, name: &str) -> Option<u8> {
        match self {
            Domain::YesNo => match name {
                "true" => Some(YES),
                "false" => Some(NO),
                _ => None,
            },
            #[allow(clippy::cast_possible_truncation)]
            Domain::OneOf(names) => names.iter().position(|n| *n == name).map(|i| i as u8),
        }
    }
}

/// The stored value of "yes".
pub const YES: u8 = 1;
/// The stored value of "no".
pub const NO: u8 = 0;

macro_rules! choice {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum $name { $($(#[$vmeta])* $variant),+ }

        impl $name {
            /// The FACTS.md names of the values, in order.
            pub const NAMES: &'static [&'static str] = &[$($text),+];
            /// Every value, in order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The value stored as `index`.
            pub fn from_index(index: u8) -> Option<Self> {
                Self::ALL.get(usize::from(index)).copied()
            }

            /// The value's stored index.
            pub fn index(self) -> u8 {
                self as u8
            }

            /// The FACTS.md name of the value.
            pub fn name(self) -> &'static str {
                Self::NAMES.get(self as usize).copied().unwrap_or("?")
            }
        }
    };
}

choice!(
    /// CTX: where the privilege is contested.
    Setting {
        /// Record review in a trade case (CIT, 19 U.S.C. 1516a).
        TradeRecordReview = "trade_record_review",
        /// The pre-1980 Customs Court.
        CustomsCourt = "customs_court",
        /// Ordinary civil litigation.
        Civil = "civil",
        /// A criminal trial.
        Criminal = "criminal",
        /// A grand jury.
        GrandJury = "grand_jury",
        /// A congressional inquiry.
        Congressional = "congressional",
        /// A FOIA suit (Exemption 5).
        Foia = "foia",
    }
);

choice!(
    /// MOV: who brought the issue before the court.
    Posture {
        /// The government moves for a protective order.
        ProtectiveOrderMotion = "protective_order_motion",
        /// The opponent moves to compel.
        MotionToCompel = "motion_to_compel",
        /// Cross-motions.
        CrossMotions = "cross_motions",
        /// The court acts on its own initiative.
        SuaSponte = "sua_sponte",
        /// A FOIA suit.
        FoiaSuit = "foia_suit",
    }
);

choice!(
    /// FACT: the document's factual content.
    FactualContent {
        /// No factual material.
        None = "none",
        /// Purely factual material that can be severed.
        Segregable = "segregable",
        /// Facts whose selection reveals deliberation.
        Intertwined = "intertwined",
    }
);

choice!(
    /// WHO: who lodged the claim.
    Claimant {
        /// The head of the agency having control of the matter.
        AgencyHead = "agency_head",
        /// An official to whom the head formally delegated the authority.
        DelegatedOfficial = "delegated_official",
        /// A subordinate without delegation.
        Subordinate = "subordinate",
        /// Litigating counsel, or a brief only.
        Counsel = "counsel",
        /// The President.
        President = "president",
    }
);

choice!(
    /// NEED: the opponent's showing of need.
    NeedShown {
        /// No need shown.
        None = "none",
        /// A general need only.
        General = "general",
        /// A specific need.
        Specific = "specific",
        /// A compelling need.
        Compelling = "compelling",
    }
);

choice!(
    /// OPP: a ground of opposition.
    Ground {
        /// The motion is premature.
        Premature = "premature",
        /// The opponent has not yet evaluated the document.
        NotEvaluated = "not_evaluated",
        /// The document contains non-privileged facts.
        ContainsFacts = "contains_facts",
        /// The document is not within the privilege.
        OutsidePrivilege = "outside_privilege",
        /// The opponent needs the document.
        Need = "need",
        /// The claim of privilege is defective.
        DefectiveClaim = "defective_claim",
        /// The privilege was waived.
        Waiver = "waiver",
    }
);

/// One fact of the dispute.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[allow(missing_docs)] // each is documented in its FactInfo entry
pub enum Fact {
    Setting,
    Posture,
    Demanded,
    PrivilegedInAgencyProceeding,
    SuaSponte,
    IntraGovernmental,
    SolelyInternalUse,
    Deliberative,
    Predecisional,
    PostDecisional,
    FactualContent,
    StateSecret,
    Presidential,
    FormalClaim,
    Claimant,
    PersonalReview,
    Affidavit,
    Itemized,
    OppositionPremature,
    OppositionNotEvaluated,
    OppositionContainsFacts,
    OppositionOutsidePrivilege,
    OppositionNeed,
    OppositionDefectiveClaim,
    OppositionWaiver,
    AffidavitRefuted,
    ContentsQuestioned,
    NeedShown,
    NeedOutweighsHarm,
    Misconduct,
    AvailableElsewhere,
    ExtensionSought,
    InspectedInCamera,
}

/// How many facts there are.
pub const FACT_COUNT: usize = 33;

/// What is known of one fact.
#[derive(Debug, Clone, Copy)]
pub struct FactInfo {
    /// The fact.
    pub fact: Fact,
    /// Its JSON name (FACTS.md).
    pub name: &'static str,
    /// Its code in DOCTRINE.md.
    pub code: &'static str,
    /// Where it belongs in the questionnaire.
    pub group: Group,
    /// Its values.
    pub domain: Domain,
    /// The question, in plain words.
    pub question: &'static str,
    /// Why it matters, with its source.
    pub help: &'static str,
    /// Read only in full mode: seed mode never asks it.
    pub full_mode_only: bool,
}

// A positional constructor keeps the table below readable as a table.
#[allow(clippy::too_many_arguments)]
const fn info(
    fact: Fact,
    name: &'static str,
    code: &'static str,
    group: Group,
    domain: Domain,
    question: &'static str,
    help: &'static str,
    full_mode_only: bool,
) -> FactInfo {
    FactInfo {
        fact,
        name,
        code,
        group,
        domain,
        question,
        help,
        full_mode_only,
    }
}

use Domain::{OneOf, YesNo};
use Group::{Document, Invocation, OppositionAndBalance, SettingAndPosture};

/// Every fact, in questionnaire order (the order of [`Fact`]).
pub static FACTS: [FactInfo; FACT_COUNT] = [
    info(
        Fact::Setting,
        "setting",
        "CTX",
        SettingAndPosture,
        OneOf(Setting::NAMES),
        "In what kind of proceeding is the privilege contested?",
        "The opinion arose in record review of a trade determination (19 U.S.C. 1516a). In full mode a FOIA suit is decided on the privilege's scope alone (D10), and presidential communications are weighed differently in criminal, grand-jury and congressional settings (D8).",
        true,
    ),
    info(
        Fact::Posture,
        "posture",
        "MOV",
        SettingAndPosture,
        OneOf(Posture::NAMES),
        "Who brought the issue before the court?",
        "In the opinion the government moved for a protective order (¶2). The court may also act on its own initiative (fn3). The posture does not change the test.",
        false,
    ),
    info(
        Fact::Demanded,
        "demanded",
        "DEM",
        SettingAndPosture,
        YesNo,
        "Had the opposing party demanded or requested the document before the motion?",
        "A motion for a protective order may be made before any demand (¶9, Asahi), so the answer does not decide the motion; it answers a 'premature' objection.",
        false,
    ),
    info(
        Fact::PrivilegedInAgencyProceeding,
        "privileged_in_agency_proceeding",
        "ADM",
        SettingAndPosture,
        YesNo,
        "Was the document accorded privileged or confidential status in the administrative proceeding?",
        "The opinion recites that status (¶4), and 19 U.S.C. 1516a(b)(2)(B) says it shall be preserved; it supports the claim but does not decide it (R12).",
        false,
    ),
    info(
        Fact::SuaSponte,
        "sua_sponte",
        "SUA",
        SettingAndPosture,
        YesNo,
        "Is the court acting on its own initiative?",
        "Under CIT Rule 26(c) the court may issue a protective order sua sponte, without a demand or a motion (fn3).",
        false,
    ),
    info(
        Fact::IntraGovernmental,
        "intra_governmental",
        "GOV",
        Document,
        YesNo,
        "Is the document an internal government (intra- or inter-agency) communication, rather than something from or shared with an outside party that has its own interest?",
        "Full mode: a communication with an outside party is not an intra-agency memorandum and gets no deliberative-process protection (D6, Klamath).",
        true,
    ),
    info(
        Fact::SolelyInternalUse,
        "solely_internal_use",
        "INT",
        Document,
        YesNo,
        "Was the document compiled solely for internal use by the agency or its decision-makers?",
        "The protected category is documents 'compiled solely for internal use by the Commission' (¶6).",
        false,
    ),
    info(
        Fact::Deliberative,
        "deliberative",
        "DELIB",
        Document,
        YesNo,
        "Is the document pro-con, advisory, recommendatory or deliberative (opinions, conclusions, considerations, recommendations, pros and cons, drafts)?",
        "The protected category is documents 'of a pro-con nature' (¶6); ¶5 lists the markers the court accepted.",
        false,
    ),
    info(
        Fact::Predecisional,
        "predecisional",
        "PRE",
        Document,
        YesNo,
        "Is the document part of the process by which the final determination was formulated (predecisional)?",
        "The protected documents 'comprise part of the process and ideas by which, and upon which a final determination … is based' (¶6).",
        false,
    ),
    info(
        Fact::PostDecisional,
        "post_decisional",
        "POST",
        Document,
        YesNo,
        "Is the document post-decisional: a final opinion, an explanation of or instruction implementing a decision already made, or adopted as the agency's working law?",
        "Full mode: post-decisional documents and working law are not protected (D5, Sears; Coastal States).",
        true,
    ),
    info(
        Fact::FactualContent,
        "factual_content",
        "FACT",
        Document,
        OneOf(FactualContent::NAMES),
        "What factual content does the document have?",
        "Purely factual, severable material is not protected; facts whose selection reveals deliberation are (D4, Mink; Montrose). The opinion needed no inspection because no one claimed the document held 'facts or other material not subject to executive privilege' (fn2).",
        false,
    ),
    info(
        Fact::StateSecret,
        "state_secret",
        "SS",
        Document,
        YesNo,
        "Would disclosure expose military or state secrets (national security or diplomatic)?",
        "Executive privilege is 'not absolute except in cases of military or State secrets' (¶7): that branch admits no balancing (Reynolds).",
        false,
    ),
    info(
        Fact::Presidential,
        "presidential",
        "PRES",
        Document,
        YesNo,
        "Is the document a presidential communication?",
        "Full mode: the presidential communications privilege is presumptive and yields only to the showings Nixon and its successors require (D8).",
        true,
    ),
    info(
        Fact::FormalClaim,
        "formal_claim",
        "CLM",
        Invocation,
        YesNo,
        "Was a formal claim of privilege lodged?",
        "The established criteria begin with 'formally invoking the claim for privilege' (¶8; Reynolds).",
        false,
    ),
    info(
        Fact::Claimant,
        "claimant",
        "WHO",
        Invocation,
        OneOf(Claimant::NAMES),
        "Who lodged the claim?",
        "The claim must come 'through the head of the agency having control of the matter' (¶8). Full mode also accepts a formally delegated official (D2, Marriott).",
        false,
    ),
    info(
        Fact::PersonalReview,
        "personal_review",
        "PRV",
        Invocation,
        YesNo,
        "Did the official who claimed the privilege personally review the document?",
        "The head of the agency must have 'personally reviewed the materials in issue' (¶8).",
        false,
    ),
    info(
        Fact::Affidavit,
        "affidavit",
        "AFF",
        Invocation,
        YesNo,
        "Was an affidavit or declaration submitted in support of the claim?",
        "The movant must have 'submitted an appropriate affidavit in support of the privilege claim' (¶8).",
        false,
    ),
    info(
        Fact::Itemized,
        "itemized",
        "SPEC",
        Invocation,
        YesNo,
        "Does the claim identify the documents item by item and give reasons (or is there a Rule 26(b)(5)(A) privilege log)?",
        "Full mode: claims must be asserted item by item, so that the other side can assess them (D3, Fed. R. Civ. P. 26(b)(5)(A); National Lawyers Guild).",
        true,
    ),
    info(
        Fact::OppositionPremature,
        "opposition_grounds.premature",
        "OPP",
        OppositionAndBalance,
        YesNo,
        "Does the opposition say the motion is premature?",
        "A motion for a protective order may be made before any demand (¶9); a 'premature' objection does not defeat it (¶10).",
        false,
    ),
    info(
        Fact::OppositionNotEvaluated,
        "opposition_grounds.not_evaluated",
        "OPP",
        OppositionAndBalance,
        YesNo,
        "Does the opposition say the document has not yet been evaluated?",
        "Not having evaluated the document 'is insufficient to defeat such motion' (¶10); the route is an extension of time.",
        false,
    ),
    info(
        Fact::OppositionContainsFacts,
        "opposition_grounds.contains_facts",
        "OPP",
        OppositionAndBalance,
        YesNo,
        "Does the opposition say the document contains non-privileged facts?",
        "A claim that the document contains facts questions its contents, which can call for in camera inspection (fn2; Henkel).",
        false,
    ),
    info(
        Fact::OppositionOutsidePrivilege,
        "opposition_grounds.outside_privilege",
        "OPP",
        OppositionAndBalance,
        YesNo,
        "Does the opposition say the document is not within the privilege?",
        "A substantive ground of opposition, unlike prematurity (¶10).",
        false,
    ),
    info(
        Fact::OppositionNeed,
        "opposition_grounds.need",
        "OPP",
        OppositionAndBalance,
        YesNo,
        "Does the opposition assert a need for the document?",
        "The opposing party must 'demonstrate a compelling need for the document that outweighs the harm that could result from protection' (¶10).",
        false,
    ),
    info(
        Fact::OppositionDefectiveClaim,
        "opposition_grounds.defective_claim",
        "OPP",
        OppositionAndBalance,
        YesNo,
        "Does the opposition say the claim of privilege is defective?",
        "The criteria of ¶8 decide whether the claim was properly invoked.",
        false,
    ),
    info(
        Fact::OppositionWaiver,
        "opposition_grounds.waiver",
        "OPP",
        OppositionAndBalance,
        YesNo,
        "Does the opposition say the privilege was waived?",
        "The opinion does not address waiver, and the checker does not decide it (DOCTRINE §9.6).",
        false,
    ),
    info(
        Fact::AffidavitRefuted,
        "affidavit_refuted",
        "REF",
        OppositionAndBalance,
        YesNo,
        "Did the opposing party refute the supporting affidavit?",
        "An unrefuted affidavit is deemed true (fn2); a refuted one raises an issue the court may resolve by in camera inspection.",
        false,
    ),
    info(
        Fact::ContentsQuestioned,
        "contents_questioned",
        "QST",
        OppositionAndBalance,
        YesNo,
        "Did the opposing party question the contents: is there an issue whether the document contains facts or other material not subject to the privilege?",
        "In camera inspection was unnecessary 'because there is no issue as to whether the document contains facts or other material not subject to executive privilege' (fn2).",
        false,
    ),
    info(
        Fact::NeedShown,
        "need_shown",
        "NEED",
        OppositionAndBalance,
        OneOf(NeedShown::NAMES),
        "What need for the document has the opposing party shown?",
        "The opposing party must show a compelling need (¶10); a general need, or none, leaves the motion undefeated.",
        false,
    ),
    info(
        Fact::NeedOutweighsHarm,
        "need_outweighs_harm",
        "OUTW",
        OppositionAndBalance,
        YesNo,
        "Has the opposing party shown, clearly and persuasively, that its need outweighs the harm of disclosure?",
        "Once the criteria are met the opposing party must demonstrate 'clearly and persuasively that the need for disclosure outweighs the harm that could result from nondisclosure' (¶7). A yes presupposes that a specific or compelling need was shown.",
        false,
    ),
    info(
        Fact::Misconduct,
        "misconduct",
        "MISC",
        OppositionAndBalance,
        YesNo,
        "Is there reason to believe that government misconduct is the subject of the inquiry?",
        "Full mode: where there is reason to believe government misconduct occurred, the deliberative-process privilege does not shield it (D7, In re Sealed Case).",
        true,
    ),
    info(
        Fact::AvailableElsewhere,
        "available_elsewhere",
        "ALT",
        OppositionAndBalance,
        YesNo,
        "Is the information available from other sources?",
        "Full mode: one of the factors a court weighs in the balance (D7); it informs, but does not by itself decide, whether need outweighs harm.",
        true,
    ),
    info(
        Fact::ExtensionSought,
        "extension_sought",
        "EXT",
        OppositionAndBalance,
        YesNo,
        "Did the opposing party confer with counsel or petition for an extension of time, for good cause, to evaluate and oppose?",
        "'If additional time is necessary, the party should confer with counsel or petition the court for an extension of time for good cause shown to oppose the motion' (¶10).",
        false,
    ),
    info(
        Fact::InspectedInCamera,
        "inspected_in_camera",
        "ICAM",
        OppositionAndBalance,
        YesNo,
        "Has the court already inspected the document in camera? (If so, answer the document questions with the court's findings.)",
        "In camera inspection is permitted by 19 U.S.C. 1516a(b)(2)(B); after it, the court's findings decide what is deliberative and what is factual (R10, D4).",
        false,
    ),
];

impl Fact {
    /// Every fact, in questionnaire order.
    pub fn all() -> impl Iterator<Item = Fact> {
        FACTS.iter().map(|info| info.fact)
    }

    /// The fact's entry in [`FACTS`].
    pub fn info(self) -> &'static FactInfo {
        // FACTS is written in the order of `Fact`, so a discriminant is always a valid index;
        // `facts_table_is_in_order` checks it.
        #[allow(clippy::indexing_slicing)]
        &FACTS[self as usize]
    }

    /// The fact's JSON name.
    pub fn name(self) -> &'static str {
        self.info().name
    }

    /// The fact called `name` (FACTS.md spelling, dotted for a single opposition ground).
    pub fn from_name(name: &str) -> Option<Fact> {
        FACTS
            .iter()
            .find(|info| info.name == name)
            .map(|info| info.fact)
    }

    /// The opposition ground this fact stands for, if it is one.
    pub fn ground(self) -> Option<Ground> {
        let first = Fact::OppositionPremature as u8;
        let last = Fact::OppositionWaiver as u8;
        let index = self as u8;
        if (first..=last).contains(&index) {
            Ground::from_index(index - first)
        } else {
            None
        }
    }

    /// The fact that stands for an opposition ground.
    pub fn of_ground(ground: Ground) -> Fact {
        match ground {
            Ground::Premature => Fact::OppositionPremature,
            Ground::NotEvaluated => Fact::OppositionNotEvaluated,
            Ground::ContainsFacts => Fact::OppositionContainsFacts,
            Ground::OutsidePrivilege => Fact::OppositionOutsidePrivilege,
            Ground::Need => Fact::OppositionNeed,
            Ground::DefectiveClaim => Fact::OppositionDefectiveClaim,
            Ground::Waiver => Fact::OppositionWaiver,
        }
    }

    /// A set holding just this fact.
    pub(crate) fn bit(self) -> u64 {
        1u64 << (self as u32)
    }
}

/// What counsel stated: for each fact a value, or unknown.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Facts {
    values: [Option<u8>; FACT_COUNT],
}

impl Default for Facts {
    fn default() -> Facts {
        Facts {
            values: [None; FACT_COUNT],
        }
    }
}

impl std::fmt::Debug for Facts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut map = f.debug_map();
        for fact in Fact::all() {
            if let Some(v) = self.get(fact) {
                map.entry(&fact.name(), &fact.info().domain.value_name(v));
            }
        }
        map.finish()
    }
}

/// Facts cross from the page to its log worker and back as one value (or null) per fact, in
/// the order of [`FACTS`].
impl Serialize for Facts {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.values.iter())
    }
}

impl<'de> Deserialize<'de> for Facts {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Facts, D::Error> {
        let values = Vec::<Option<u8>>::deserialize(deserializer)?;
        if values.len() != FACT_COUNT {
            return Err(serde::de::Error::invalid_length(
                values.len(),
                &"one value per fact",
            ));
        }
        let mut facts = Facts::unknown();
        for (fact, value) in Fact::all().zip(values) {
            facts.set(fact, value);
        }
        Ok(facts)
    }
}

impl Facts {
    /// No fact known.
    pub fn unknown() -> Facts {
        Facts::default()
    }

    /// The stored value of `fact` (see [`Domain::value_name`]), or `None` when unknown.
    pub fn get(&self, fact: Fact) -> Option<u8> {
        self.values.get(fact as usize).copied().flatten()
    }

    /// Sets or clears `fact`. A value outside the fact's domain makes it unknown.
    pub fn set(&mut self, fact: Fact, value: Option<u8>) {
        let value = value.filter(|v| *v < fact.info().domain.len());
        if let Some(slot) = self.values.get_mut(fact as usize) {
            *slot = value;
        }
    }

    /// Builder form of [`Facts::set`].
    #[must_use]
    pub fn with(mut self, fact: Fact, value: u8) -> Facts {
        self.set(fact, Some(value));
        self
    }

    /// Builder form for a yes/no fact.
    #[must_use]
    pub fn with_bool(self, fact: Fact, value: bool) -> Facts {
        self.with(fact, u8::from(value))
    }

    /// A yes/no fact as a bool.
    pub fn get_bool(&self, fact: Fact) -> Option<bool> {
        self.get(fact).map(|v| v == YES)
    }

    /// Fills every unknown fact with its value in `other` (which may be unknown too).
    pub fn fill_from(&mut self, other: &Facts) {
        for (mine, theirs) in self.values.iter_mut().zip(other.values.iter()) {
            if mine.is_none() {
                *mine = *theirs;
            }
        }
    }

    /// The values in questionnaire order, for packing (see `Request::key`).
    pub(crate) fn raw(&self) -> &[Option<u8>; FACT_COUNT] {
        &self.values
    }

    /// The set of unknown facts.
    pub fn unknowns(&self) -> impl Iterator<Item = Fact> + '_ {
        Fact::all().filter(|fact| self.get(*fact).is_none())
    }

    /// Whether every opposition ground is stated.
    pub fn grounds_stated(&self) -> bool {
        Ground::ALL
            .iter()
            .all(|ground| self.get(Fact::of_ground(*ground)).is_some())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn facts_table_is_in_order() {
        assert_eq!(FACTS.len(), FACT_COUNT);
        for (i, info) in FACTS.iter().enumerate() {
            assert_eq!(info.fact as usize, i, "{}", info.name);
            assert_eq!(Fact::from_name(info.name), Some(info.fact));
        }
    }

    #[test]
    fn grounds_map_both_ways() {
        for name in Ground::NAMES {
            let fact = Fact::from_name(&format!("opposition_grounds.{name}")).unwrap();
            assert_eq!(fact.ground().map(Ground::name), Some(*name));
            assert_eq!(Fact::of_ground(fact.ground().unwrap()), fact);
        }
        assert_eq!(Fact::Claimant.ground(), None);
    }

    #[test]
    fn out_of_domain_value_is_unknown() {
        let mut facts = Facts::unknown();
        facts.set(Fact::Claimant, Some(9));
        assert_eq!(facts.get(Fact::Claimant), None);
        facts.set(Fact::Claimant, Some(Claimant::Counsel.index()));
        assert_eq!(facts.get(Fact::Claimant), Some(3));
    }
}
