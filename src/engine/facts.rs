//! The facts of a privilege dispute: the vocabulary of the public contract (`docs/contract.md`).
//!
//! Every fact is three-valued: it may be stated (yes / no, or one value of its enum) or unknown.
//! The opposition grounds are held as seven yes/no facts, one per ground, so that each can be an
//! open question of its own (`opposition_grounds.premature`, …); a JSON array states all seven.
//!
//! Each fact is declared once, in the table at [`FACTS`]: its name, its group, its values (with
//! the words a reader sees for each), its question, the topic it raises ("whether …", for
//! sentences about it) and why it matters.

use serde::{Deserialize, Serialize};

/// Which part of the dispute a fact belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Group {
    /// The setting and the procedural posture.
    SettingAndPosture,
    /// The document.
    Document,
    /// How the privilege was invoked.
    Invocation,
    /// The opponent's response and the balance.
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

/// One value of an enum fact: its contract name and the words a reader sees.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Choice {
    /// The contract's name (`agency_head`).
    pub name: &'static str,
    /// In words ("Head of the agency having control of the matter").
    pub label: &'static str,
}

/// The values a fact can take.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Domain {
    /// Yes or no.
    YesNo,
    /// One of these values.
    OneOf(&'static [Choice]),
}

impl Domain {
    /// How many values the domain has.
    pub fn len(self) -> u8 {
        match self {
            Domain::YesNo => 2,
            #[allow(clippy::cast_possible_truncation)] // no enum has 256 values
            Domain::OneOf(choices) => choices.len() as u8,
        }
    }

    /// Never empty; here for clippy's `len_without_is_empty`.
    pub fn is_empty(self) -> bool {
        self.len() == 0
    }

    /// The contract name of value `index`: "true"/"false" for yes/no facts, else the enum name.
    pub fn value_name(self, index: u8) -> &'static str {
        match self {
            Domain::YesNo => {
                if index == YES {
                    "true"
                } else {
                    "false"
                }
            }
            Domain::OneOf(choices) => choices
                .get(usize::from(index))
                .map_or("?", |choice| choice.name),
        }
    }

    /// Value `index` in words: "Yes", "No", or the enum value's label.
    pub fn value_label(self, index: u8) -> &'static str {
        match self {
            Domain::YesNo => {
                if index == YES {
                    "Yes"
                } else {
                    "No"
                }
            }
            Domain::OneOf(choices) => choices
                .get(usize::from(index))
                .map_or("?", |choice| choice.label),
        }
    }

    /// The index of the value called `name` (contract spelling).
    pub fn index_of(self, name: &str) -> Option<u8> {
        match self {
            Domain::YesNo => match name {
                "true" => Some(YES),
                "false" => Some(NO),
                _ => None,
            },
            #[allow(clippy::cast_possible_truncation)]
            Domain::OneOf(choices) => choices
                .iter()
                .position(|choice| choice.name == name)
                .map(|i| i as u8),
        }
    }

    /// The contract names of the values, in order.
    pub fn names(self) -> Vec<&'static str> {
        (0..self.len()).map(|i| self.value_name(i)).collect()
    }
}

/// The stored value of "yes".
pub const YES: u8 = 1;
/// The stored value of "no".
pub const NO: u8 = 0;

/// Declares an enum fact's values once: the Rust value, its contract name, its words.
macro_rules! choice {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $text:literal : $label:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum $name { $($(#[$vmeta])* $variant),+ }

        impl $name {
            /// The values with their contract names and words, in order.
            pub const CHOICES: &'static [Choice] = &[$(Choice { name: $text, label: $label }),+];
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

            /// The contract name of the value.
            pub fn name(self) -> &'static str {
                Self::CHOICES.get(self as usize).map_or("?", |c| c.name)
            }

            /// The value in words.
            pub fn label(self) -> &'static str {
                Self::CHOICES.get(self as usize).map_or("?", |c| c.label)
            }
        }
    };
}

choice!(
    /// Where the privilege is contested.
    Setting {
        /// Record review in a trade case (Court of International Trade, 19 U.S.C. § 1516a).
        TradeRecordReview = "trade_record_review" : "Record review in a trade case (Court of International Trade)",
        /// The Customs Court (before 1980).
        CustomsCourt = "customs_court" : "Customs Court (before 1980)",
        /// Ordinary civil litigation.
        Civil = "civil" : "Civil litigation",
        /// A criminal prosecution.
        Criminal = "criminal" : "Criminal prosecution",
        /// A grand jury.
        GrandJury = "grand_jury" : "Grand jury",
        /// A congressional demand.
        Congressional = "congressional" : "Congressional committee's demand",
        /// A FOIA suit (Exemption 5).
        Foia = "foia" : "FOIA suit (Exemption 5)",
    }
);

