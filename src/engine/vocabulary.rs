//! One vocabulary for every label a reader sees: answers, bases, modes, and each ruling in the
//! words of its setting and posture. The command line, the page, the documents and the
//! privilege-log review all take their labels from here.
//!
//! A ruling's machine name (`protective_order_granted`) is the same in every setting; what it is
//! called is not. Only a protective-order motion in the trade courts ends with the document
//! sealed; a motion to compel is granted or denied; a FOIA withholding is upheld or the record
//! released; a subpoena is enforced or quashed; a congressional committee's demand is met or not
//! (rule D13, and D10 and D12 for FOIA and congressional demands).

use super::facts::{Fact, Facts, Posture, Setting, YES};
use super::outcome::{Outcome, Ruling};
use super::request::Mode;
use super::rules::Basis;

/// The procedure through which the privilege is decided, as far as the words of a ruling go.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Vehicle {
    /// The government's motion for a protective order.
    ProtectiveOrder,
    /// The opposing party's motion to compel.
    MotionToCompel,
    /// Cross-motions for a protective order and to compel.
    CrossMotions,
    /// The court acting on its own initiative.
    CourtOnItsOwn,
    /// A subpoena in a criminal prosecution or before a grand jury.
    Subpoena,
    /// A FOIA suit: the agency's withholding under Exemption 5.
    Foia,
    /// A congressional committee's demand.
    Congressional,
    /// Neither setting nor posture stated: words that fit any.
    Unstated,
}

impl Vehicle {
    /// Every vehicle.
    pub const ALL: [Vehicle; 8] = [
        Vehicle::ProtectiveOrder,
        Vehicle::MotionToCompel,
        Vehicle::CrossMotions,
        Vehicle::CourtOnItsOwn,
        Vehicle::Subpoena,
        Vehicle::Foia,
        Vehicle::Congressional,
        Vehicle::Unstated,
    ];
}

/// Where a ruling is made: the vehicle, and whether the trade courts' own procedure governs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Forum {
    /// The procedure.
    pub vehicle: Vehicle,
    /// The Court of International Trade or the Customs Court, where a protected document is
    /// sealed and 19 U.S.C. § 1516a and the court's Rule 26(c) apply. Seed mode speaks as the
    /// opinion's own court.
    pub trade_court: bool,
}

impl Forum {
    /// The forum the stated facts describe. Seed mode does not apply the setting: it speaks as
    /// in the opinion's own court, and a stated setting is named in the caveats instead.
    pub fn of(mode: Mode, facts: &Facts) -> Forum {
        let setting = match mode {
            Mode::Seed => Some(Setting::TradeRecordReview),
            Mode::Full => facts.get(Fact::Setting).and_then(Setting::from_index),
        };
        let posture = facts.get(Fact::Posture).and_then(Posture::from_index);
        let on_its_own = facts.get(Fact::SuaSponte) == Some(YES);
        let trade_court = setting.is_some_and(Setting::is_trade_court);
        let vehicle = match (setting, posture) {
            (Some(Setting::Foia), _) => Vehicle::Foia,
            (Some(Setting::Congressional), _) => Vehicle::Congressional,
            (_, Some(Posture::FoiaSuit)) if setting.is_none() => Vehicle::Foia,
            (_, _) if on_its_own || posture == Some(Posture::SuaSponte) => Vehicle::CourtOnItsOwn,
            (_, Some(Posture::ProtectiveOrderMotion)) => Vehicle::ProtectiveOrder,
            (_, Some(Posture::MotionToCompel)) => Vehicle::MotionToCompel,
            (_, Some(Posture::CrossMotions)) => Vehicle::CrossMotions,
            (Some(Setting::Criminal | Setting::GrandJury), _) => Vehicle::Subpoena,
            // The opinion's own procedure, where the posture is not stated.
            (Some(Setting::TradeRecordReview | Setting::CustomsCourt), _) => {
                Vehicle::ProtectiveOrder
            }
            _ => Vehicle::Unstated,
        };
        Forum {
            vehicle,
            trade_court,
        }
    }

    /// Whether the trade courts' protective-order procedure governs (rule D13): a protective
    /// order (on a motion, cross-motions or the court's own initiative) in the trade courts, or a
    /// motion for a protective order anywhere. Seed mode speaks as the opinion's own court.
    pub fn trade_procedure(self) -> bool {
        self.protective_order() && (self.trade_court || self.vehicle == Vehicle::ProtectiveOrder)
    }

