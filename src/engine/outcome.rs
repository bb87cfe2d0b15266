//! The rulings the engine can reach, by their contract names (`docs/contract.md`). What a reader
//! sees for each depends on the setting and posture: see `vocabulary`.

use serde::{Serialize, Serializer};

/// A ruling the facts can lead to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// O1: protective order granted; the document sealed, not subject to discovery or disclosure
    /// pending further order (in a FOIA suit: withholding upheld).
    ProtectiveOrderGranted,
    /// O2: the privilege does not apply; protective order denied or disclosure compelled.
    PrivilegeInapplicable,
    /// O3: in camera inspection is warranted before ruling.
    InCameraInspection,
    /// O4: deliberative portions protected, segregable factual portions disclosed.
    PartialDisclosure,
    /// O5: the privilege was not properly invoked; the claim fails on this record.
    ClaimDefective,
    /// O6: the need outweighs the harm; disclosure ordered, possibly on conditions.
    NeedOutweighsHarm,
    /// O7: the absolute state-secrets privilege is upheld.
    StateSecretsUpheld,
    /// O8: the opponent is given time to evaluate and oppose; no ruling on the merits yet.
    ExtensionOfTime,
    /// O9: not this privilege.
    OutOfScope,
    /// O10: a further showing is required before the ruling (in FOIA: of the agency, when
    /// foreseeable harm is not shown).
    FurtherShowing,
}

impl Outcome {
    /// Every outcome, O1 to O10.
    pub const ALL: [Outcome; 10] = [
        Outcome::ProtectiveOrderGranted,
        Outcome::PrivilegeInapplicable,
        Outcome::InCameraInspection,
        Outcome::PartialDisclosure,
        Outcome::ClaimDefective,
        Outcome::NeedOutweighsHarm,
        Outcome::StateSecretsUpheld,
        Outcome::ExtensionOfTime,
        Outcome::OutOfScope,
        Outcome::FurtherShowing,
    ];

    /// The contract name.
    pub fn name(self) -> &'static str {
        match self {
            Outcome::ProtectiveOrderGranted => "protective_order_granted",
            Outcome::PrivilegeInapplicable => "privilege_inapplicable",
            Outcome::InCameraInspection => "in_camera_inspection",
            Outcome::PartialDisclosure => "partial_disclosure",
            Outcome::ClaimDefective => "claim_defective",
            Outcome::NeedOutweighsHarm => "need_outweighs_harm",
            Outcome::StateSecretsUpheld => "state_secrets_upheld",
            Outcome::ExtensionOfTime => "extension_of_time",
            Outcome::OutOfScope => "out_of_scope",
            Outcome::FurtherShowing => "further_showing",
        }
    }

    /// The outcome's code (O1 … O10).
    pub fn code(self) -> &'static str {
        match self {
            Outcome::ProtectiveOrderGranted => "O1",
            Outcome::PrivilegeInapplicable => "O2",
            Outcome::InCameraInspection => "O3",
            Outcome::PartialDisclosure => "O4",
            Outcome::ClaimDefective => "O5",
            Outcome::NeedOutweighsHarm => "O6",
            Outcome::StateSecretsUpheld => "O7",
            Outcome::ExtensionOfTime => "O8",
            Outcome::OutOfScope => "O9",
            Outcome::FurtherShowing => "O10",
        }
    }

    fn bit(self) -> u16 {
        1 << (self as u16)
    }
}

/// A set of outcomes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct OutcomeSet(u16);

impl OutcomeSet {
    /// The empty set.
    pub fn new() -> OutcomeSet {
        OutcomeSet(0)
    }

    /// Adds an outcome.
    pub fn insert(&mut self, outcome: Outcome) {
        self.0 |= outcome.bit();
    }

    /// Whether the set holds `outcome`.
    pub fn contains(self, outcome: Outcome) -> bool {
        self.0 & outcome.bit() != 0
    }

    /// How many outcomes the set holds.
    pub fn len(self) -> usize {
        self.0.count_ones() as usize
    }

    /// Whether the set is empty.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The one outcome, when the set holds exactly one.
    pub fn single(self) -> Option<Outcome> {
        if self.len() == 1 {
            self.iter().next()
        } else {
            None
        }
    }

    /// The outcomes, O1 first.
    pub fn iter(self) -> impl Iterator<Item = Outcome> {
        Outcome::ALL.into_iter().filter(move |o| self.contains(*o))
    }
}

impl FromIterator<Outcome> for OutcomeSet {
    fn from_iter<I: IntoIterator<Item = Outcome>>(iter: I) -> Self {
        let mut set = OutcomeSet::new();
        for outcome in iter {
            set.insert(outcome);
        }
        set
    }
}

impl Serialize for OutcomeSet {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

/// The verdict's `outcome`: a ruling, or `indeterminate` when the known facts do not decide it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Ruling {
    /// The known facts decide the ruling: no completion of the unknowns changes it.
    Decided(Outcome),
    /// The ruling turns on facts not yet known.
    Indeterminate,
}

impl Ruling {
    /// The contract name.
    pub fn name(self) -> &'static str {
        match self {
            Ruling::Decided(outcome) => outcome.name(),
            Ruling::Indeterminate => "indeterminate",
        }
    }

    /// The decided ruling, if any.
    pub fn decided(self) -> Option<Outcome> {
        match self {
            Ruling::Decided(outcome) => Some(outcome),
            Ruling::Indeterminate => None,
        }
    }
}

impl Serialize for Ruling {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}