impl Setting {
    /// The Court of International Trade or the Customs Court: the opinion's own courts, where its
    /// procedural rules (CIT Rule 26(c), 19 U.S.C. § 1516a) govern.
    pub fn is_trade_court(self) -> bool {
        matches!(self, Setting::TradeRecordReview | Setting::CustomsCourt)
    }
}

choice!(
    /// Who brought the issue before the court.
    Posture {
        /// The government moves for a protective order.
        ProtectiveOrderMotion = "protective_order_motion" : "The government moves for a protective order",
        /// The opponent moves to compel.
        MotionToCompel = "motion_to_compel" : "The opposing party moves to compel",
        /// Cross-motions.
        CrossMotions = "cross_motions" : "Cross-motions (protective order and to compel)",
        /// The court acts on its own initiative.
        SuaSponte = "sua_sponte" : "The court acts on its own initiative",
        /// A FOIA suit.
        FoiaSuit = "foia_suit" : "A requester's FOIA suit",
    }
);

choice!(
    /// The document's factual content.
    FactualContent {
        /// No factual material.
        None = "none" : "No factual material",
        /// Purely factual material that can be severed.
        Segregable = "segregable" : "Purely factual material that can be severed",
        /// Facts whose selection reveals deliberation.
        Intertwined = "intertwined" : "Facts whose selection reveals deliberation",
    }
);

choice!(
    /// Who lodged the claim.
    Claimant {
        /// The head of the agency having control of the matter.
        AgencyHead = "agency_head" : "Head of the agency having control of the matter",
        /// An official to whom the head formally delegated the authority.
        DelegatedOfficial = "delegated_official" : "Official with a formal delegation from the head",
        /// A subordinate without delegation.
        Subordinate = "subordinate" : "Subordinate without delegation",
        /// Litigating counsel, or a brief only.
        Counsel = "counsel" : "Litigating counsel (or a brief only)",
        /// The President.
        President = "president" : "The President",
    }
);

choice!(
    /// The opponent's showing of need.
    NeedShown {
        /// No need shown.
        None = "none" : "No need shown",
        /// A general need only.
        General = "general" : "A general need",
        /// A specific need.
        Specific = "specific" : "A specific need",
        /// A compelling need.
        Compelling = "compelling" : "A compelling need",
    }
);

choice!(
    /// FOIA: the agency's showing that disclosure would foreseeably harm an interest the
    /// exemption protects.
    ForeseeableHarm {
        /// The agency articulated a reasonably foreseeable harm.
        Shown = "shown" : "Shown by the agency",
        /// Not shown (generic or boilerplate assertions only).
        NotShown = "not_shown" : "Not shown",
        /// Not required: the request was made before July 1, 2016.
        NotRequired = "not_required" : "Not required (request made before July 1, 2016)",
    }
);

choice!(
    /// A ground of opposition.
    Ground {
        /// The motion is premature.
        Premature = "premature" : "The motion is premature",
        /// The opponent has not yet evaluated the document.
        NotEvaluated = "not_evaluated" : "The document has not yet been evaluated",
        /// The document contains non-privileged facts.
        ContainsFacts = "contains_facts" : "The document contains non-privileged facts",
        /// The document is not within the privilege.
        OutsidePrivilege = "outside_privilege" : "The document is not within the privilege",
        /// The opponent needs the document.
        Need = "need" : "The opposing party needs the document",
        /// The claim of privilege is defective.
        DefectiveClaim = "defective_claim" : "The claim of privilege is defective",
        /// The privilege was waived.
        Waiver = "waiver" : "The privilege was waived",
    }
);

/// What is known of one fact.
#[derive(Debug, Clone, Copy)]
pub struct FactInfo {
    /// The fact.
    pub fact: Fact,
    /// Its JSON name in the contract.
    pub name: &'static str,
    /// Where it belongs in the questionnaire.
    pub group: Group,
    /// Its values.
    pub domain: Domain,
    /// The question, in plain words.
    pub question: &'static str,
    /// What the question is about, as a clause ("whether the official personally reviewed the
    /// document"), for sentences that name it.
    pub topic: &'static str,
    /// Why it matters, with its source.
    pub help: &'static str,
    /// Read only in full mode: seed mode never asks it.
    pub full_mode_only: bool,
}