    /// Whether the ruling is on a motion for a protective order (alone or with a motion to
    /// compel), or the court's own protective order.
    pub fn protective_order(self) -> bool {
        matches!(
            self.vehicle,
            Vehicle::ProtectiveOrder | Vehicle::CrossMotions | Vehicle::CourtOnItsOwn
        )
    }
}

/// A ruling in the words of its forum: what the verdict's `label` says.
pub fn outcome_label(outcome: Outcome, forum: Forum) -> &'static str {
    use Outcome as O;
    use Vehicle as V;
    let sealed = forum.trade_court;
    match (forum.vehicle, outcome) {
        (V::ProtectiveOrder, O::ProtectiveOrderGranted) if sealed => {
            "Protective order granted: the document is sealed pending further order"
        }
        (V::ProtectiveOrder, O::ProtectiveOrderGranted) => {
            "Protective order granted: the document is protected from discovery pending further order"
        }
        (V::ProtectiveOrder, O::PrivilegeInapplicable) => {
            "Protective order denied: the privilege does not apply"
        }
        (V::ProtectiveOrder, O::InCameraInspection) => {
            "In camera inspection before the motion for a protective order is decided"
        }
        (V::ProtectiveOrder, O::PartialDisclosure) => {
            "Protective order granted in part: the deliberative portions protected, the segregable facts disclosed"
        }
        (V::ProtectiveOrder, O::ClaimDefective) => {
            "Protective order denied on this record: the privilege was not properly invoked"
        }
        (V::ProtectiveOrder, O::NeedOutweighsHarm) => {
            "Protective order denied: the need for the document outweighs the harm of disclosure"
        }
        (V::ProtectiveOrder, O::StateSecretsUpheld) => {
            "Protective order granted: the state-secrets privilege is absolute"
        }
        (V::ProtectiveOrder | V::CrossMotions, O::ExtensionOfTime) => {
            "Time to oppose extended: no ruling on the motion yet"
        }

        (V::MotionToCompel, O::ProtectiveOrderGranted) => {
            "Motion to compel denied as to the document: the privilege is upheld"
        }
        (V::MotionToCompel, O::PrivilegeInapplicable) => {
            "Motion to compel granted: the privilege does not apply"
        }
        (V::MotionToCompel, O::InCameraInspection) => {
            "In camera inspection before the motion to compel is decided"
        }
        (V::MotionToCompel, O::PartialDisclosure) => {
            "Motion to compel granted in part: the segregable facts produced, the deliberative portions withheld"
        }
        (V::MotionToCompel | V::CrossMotions, O::ClaimDefective) => {
            "Motion to compel granted on this record: the privilege was not properly invoked"
        }
        (V::MotionToCompel | V::CrossMotions, O::NeedOutweighsHarm) => {
            "Motion to compel granted: the need for the document outweighs the harm of disclosure"
        }
        (V::MotionToCompel, O::StateSecretsUpheld) => {
            "Motion to compel denied: the state-secrets privilege is absolute"
        }
        (V::MotionToCompel, O::ExtensionOfTime) => {
            "Time to respond extended: no ruling on the motion to compel yet"
        }

        (V::CrossMotions, O::ProtectiveOrderGranted) if sealed => {
            "Protective order granted and motion to compel denied: the document is sealed pending further order"
        }
        (V::CrossMotions, O::ProtectiveOrderGranted) => {
            "Protective order granted and motion to compel denied: the privilege is upheld"
        }
        (V::CrossMotions, O::PrivilegeInapplicable) => {
            "Motion to compel granted and protective order denied: the privilege does not apply"
        }
        (V::CrossMotions, O::InCameraInspection) => {
            "In camera inspection before the cross-motions are decided"
        }
        (V::CrossMotions, O::PartialDisclosure) => {
            "Each motion granted in part: the deliberative portions protected, the segregable facts produced"
        }
        (V::CrossMotions, O::StateSecretsUpheld) => {
            "Protective order granted and motion to compel denied: the state-secrets privilege is absolute"
        }

        (V::CourtOnItsOwn, O::ProtectiveOrderGranted) if sealed => {
            "Protected on the court's own initiative: the document is sealed pending further order"
        }
        (V::CourtOnItsOwn, O::ProtectiveOrderGranted) => {
            "Protected on the court's own initiative: not subject to discovery pending further order"
        }
        (V::CourtOnItsOwn, O::PrivilegeInapplicable) => {
            "No protection on the court's own initiative: the privilege does not apply"
        }
        (V::CourtOnItsOwn, O::InCameraInspection) => "In camera inspection before the court rules",
        (V::CourtOnItsOwn, O::PartialDisclosure) => {
            "The deliberative portions protected: the segregable facts are not"
        }
        (V::CourtOnItsOwn, O::ClaimDefective) => {
            "No protection on this record: the privilege was not properly invoked"
        }
        (V::CourtOnItsOwn, O::NeedOutweighsHarm) => {
            "No protection: the need for the document outweighs the harm of disclosure"
        }
        (V::CourtOnItsOwn, O::StateSecretsUpheld) => {
            "Protected on the court's own initiative: the state-secrets privilege is absolute"
        }

        (V::Subpoena, O::ProtectiveOrderGranted) => {
            "Subpoena quashed as to the document: the privilege is upheld"
        }
        (V::Subpoena, O::PrivilegeInapplicable) => {
            "Subpoena enforced: the privilege does not apply"
        }
        (V::Subpoena, O::InCameraInspection) => {
            "In camera inspection before the subpoena is enforced"
        }
        (V::Subpoena, O::PartialDisclosure) => {
            "Subpoena enforced in part: the segregable facts produced, the deliberative portions withheld"
        }
        (V::Subpoena, O::ClaimDefective) => {
            "Subpoena enforced on this record: the privilege was not properly invoked"
        }
        (V::Subpoena, O::NeedOutweighsHarm) => {
            "Subpoena enforced: the need shown overcomes the privilege"
        }
        (V::Subpoena, O::StateSecretsUpheld) => {
            "Subpoena quashed as to the document: the state-secrets privilege is absolute"
        }

        (V::Foia, O::ProtectiveOrderGranted) => "Withholding upheld under Exemption 5",
        (V::Foia, O::PrivilegeInapplicable) => {
            "Exemption 5 does not justify the withholding: the record must be released unless another exemption applies"
        }
        (V::Foia, O::InCameraInspection) => "In camera review of the withheld record",
        (V::Foia, O::PartialDisclosure) => {
            "Release of the reasonably segregable portions: the rest withheld under Exemption 5"
        }
        (V::Foia, O::ClaimDefective) => {
            "Withholding not justified on this record: the privilege was not properly claimed"
        }
        (V::Foia, O::NeedOutweighsHarm) => "Release ordered: the privilege yields",
        (V::Foia, O::StateSecretsUpheld) => {
            "Withholding upheld: the state-secrets privilege is absolute"
        }
        (V::Foia, O::FurtherShowing) => {
            "Further showing required of the agency: it must supplement its declarations and index"
        }

        (V::Congressional, O::ProtectiveOrderGranted) => {
            "The committee's demand does not overcome the privilege: the document may be withheld"
        }
        (V::Congressional, O::PrivilegeInapplicable) => {
            "The privilege does not apply: the document is to be produced to the committee"
        }
        (V::Congressional, O::InCameraInspection) => {
            "In camera review before the committee's subpoena is enforced"
        }
        (V::Congressional, O::PartialDisclosure) => {
            "The segregable facts to be produced to the committee: the deliberative portions withheld"
        }
        (V::Congressional, O::ClaimDefective) => {
            "The claim of privilege against the committee was not properly invoked"
        }
        (V::Congressional, O::NeedOutweighsHarm) => {
            "The committee has shown the material is demonstrably critical to its functions: the privilege yields"
        }
        (V::Congressional, O::StateSecretsUpheld) => {
            "The committee's demand does not overcome the state-secrets privilege, which is absolute"
        }

        (_, O::ExtensionOfTime) => "Time extended: no ruling on the merits yet",
        (_, O::OutOfScope) => "Outside this checker: not the privilege it decides",
        (_, O::FurtherShowing) => "A further showing is required before the ruling",
        (V::Unstated, O::ProtectiveOrderGranted) => {
            "Privilege upheld: the document is protected from disclosure"
        }
        (V::Unstated, O::PrivilegeInapplicable) => {
            "The privilege does not apply: the document is to be disclosed"
        }
        (V::Unstated, O::InCameraInspection) => "In camera inspection before the ruling",
        (V::Unstated, O::PartialDisclosure) => {
            "Partial disclosure: the deliberative portions protected, the segregable facts disclosed"
        }
        (V::Unstated, O::ClaimDefective) => {
            "Claim defective: the privilege was not properly invoked"
        }
        (V::Unstated, O::NeedOutweighsHarm) => {
            "Need outweighs harm: disclosure, possibly on conditions"
        }
        (V::Unstated, O::StateSecretsUpheld) => {
            "State-secrets privilege upheld: absolute, no balancing"
        }
    }
}