/// Declares every fact once: the [`Fact`] enum, [`FACT_COUNT`] and the [`FACTS`] table, from one
/// list, so that adding a fact touches one place (plus the procedure that reads it).
macro_rules! facts {
    ($( $variant:ident {
        name: $name:literal,
        group: $group:ident,
        domain: $domain:expr,
        full_mode_only: $full:literal,
        question: $question:literal,
        topic: $topic:literal,
        help: $help:literal $(,)?
    } )+) => {
        /// One fact of the dispute (see [`FACTS`] for each).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[allow(missing_docs)] // each is documented by its FactInfo entry
        pub enum Fact { $($variant),+ }

        /// How many facts there are.
        pub const FACT_COUNT: usize = [$($name),+].len();

        /// Every fact, in questionnaire order (the order of [`Fact`]).
        pub static FACTS: [FactInfo; FACT_COUNT] = [$(
            FactInfo {
                fact: Fact::$variant,
                name: $name,
                group: Group::$group,
                domain: $domain,
                question: $question,
                topic: $topic,
                help: $help,
                full_mode_only: $full,
            }
        ),+];
    };
}

use Domain::{OneOf, YesNo};

facts! {
    Setting {
        name: "setting",
        group: SettingAndPosture,
        domain: OneOf(Setting::CHOICES),
        full_mode_only: true,
        question: "In what kind of proceeding is the privilege contested?",
        topic: "the kind of proceeding",
        help: "The opinion arose in record review of a trade determination (1 CIT at 65). The setting decides which procedure applies and how the ruling is worded: a FOIA suit is decided on the privilege's scope alone, and presidential communications are weighed differently in criminal, grand-jury and congressional settings. Seed-only mode applies the opinion's rules as in its own court.",
    }
    Posture {
        name: "posture",
        group: SettingAndPosture,
        domain: OneOf(Posture::CHOICES),
        full_mode_only: false,
        question: "Who brought the issue before the court?",
        topic: "who brought the issue before the court",
        help: "In the opinion the government moved for a protective order (1 CIT at 65). The posture does not change the test, but it decides what the ruling is called: a motion to compel is granted or denied, a protective order granted or denied.",
    }
    Demanded {
        name: "demanded",
        group: SettingAndPosture,
        domain: YesNo,
        full_mode_only: false,
        question: "Had the opposing party demanded or requested the document before the motion?",
        topic: "whether the document had been demanded before the motion",
        help: "In the trade courts a motion for a protective order may be made before any demand (1 CIT at 66, following Asahi), so the answer does not decide the motion; it answers a 'premature' objection.",
    }
    PrivilegedInAgencyProceeding {
        name: "privileged_in_agency_proceeding",
        group: SettingAndPosture,
        domain: YesNo,
        full_mode_only: false,
        question: "Was the document accorded privileged or confidential status in the administrative proceeding?",
        topic: "whether the document was accorded privileged status in the administrative proceeding",
        help: "The opinion recites that status (1 CIT at 65), and in a trade case 19 U.S.C. § 1516a(b)(2)(B) says it shall be preserved; it supports the claim but does not decide it.",
    }
    SuaSponte {
        name: "sua_sponte",
        group: SettingAndPosture,
        domain: YesNo,
        full_mode_only: false,
        question: "Is the court acting on its own initiative?",
        topic: "whether the court is acting on its own initiative",
        help: "The court may protect a document on its own initiative, without a demand or a motion (1 CIT at 66 n.3).",
    }
    IntraGovernmental {
        name: "intra_governmental",
        group: Document,
        domain: YesNo,
        full_mode_only: true,
        question: "Is the document an internal government (intra- or inter-agency) communication, rather than something from or shared with an outside party that has its own interest?",
        topic: "whether the document is an internal government communication",
        help: "Full mode: a communication with an outside party that has its own interest is not an intra-agency memorandum and gets no deliberative-process protection (Klamath).",
    }
    SolelyInternalUse {
        name: "solely_internal_use",
        group: Document,
        domain: YesNo,
        full_mode_only: false,
        question: "Was the document compiled solely for internal use by the agency or its decision-makers?",
        topic: "whether the document was compiled solely for internal use",
        help: "The protected category is documents 'compiled solely for internal use by the Commission' (1 CIT at 65).",
    }
    Deliberative {
        name: "deliberative",
        group: Document,
        domain: YesNo,
        full_mode_only: false,
        question: "Is the document pro-con, advisory, recommendatory or deliberative (opinions, conclusions, considerations, recommendations, pros and cons, drafts)?",
        topic: "whether the document is of a pro-con, deliberative nature",
        help: "The protected category is documents 'of a pro-con nature' (1 CIT at 65); the opinion lists the markers the court accepted: advisory opinions, conclusions, considerations, deliberations and recommendations.",
    }
    Predecisional {
        name: "predecisional",
        group: Document,
        domain: YesNo,
        full_mode_only: false,
        question: "Is the document part of the process by which the final determination was formulated (predecisional)?",
        topic: "whether the document is predecisional",
        help: "The protected documents 'comprise part of the process and ideas by which, and upon which a final determination of the Commission is based' (1 CIT at 65).",
    }
    PostDecisional {
        name: "post_decisional",
        group: Document,
        domain: YesNo,
        full_mode_only: true,
        question: "Is the document post-decisional: a final opinion, an explanation of or instruction implementing a decision already made, or adopted as the agency's working law?",
        topic: "whether the document is post-decisional",
        help: "Full mode: post-decisional documents and working law are not protected (Sears; Coastal States).",
    }
    RecordOver25Years {
        name: "record_over_25_years",
        group: Document,
        domain: YesNo,
        full_mode_only: true,
        question: "FOIA: was the record created 25 years or more before the request?",
        topic: "whether the record was created 25 years or more before the request",
        help: "Full mode, FOIA only: for requests made after June 30, 2016, the deliberative-process privilege cannot justify withholding a record 25 years old or more (5 U.S.C. § 552(b)(5)).",
    }
    FactualContent {
        name: "factual_content",
        group: Document,
        domain: OneOf(FactualContent::CHOICES),
        full_mode_only: false,
        question: "What factual content does the document have?",
        topic: "the document's factual content",
        help: "Purely factual, severable material is not protected; facts whose selection reveals deliberation are (Mink; Montrose). The opinion needed no inspection because no one claimed the document held 'facts or other material not subject to executive privilege' (1 CIT at 66 n.2).",
    }
    StateSecret {
        name: "state_secret",
        group: Document,
        domain: YesNo,
        full_mode_only: false,
        question: "Would disclosure expose military or state secrets (national security or diplomatic)?",
        topic: "whether disclosure would expose military or state secrets",
        help: "Executive privilege is 'not absolute except in cases of military or State secrets' (1 CIT at 66): that branch admits no balancing (Reynolds).",
    }
    Presidential {
        name: "presidential",
        group: Document,
        domain: YesNo,
        full_mode_only: true,
        question: "Is the document a presidential communication?",
        topic: "whether the document is a presidential communication",
        help: "Full mode: presidential communications are presumptively privileged and yield only to the showings Nixon and its successors require.",
    }
    PresidentialCircle {
        name: "presidential_circle",
        group: Document,
        domain: YesNo,
        full_mode_only: true,
        question: "Was the communication authored or solicited and received by the President, an immediate White House adviser or their staff with broad and significant responsibility for the advice, and kept confidential within that circle?",
        topic: "whether the communication stayed within the President's circle of advisers",
        help: "Full mode: the presidential communications privilege reaches only that circle (In re Sealed Case; Judicial Watch). A document outside it is decided as any other.",
    }
    FormalClaim {
        name: "formal_claim",
        group: Invocation,
        domain: YesNo,
        full_mode_only: false,
        question: "Was a formal claim of privilege lodged?",
        topic: "whether a formal claim of privilege was lodged",
        help: "The established criteria begin with 'formally invoking the claim for privilege' (1 CIT at 66).",
    }
    Claimant {
        name: "claimant",
        group: Invocation,
        domain: OneOf(Claimant::CHOICES),
        full_mode_only: false,
        question: "Who lodged the claim?",
        topic: "who lodged the claim",
        help: "The claim must come 'through the head of the agency having control of the matter' (1 CIT at 66). Full mode also accepts an official to whom the head formally delegated the authority (Marriott).",
    }
    PersonalReview {
        name: "personal_review",
        group: Invocation,
        domain: YesNo,
        full_mode_only: false,
        question: "Did the official who claimed the privilege personally review the document?",
        topic: "whether the official who claimed the privilege personally reviewed the document",
        help: "The head of the agency must have 'personally reviewed the materials in issue' (1 CIT at 66).",
    }
    Affidavit {
        name: "affidavit",
        group: Invocation,
        domain: YesNo,
        full_mode_only: false,
        question: "Was an affidavit or declaration submitted in support of the claim?",
        topic: "whether an affidavit supports the claim",
        help: "The movant must have 'submitted an appropriate affidavit in support of the privilege claim' (1 CIT at 66).",
    }
    Itemized {
        name: "itemized",
        group: Invocation,
        domain: YesNo,
        full_mode_only: true,
        question: "Does the claim identify the documents item by item and give reasons (or is there a Rule 26(b)(5)(A) privilege log)?",
        topic: "whether the claim identifies the documents item by item",
        help: "Full mode: claims must be asserted item by item, so that the other side can assess them (Fed. R. Civ. P. 26(b)(5)(A); National Lawyers Guild).",
    }
    ForeseeableHarm {
        name: "foreseeable_harm",
        group: Invocation,
        domain: OneOf(ForeseeableHarm::CHOICES),
        full_mode_only: true,
        question: "FOIA: has the agency shown that disclosure would foreseeably harm an interest the exemption protects?",
        topic: "whether the agency has shown foreseeable harm",
        help: "Full mode, FOIA only: for requests made after June 30, 2016, an agency may withhold only if it reasonably foresees that disclosure would harm an interest the exemption protects (5 U.S.C. § 552(a)(8)(A)(i)); boilerplate does not suffice.",
    }
    OppositionPremature {
        name: "opposition_grounds.premature",
        group: OppositionAndBalance,
        domain: YesNo,
        full_mode_only: false,
        question: "Does the opposition say the motion is premature?",
        topic: "whether the opposition says the motion is premature",
        help: "In the trade courts a motion for a protective order may be made before any demand; a 'premature' objection does not defeat it (1 CIT at 66–67).",
    }
    OppositionNotEvaluated {
        name: "opposition_grounds.not_evaluated",
        group: OppositionAndBalance,
        domain: YesNo,
        full_mode_only: false,
        question: "Does the opposition say the document has not yet been evaluated?",
        topic: "whether the opposition says the document has not yet been evaluated",
        help: "Not having evaluated the document 'is insufficient to defeat such motion' (1 CIT at 67); the route is an extension of time.",
    }
    OppositionContainsFacts {
        name: "opposition_grounds.contains_facts",
        group: OppositionAndBalance,
        domain: YesNo,
        full_mode_only: false,
        question: "Does the opposition say the document contains non-privileged facts?",
        topic: "whether the opposition says the document contains non-privileged facts",
        help: "A claim that the document contains facts questions its contents, which can call for in camera inspection (1 CIT at 66 n.2; Henkel).",
    }
    OppositionOutsidePrivilege {
        name: "opposition_grounds.outside_privilege",
        group: OppositionAndBalance,
        domain: YesNo,
        full_mode_only: false,
        question: "Does the opposition say the document is not within the privilege?",
        topic: "whether the opposition says the document is not within the privilege",
        help: "A substantive ground of opposition, unlike prematurity (1 CIT at 67).",
    }
    OppositionNeed {
        name: "opposition_grounds.need",
        group: OppositionAndBalance,
        domain: YesNo,
        full_mode_only: false,
        question: "Does the opposition assert a need for the document?",
        topic: "whether the opposition asserts a need for the document",
        help: "The opposing party must 'demonstrate a compelling need for the document that outweighs the harm that could result from protection' (1 CIT at 67).",
    }
    OppositionDefectiveClaim {
        name: "opposition_grounds.defective_claim",
        group: OppositionAndBalance,
        domain: YesNo,
        full_mode_only: false,
        question: "Does the opposition say the claim of privilege is defective?",
        topic: "whether the opposition says the claim of privilege is defective",
        help: "The established criteria decide whether the claim was properly invoked (1 CIT at 66).",
    }
    OppositionWaiver {
        name: "opposition_grounds.waiver",
        group: OppositionAndBalance,
        domain: YesNo,
        full_mode_only: false,
        question: "Does the opposition say the privilege was waived?",
        topic: "whether the opposition says the privilege was waived",
        help: "The opinion does not address waiver, and the checker does not decide it: a verdict names the waiver argument as undecided and rests on the other grounds.",
    }
    AffidavitRefuted {
        name: "affidavit_refuted",
        group: OppositionAndBalance,
        domain: YesNo,
        full_mode_only: false,
        question: "Did the opposing party refute the supporting affidavit (in FOIA: is the agency's declaration contradicted by the record or shown to be in bad faith)?",
        topic: "whether the supporting affidavit was refuted",
        help: "An unrefuted affidavit is deemed true (1 CIT at 66 n.2); a refuted one raises an issue the court may resolve by in camera inspection.",
    }
    ContentsQuestioned {
        name: "contents_questioned",
        group: OppositionAndBalance,
        domain: YesNo,
        full_mode_only: false,
        question: "Did the opposing party question the contents: is there an issue whether the document contains facts or other material not subject to the privilege?",
        topic: "whether the contents of the document were questioned",
        help: "In camera inspection was unnecessary 'because there is no issue as to whether the document contains facts or other material not subject to executive privilege' (1 CIT at 66 n.2).",
    }
    NeedShown {
        name: "need_shown",
        group: OppositionAndBalance,
        domain: OneOf(NeedShown::CHOICES),
        full_mode_only: false,
        question: "What need for the document has the opposing party shown?",
        topic: "what need for the document was shown",
        help: "The opposing party must show a compelling need (1 CIT at 67); a general need, or none, leaves the privilege standing. In a FOIA suit the requester's need does not count.",
    }
    NeedOutweighsHarm {
        name: "need_outweighs_harm",
        group: OppositionAndBalance,
        domain: YesNo,
        full_mode_only: false,
        question: "Has the opposing party shown, clearly and persuasively, that its need outweighs the harm of disclosure?",
        topic: "whether the need outweighs the harm of disclosure",
        help: "Once the criteria are met the opposing party must demonstrate 'clearly and persuasively that the need for disclosure outweighs the harm that could result from nondisclosure' (1 CIT at 66). A yes presupposes that a specific or compelling need was shown.",
    }
    Misconduct {
        name: "misconduct",
        group: OppositionAndBalance,
        domain: YesNo,
        full_mode_only: true,
        question: "Is the government's misconduct, or its decision-making itself, the subject of the claim (does the cause of action put the government's intent or deliberations at issue)?",
        topic: "whether the government's misconduct or decision-making is the subject of the claim",
        help: "Full mode: where the cause of action is directed at the government's intent, the deliberative-process privilege does not shield those deliberations (In re Subpoena Duces Tecum). A bare allegation of wrongdoing is not enough, and in record review the decision-makers' motives are immaterial absent bad faith.",
    }
    AvailableElsewhere {
        name: "available_elsewhere",
        group: OppositionAndBalance,
        domain: YesNo,
        full_mode_only: true,
        question: "Is the information available from other sources?",
        topic: "whether the information is available from other sources",
        help: "Full mode: one of the factors a court weighs in the balance (In re Sealed Case); it informs, but does not by itself decide, whether need outweighs harm.",
    }
    ExtensionSought {
        name: "extension_sought",
        group: OppositionAndBalance,
        domain: YesNo,
        full_mode_only: false,
        question: "Did the opposing party confer with counsel or petition for an extension of time, for good cause, to evaluate and oppose?",
        topic: "whether an extension of time was sought",
        help: "'If additional time is necessary, the party should confer with counsel or petition the court for an extension of time for good cause shown to oppose the motion' (1 CIT at 67). That route belongs to a protective-order motion in the trade courts.",
    }
    InspectedInCamera {
        name: "inspected_in_camera",
        group: OppositionAndBalance,
        domain: YesNo,
        full_mode_only: false,
        question: "Has the court already inspected the document in camera? (If so, answer the document questions with the court's findings.)",
        topic: "whether the court has inspected the document in camera",
        help: "After an in camera inspection the court's findings decide what is deliberative and what is factual.",
    }
}

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

    /// The fact called `name` (contract spelling, dotted for a single opposition ground).
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
        assert_eq!(FACT_COUNT, 36);
        for (i, info) in FACTS.iter().enumerate() {
            assert!(
                info.topic.starts_with("whether")
                    || info.topic.starts_with("the")
                    || info.topic.starts_with("wh"),
                "{}",
                info.name
            );
            assert_eq!(info.fact as usize, i, "{}", info.name);
            assert_eq!(Fact::from_name(info.name), Some(info.fact));
        }
    }

    #[test]
    fn grounds_map_both_ways() {
        for choice in Ground::CHOICES {
            let name = choice.name;
            let fact = Fact::from_name(&format!("opposition_grounds.{name}")).unwrap();
            assert_eq!(fact.ground().map(Ground::name), Some(name));
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