/// A ruling in words fit for any setting: for lists that mix settings (a privilege log's counts,
/// the outcome filters).
pub fn outcome_heading(outcome: Outcome) -> &'static str {
    outcome_label(
        outcome,
        Forum {
            vehicle: Vehicle::Unstated,
            trade_court: false,
        },
    )
}

/// What an undecided verdict is called.
pub const INDETERMINATE_LABEL: &str = "Not yet decided: the ruling turns on facts not yet known";

/// A verdict's ruling in the words of its forum.
pub fn ruling_label(ruling: Ruling, forum: Forum) -> &'static str {
    match ruling {
        Ruling::Decided(outcome) => outcome_label(outcome, forum),
        Ruling::Indeterminate => INDETERMINATE_LABEL,
    }
}

/// Where a step comes from, as a reader sees it.
pub fn basis_label(basis: Basis) -> &'static str {
    match basis {
        Basis::Seed => "the opinion",
        Basis::SeedImplied => "implied by the opinion",
        Basis::Doctrine => "doctrine",
    }
}

/// The mode, as a reader sees it.
pub fn mode_label(mode: Mode) -> &'static str {
    match mode {
        Mode::Seed => "seed only (the opinion's own rules)",
        Mode::Full => "full doctrine (the opinion plus doctrine overlays)",
    }
}

/// What an unknown answer is called.
pub const UNKNOWN_ANSWER: &str = "Not known";

/// An answer as a reader sees it: "Yes", "No", the enum value's words, or "Not known".
pub fn answer_label(fact: Fact, value: Option<u8>) -> &'static str {
    value.map_or(UNKNOWN_ANSWER, |v| fact.info().domain.value_label(v))
}

/// An answer inside a sentence: "yes", "no", or the enum value's words in lower case where they
/// begin a sentence.
pub fn answer_in_sentence(fact: Fact, value: u8) -> String {
    let label = fact.info().domain.value_label(value);
    let mut chars = label.chars();
    let acronym = label.chars().nth(1).is_some_and(char::is_uppercase);
    match chars.next() {
        Some(first) if !acronym && !label.starts_with("The President") => {
            first.to_lowercase().chain(chars).collect()
        }
        _ => label.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_trade_court_protective_order_seals() {
        for vehicle in Vehicle::ALL {
            for trade_court in [false, true] {
                let forum = Forum {
                    vehicle,
                    trade_court,
                };
                for outcome in Outcome::ALL {
                    let label = outcome_label(outcome, forum).to_lowercase();
                    if label.contains("seal") {
                        assert!(
                            trade_court && forum.protective_order(),
                            "{forum:?} {outcome:?}"
                        );
                    }
                    if matches!(
                        vehicle,
                        Vehicle::Foia
                            | Vehicle::Congressional
                            | Vehicle::Subpoena
                            | Vehicle::MotionToCompel
                    ) {
                        assert!(
                            !label.contains("protective order"),
                            "{forum:?} {outcome:?}: {label}"
                        );
                    }
                    if vehicle == Vehicle::Foia {
                        assert!(!label.contains("motion"), "{label}");
                    }
                }
            }
        }
    }

    #[test]
    fn seed_mode_speaks_as_the_opinions_court() {
        let facts = Facts::unknown().with(Fact::Setting, Setting::Foia.index());
        assert_eq!(
            Forum::of(Mode::Seed, &facts),
            Forum {
                vehicle: Vehicle::ProtectiveOrder,
                trade_court: true
            }
        );
        assert_eq!(Forum::of(Mode::Full, &facts).vehicle, Vehicle::Foia);
    }
}
