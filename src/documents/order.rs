//! The proposed order that fits the setting, the posture and the ruling (the verdict's `label`):
//! a protective-order motion granted (the opinion's own form) or denied; a motion to compel
//! denied as to the document or granted; the document lodged for in camera review; the claim
//! denied without prejudice to a proper claim; a subpoena quashed or enforced; in FOIA, the
//! summary-judgment motions decided as to Exemption 5. Where no court order follows (a
//! congressional demand, a posture not stated, a ruling not decided), none is written, and the
//! reason is given instead.
//!
//! Each setting's order speaks its own law only: the trade courts' sealing and 19 U.S.C.
//! § 1516a(b)(2)(B) only in the trade courts, Exemption 5 and 5 U.S.C. § 552 only in FOIA.

use super::caption::{caption, counsel_signature, or_blank};
use super::{Block, Document};
use crate::engine::facts::Setting;
use crate::engine::vocabulary::{Forum, Vehicle};
use crate::engine::{Fact, Mode, Outcome, Ruling, Verdict};
use crate::matter::{Field, Matter, Session};

/// Why no order is proposed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoOrder {
    /// The ruling turns on facts not yet known.
    Undecided,
    /// A committee's demand: no court decides it in this setting.
    Congressional,
    /// The posture is not stated: the order depends on who moved for what.
    PostureUnstated,
    /// The question is outside the privilege this checker decides.
    OutsideTheChecker,
    /// The ruling is a further showing in a setting whose order for it this checker does not
    /// write.
    FurtherShowing,
}

impl NoOrder {
    /// Why, in words.
    pub fn reason(self) -> &'static str {
        match self {
            NoOrder::Undecided => {
                "No proposed order: the ruling turns on facts not yet known. Answer the open questions first."
            }
            NoOrder::Congressional => {
                "No proposed order: a congressional committee's demand is not decided by a court order in this setting. The papers are the committee's subpoena, the claim of privilege and the accommodation between the branches."
            }
            NoOrder::PostureUnstated => {
                "No proposed order: the posture is not stated. Say who moved for what (a protective order, a motion to compel, cross-motions, a subpoena), and the order follows it."
            }
            NoOrder::OutsideTheChecker => {
                "No proposed order: the question is outside the privilege this checker decides."
            }
            NoOrder::FurtherShowing => {
                "No proposed order: the ruling calls for a further showing before any order."
            }
        }
    }
}

/// The proposed order for the matter's ruling, or why there is none.
pub fn proposed_order(session: &Session, verdict: &Verdict) -> Result<Document, NoOrder> {
    let Ruling::Decided(outcome) = verdict.outcome else {
        return Err(NoOrder::Undecided);
    };
    let facts = &session.request.facts;
    let setting = match verdict.mode {
        Mode::Seed => Some(Setting::TradeRecordReview),
        Mode::Full => facts.get(Fact::Setting).and_then(Setting::from_index),
    };
    let presidential = facts.get_bool(Fact::Presidential) == Some(true);
    order_for(
        &Case {
            forum: verdict.forum,
            setting,
            mode: verdict.mode,
            presidential,
        },
        outcome,
        &session.matter,
    )
}

/// What the order depends on besides the ruling.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Case {
    /// The procedure and the court.
    pub forum: Forum,
    /// The setting, where stated.
    pub setting: Option<Setting>,
    /// Seed mode applies the opinion alone (no delegation of the claim).
    pub mode: Mode,
    /// A claim of presidential communications privilege.
    pub presidential: bool,
}

/// Who claims the privilege and who seeks the document, by their roles in the case.
struct Parties {
    claimant: String,
    requester: String,
}

impl Parties {
    fn of(matter: &Matter, case: &Case) -> Parties {
        // In the trade courts and in FOIA the government is the defendant (the action is
        // against the United States, or the agency): its role can be named. Elsewhere it is
        // left to be filled in.
        let government_defends = case.forum.trade_court || case.forum.vehicle == Vehicle::Foia;
        let (claimant, requester) = if government_defends {
            ("defendant", "plaintiff")
        } else {
            (
                "[the party claiming the privilege]",
                "[the party seeking the document]",
            )
        };
        Parties {
            claimant: or_blank(matter, Field::ClaimingParty, claimant).to_string(),
            requester: or_blank(matter, Field::RequestingParty, requester).to_string(),
        }
    }
}

/// The proposed order for `outcome` in `case`.
pub fn order_for(case: &Case, outcome: Outcome, matter: &Matter) -> Result<Document, NoOrder> {
    let document = matter.document_or_default();
    let Parties {
        claimant,
        requester,
    } = Parties::of(matter, case);
    let trade = case.forum.trade_court;
    let grand_jury = case.setting == Some(Setting::GrandJury);
    let proper_claim = proper_claim(case, document);
    // Lodging for in camera review: the trade courts' statute there, FOIA's in FOIA, none
    // elsewhere (the court's inherent power needs no citation in a proposed order).
    let in_camera = if trade {
        format!(
            "shall, within [__] days, lodge {document} with the court for inspection in camera pursuant to 19 U.S.C. § 1516a(b)(2)(B), together with a declaration identifying its deliberative portions"
        )
    } else {
        format!(
            "shall, within [__] days, lodge {document} with the court for inspection in camera, together with a declaration identifying its deliberative portions"
        )
    };
    // What a protective order does with a protected document: the trade courts seal it.
    let protected = if trade {
        format!(
            "the clerk of the court shall seal {document} and keep said document sealed and not subject to discovery or disclosure pending further order by the court"
        )
    } else {
        format!(
            "{document} is not subject to discovery or disclosure pending further order of the court"
        )
    };
    let segregated = format!(
        "{claimant} shall, within [__] days, produce the purely factual portions of {document} that can be severed from its deliberative portions, with the deliberative portions redacted and each redaction identified"
    );
    let disclosure_terms = if trade {
        format!(
            "{document} shall be disclosed to counsel for {requester} under the following terms and conditions, pursuant to 19 U.S.C. § 1516a(b)(2)(B): [terms and conditions]"
        )
    } else {
        format!(
            "{claimant} shall, within [__] days, produce {document} to {requester}, subject to [any confidentiality terms the court sets]"
        )
    };

    let (recital, ordered): (String, Vec<String>) = match case.forum.vehicle {
        Vehicle::ProtectiveOrder => {
            let motion = format!("{claimant}'s motion for a protective order");
            let recital = format!(
                "Upon consideration of {motion} regarding {document}, and the opposition thereto, it is hereby"
            );
            let ordered = match outcome {
                Outcome::ProtectiveOrderGranted | Outcome::StateSecretsUpheld if trade => vec![
                    format!(
                        "Ordered and Adjudged that {claimant}'s motion is, in all respects, granted and it is further"
                    ),
                    format!("Ordered and Adjudged that {protected}."),
                ],
                Outcome::ProtectiveOrderGranted | Outcome::StateSecretsUpheld => vec![
                    format!("ORDERED that {motion} is GRANTED; and it is further"),
                    format!("ORDERED that {protected}."),
                ],
                Outcome::PartialDisclosure => vec![
                    format!(
                        "ORDERED that {motion} is GRANTED IN PART and DENIED IN PART; and it is further"
                    ),
                    format!("ORDERED that {segregated}; and it is further"),
                    format!(
                        "ORDERED that the deliberative portions of {document} are not subject to discovery or disclosure pending further order of the court{}.",
                        if trade {
                            ", and the clerk of the court shall seal the unredacted document"
                        } else {
                            ""
                        }
                    ),
                ],
                Outcome::InCameraInspection => vec![
                    format!("ORDERED that {claimant} {in_camera}; and it is further"),
                    format!(
                        "ORDERED that decision on {motion} is reserved pending the court's inspection."
                    ),
                ],
                Outcome::ClaimDefective => vec![format!(
                    "ORDERED that {motion} is DENIED without prejudice to its renewal upon {proper_claim}."
                )],
                Outcome::PrivilegeInapplicable => vec![format!("ORDERED that {motion} is DENIED.")],
                Outcome::NeedOutweighsHarm => vec![
                    format!("ORDERED that {motion} is DENIED; and it is further"),
                    format!("ORDERED that {disclosure_terms}."),
                ],
                Outcome::ExtensionOfTime => vec![format!(
                    "ORDERED that {requester}'s time to respond to {motion} is extended to [date], for good cause shown."
                )],
                Outcome::FurtherShowing => return Err(NoOrder::FurtherShowing),
                Outcome::OutOfScope => return Err(NoOrder::OutsideTheChecker),
            };
            (recital, ordered)
        }
        Vehicle::MotionToCompel => {
            let motion = format!("{requester}'s motion to compel");
            let recital = format!(
                "Upon consideration of {motion} the production of {document}, {claimant}'s opposition and claim of privilege, and the papers submitted, it is hereby"
            );
            let ordered = match outcome {
                Outcome::ProtectiveOrderGranted | Outcome::StateSecretsUpheld => {
                    vec![format!("ORDERED that {motion} is DENIED as to {document}.")]
                }
                Outcome::PrivilegeInapplicable => vec![
                    format!("ORDERED that {motion} is GRANTED as to {document}; and it is further"),
                    format!("ORDERED that {claimant} shall produce {document} within [__] days."),
                ],
                Outcome::PartialDisclosure => vec![
                    format!(
                        "ORDERED that {motion} is GRANTED IN PART and DENIED IN PART as to {document}; and it is further"
                    ),
                    format!(
                        "ORDERED that {segregated}; the deliberative portions need not be produced."
                    ),
                ],
                Outcome::InCameraInspection => vec![
                    format!("ORDERED that {claimant} {in_camera}; and it is further"),
                    format!(
                        "ORDERED that decision on {motion} is reserved pending the court's inspection."
                    ),
                ],
                Outcome::ClaimDefective => vec![format!(
                    "ORDERED that {motion} is GRANTED as to {document} on the present record, and {claimant} shall produce it within [__] days unless, within that time, it serves {proper_claim}, in which event production is stayed pending the court's ruling on that claim."
                )],
                Outcome::NeedOutweighsHarm => vec![
                    format!("ORDERED that {motion} is GRANTED as to {document}; and it is further"),
                    format!("ORDERED that {disclosure_terms}."),
                ],
                Outcome::ExtensionOfTime => vec![format!(
                    "ORDERED that {claimant}'s time to respond to {motion} is extended to [date], for good cause shown."
                )],
                Outcome::FurtherShowing => return Err(NoOrder::FurtherShowing),
                Outcome::OutOfScope => return Err(NoOrder::OutsideTheChecker),
            };
            (recital, ordered)
        }
        Vehicle::CrossMotions => {
            let protective = format!("{claimant}'s motion for a protective order");
            let compel = format!("{requester}'s motion to compel");
            let recital = format!(
                "Upon consideration of {protective} regarding {document}, {compel} its production, and the papers submitted on both, it is hereby"
            );
            let ordered = match outcome {
                Outcome::ProtectiveOrderGranted | Outcome::StateSecretsUpheld => vec![
                    format!("ORDERED that {protective} is GRANTED and {compel} is DENIED as to {document}; and it is further"),
                    format!("ORDERED that {protected}."),
                ],
                Outcome::PrivilegeInapplicable => vec![
                    format!("ORDERED that {compel} is GRANTED and {protective} is DENIED as to {document}; and it is further"),
                    format!("ORDERED that {claimant} shall produce {document} within [__] days."),
                ],
                Outcome::PartialDisclosure => vec![
                    format!("ORDERED that each motion is GRANTED IN PART and DENIED IN PART as to {document}; and it is further"),
                    format!("ORDERED that {segregated}; the deliberative portions are not subject to discovery pending further order of the court."),
                ],
                Outcome::InCameraInspection => vec![
                    format!("ORDERED that {claimant} {in_camera}; and it is further"),
                    "ORDERED that decision on both motions is reserved pending the court's inspection.".to_string(),
                ],
                Outcome::ClaimDefective => vec![format!(
                    "ORDERED that {protective} is DENIED without prejudice to its renewal upon {proper_claim}; and {compel} is GRANTED as to {document}, with production stayed for [__] days to permit such a renewal."
                )],
                Outcome::NeedOutweighsHarm => vec![
                    format!("ORDERED that {compel} is GRANTED and {protective} is DENIED as to {document}; and it is further"),
                    format!("ORDERED that {disclosure_terms}."),
                ],
                Outcome::ExtensionOfTime => vec![format!(
                    "ORDERED that {requester}'s time to respond to {protective} is extended to [date], for good cause shown."
                )],
                Outcome::FurtherShowing => return Err(NoOrder::FurtherShowing),
                Outcome::OutOfScope => return Err(NoOrder::OutsideTheChecker),
            };
            (recital, ordered)
        }
        Vehicle::CourtOnItsOwn => {
            let recital = format!(
                "The court, on its own initiative, having considered whether {document} is privileged, it is hereby"
            );
            let ordered = match outcome {
                Outcome::ProtectiveOrderGranted | Outcome::StateSecretsUpheld => {
                    vec![format!("ORDERED that {protected}.")]
                }
                Outcome::PartialDisclosure => vec![
                    format!("ORDERED that {segregated}; and it is further"),
                    format!(
                        "ORDERED that the deliberative portions of {document} are not subject to discovery or disclosure pending further order of the court."
                    ),
                ],
                Outcome::InCameraInspection => {
                    vec![format!("ORDERED that {claimant} {in_camera}.")]
                }
                Outcome::ClaimDefective => vec![format!(
                    "ORDERED that {document} is not protected on the present record, without prejudice to {proper_claim} within [__] days."
                )],
                Outcome::PrivilegeInapplicable => vec![format!(
                    "ORDERED that {document} is not protected from discovery by the privilege claimed."
                )],
                Outcome::NeedOutweighsHarm => vec![format!("ORDERED that {disclosure_terms}.")],
                Outcome::ExtensionOfTime => vec![
                    "ORDERED that the time to respond is extended to [date], for good cause shown."
                        .to_string(),
                ],
                Outcome::FurtherShowing => return Err(NoOrder::FurtherShowing),
                Outcome::OutOfScope => return Err(NoOrder::OutsideTheChecker),
            };
            (recital, ordered)
        }
        Vehicle::Subpoena => {
            let subpoena = if grand_jury {
                "the grand jury subpoena"
            } else {
                "the subpoena"
            };
            let motion = format!("{claimant}'s motion to quash {subpoena}");
            let recital = format!(
                "Upon consideration of {motion} as to {document}, the opposition thereto, and the claim of privilege, it is hereby"
            );
            let ordered = match outcome {
                Outcome::ProtectiveOrderGranted | Outcome::StateSecretsUpheld => vec![format!(
                    "ORDERED that {motion} is GRANTED, and {subpoena} is quashed as to {document}."
                )],
                Outcome::PrivilegeInapplicable | Outcome::NeedOutweighsHarm => vec![
                    format!("ORDERED that {motion} is DENIED; and it is further"),
                    format!(
                        "ORDERED that {claimant} shall produce {document} in compliance with {subpoena} within [__] days."
                    ),
                ],
                Outcome::PartialDisclosure => vec![
                    format!(
                        "ORDERED that {motion} is GRANTED IN PART and DENIED IN PART; and it is further"
                    ),
                    format!("ORDERED that {segregated}, in compliance with {subpoena}."),
                ],
                Outcome::InCameraInspection => vec![
                    format!("ORDERED that {claimant} {in_camera}; and it is further"),
                    format!(
                        "ORDERED that decision on {motion} is reserved pending the court's inspection."
                    ),
                ],
                Outcome::ClaimDefective => vec![format!(
                    "ORDERED that {motion} is DENIED on the present record, without prejudice to its renewal within [__] days upon {proper_claim}."
                )],
                Outcome::ExtensionOfTime => vec![format!(
                    "ORDERED that the time to respond to {motion} is extended to [date], for good cause shown."
                )],
                Outcome::FurtherShowing => return Err(NoOrder::FurtherShowing),
                Outcome::OutOfScope => return Err(NoOrder::OutsideTheChecker),
            };
            (recital, ordered)
        }
        Vehicle::Foia => {
            let agency = format!("{claimant}'s motion for summary judgment");
            let cross = format!("{requester}'s cross-motion for summary judgment");
            let recital = format!(
                "Upon consideration of {agency} and {cross} as to {document}, withheld under Exemption 5 of the Freedom of Information Act, 5 U.S.C. § 552(b)(5), and the declarations and index submitted, it is hereby"
            );
            let ordered = match outcome {
                Outcome::ProtectiveOrderGranted | Outcome::StateSecretsUpheld => vec![format!(
                    "ORDERED that {agency} is GRANTED and {cross} is DENIED as to {document}, which was properly withheld under 5 U.S.C. § 552(b)(5)."
                )],
                Outcome::PrivilegeInapplicable | Outcome::NeedOutweighsHarm => vec![
                    format!(
                        "ORDERED that {cross} is GRANTED and {agency} is DENIED as to {document}; and it is further"
                    ),
                    format!(
                        "ORDERED that {claimant} shall, within [__] days, release {document}, except any portion it withholds under another exemption, which it shall identify."
                    ),
                ],
                Outcome::PartialDisclosure => vec![
                    format!(
                        "ORDERED that each motion is GRANTED IN PART and DENIED IN PART as to {document}; and it is further"
                    ),
                    format!(
                        "ORDERED that {claimant} shall, within [__] days, release the reasonably segregable portions of {document}, 5 U.S.C. § 552(b), and may withhold the remainder under 5 U.S.C. § 552(b)(5)."
                    ),
                ],
                Outcome::InCameraInspection => vec![
                    format!(
                        "ORDERED that {claimant} shall, within [__] days, submit {document} for in camera review, 5 U.S.C. § 552(a)(4)(B); and it is further"
                    ),
                    "ORDERED that decision on the motions is reserved pending the court's review."
                        .to_string(),
                ],
                Outcome::ClaimDefective | Outcome::FurtherShowing => vec![
                    format!(
                        "ORDERED that {agency} is DENIED without prejudice as to {document}; and it is further"
                    ),
                    format!(
                        "ORDERED that {claimant} shall, within [__] days, supplement its declarations and index{}, showing for {document} the decision it preceded, its role in that decision, the harm disclosure would foreseeably cause, 5 U.S.C. § 552(a)(8)(A)(i), and what is reasonably segregable, or release it.",
                        if outcome == Outcome::ClaimDefective {
                            format!(" with {proper_claim}")
                        } else {
                            String::new()
                        }
                    ),
                ],
                Outcome::ExtensionOfTime => vec![format!(
                    "ORDERED that the time to respond to {agency} is extended to [date], for good cause shown."
                )],
                Outcome::OutOfScope => return Err(NoOrder::OutsideTheChecker),
            };
            (recital, ordered)
        }
        Vehicle::Congressional => return Err(NoOrder::Congressional),
        Vehicle::Unstated => return Err(NoOrder::PostureUnstated),
    };

    let mut blocks = vec![
        Block::Title("[Proposed] Order".into()),
        caption(matter),
        Block::Center("ORDER".into()),
        Block::Paragraph(recital),
    ];
    blocks.extend(ordered.into_iter().map(Block::Paragraph));
    blocks.push(Block::Center("SO ORDERED.".into()));
    blocks.push(Block::Signature(vec![
        "____________________".into(),
        format!("{}, Judge", or_blank(matter, Field::Judge, "[Judge]")),
        "Dated: [date]".into(),
        or_blank(matter, Field::Place, "[place]").to_string(),
    ]));
    blocks.push(Block::Heading("Submitted by".into()));
    blocks.push(counsel_signature(matter, &claimant));
    if let Some(rule) = conferral_rule(case) {
        let other = &requester;
        blocks.push(Block::Heading(
            "Certificate of conferral (to file with the motion)".into(),
        ));
        blocks.push(Block::Paragraph(format!(
            "Counsel for the movant certifies that on [date(s)], by [means], counsel conferred in good faith with counsel for {other} in an effort to resolve the dispute over {document} without court action, {rule}, and that [the parties could not resolve it / describe what remains in dispute]."
        )));
    }
    blocks.extend(certificate_of_service(matter));
    Ok(Document {
        kind: "proposed-order",
        blocks,
    })
}

/// The rule requiring the party claiming the privilege to confer before its own motion for a
/// protective order, or `None` where it makes no discovery motion (a motion to compel is the
/// other side's, and its certificate is theirs). The trade courts' own rule is left for counsel to
/// cite: this checker has not verified its text.
fn conferral_rule(case: &Case) -> Option<&'static str> {
    let civil = match case.forum.vehicle {
        Vehicle::ProtectiveOrder | Vehicle::CrossMotions => "as Fed. R. Civ. P. 26(c)(1) requires",
        _ => return None,
    };
    let federal_civil_rules = !case.forum.trade_court
        && !matches!(case.setting, Some(Setting::Criminal | Setting::GrandJury));
    Some(if federal_civil_rules {
        civil
    } else {
        "as the court's rules require [cite the rule]"
    })
}

/// The certificate of service for a paper filed in the case.
pub fn certificate_of_service(matter: &Matter) -> Vec<Block> {
    vec![
        Block::Heading("Certificate of service".into()),
        Block::Paragraph(
            "I certify that on [date] I caused a copy of the foregoing to be served on counsel of record for every party by [the court's electronic filing system / e-mail / mail].".into(),
        ),
        Block::Signature(vec![
            "/s/ ____________________".into(),
            matter
                .stated(Field::Counsel)
                .and_then(|c| c.lines().next())
                .unwrap_or("[Name]")
                .trim()
                .to_string(),
        ]),
    ]
}

/// The claim that would cure a defective one, in the words of the rules the mode applies.
fn proper_claim(case: &Case, document: &str) -> String {
    if case.presidential {
        format!(
            "a formal claim of the privilege, properly invoked after personal consideration of {document}, supported by a declaration identifying each document and the reasons for the claim"
        )
    } else if case.mode == Mode::Seed {
        format!(
            "a formal claim of privilege by the head of the agency having control of the matter, after personal review of {document}, supported by an affidavit identifying each document and the reasons for the claim"
        )
    } else {
        format!(
            "a formal claim of privilege by the head of the agency having control of the matter, or by an official to whom the head has formally delegated that authority, after personal consideration of {document}, supported by a declaration identifying each document and the reasons for the claim"
        )
    }
}

#[cfg(test)]
#[allow(clippy::panic, clippy::indexing_slicing, clippy::unwrap_used)] // tests: a panic is a failed test
mod tests {
    use super::*;
    use crate::engine::evaluate;

    /// Every setting × posture × ruling: the order names the motion of its posture and never
    /// borrows another setting's law.
    #[test]
    fn every_order_fits_its_setting_and_posture() {
        let settings = [
            None,
            Some(Setting::TradeRecordReview),
            Some(Setting::CustomsCourt),
            Some(Setting::Civil),
            Some(Setting::Criminal),
            Some(Setting::GrandJury),
            Some(Setting::Congressional),
            Some(Setting::Foia),
        ];
        let mut written = 0;
        for setting in settings {
            for vehicle in Vehicle::ALL {
                for mode in [Mode::Seed, Mode::Full] {
                    for &outcome in Outcome::ALL.iter() {
                        let trade_court = setting.is_some_and(Setting::is_trade_court);
                        let case = Case {
                            forum: Forum {
                                vehicle,
                                trade_court,
                            },
                            setting,
                            mode,
                            presidential: false,
                        };
                        let order = order_for(&case, outcome, &Matter::melamine());
                        let Ok(order) = order else {
                            match vehicle {
                                Vehicle::Congressional => {
                                    assert_eq!(order, Err(NoOrder::Congressional));
                                }
                                Vehicle::Unstated => {
                                    assert_eq!(order, Err(NoOrder::PostureUnstated));
                                }
                                _ => assert!(
                                    matches!(
                                        outcome,
                                        Outcome::OutOfScope | Outcome::FurtherShowing
                                    ),
                                    "{vehicle:?} {outcome:?}"
                                ),
                            }
                            continue;
                        };
                        written += 1;
                        let text = order.to_text();
                        let at = format!("{setting:?} {vehicle:?} {mode:?} {outcome:?}:\n{text}");
                        let names = |motion: &str| text.contains(motion);
                        match vehicle {
                            Vehicle::ProtectiveOrder => {
                                assert!(names("motion for a protective order"), "{at}");
                                assert!(!names("motion to compel"), "{at}");
                            }
                            Vehicle::MotionToCompel => {
                                assert!(names("motion to compel"), "{at}");
                                assert!(!names("protective order"), "{at}");
                            }
                            Vehicle::CrossMotions => {
                                assert!(
                                    names("motion for a protective order")
                                        && names("motion to compel"),
                                    "{at}"
                                );
                            }
                            Vehicle::CourtOnItsOwn => {
                                assert!(names("on its own initiative") && !names("motion"), "{at}");
                            }
                            Vehicle::Subpoena => {
                                assert!(names("motion to quash"), "{at}");
                                assert_eq!(
                                    names("grand jury subpoena"),
                                    setting == Some(Setting::GrandJury),
                                    "{at}"
                                );
                                assert!(
                                    !names("protective order") && !names("motion to compel"),
                                    "{at}"
                                );
                            }
                            Vehicle::Foia => {
                                assert!(
                                    names("summary judgment") && names("5 U.S.C. § 552(b)(5)"),
                                    "{at}"
                                );
                                assert!(
                                    !names("protective order") && !names("motion to compel"),
                                    "{at}"
                                );
                            }
                            Vehicle::Congressional | Vehicle::Unstated => unreachable!(),
                        }
                        // The trade courts' law only there; FOIA's only in FOIA.
                        if !trade_court {
                            assert!(!names("1516a") && !names("seal"), "{at}");
                        }
                        if vehicle != Vehicle::Foia {
                            assert!(!names("552") && !names("Exemption 5"), "{at}");
                        }
                        // Renewal allows a delegated official where the doctrine overlays apply.
                        if outcome == Outcome::ClaimDefective {
                            assert_eq!(names("formally delegated"), mode == Mode::Full, "{at}");
                        }
                        for part in [
                            "ORDER",
                            "SO ORDERED.",
                            "Dated: [date]",
                            "Submitted by",
                            "Court No.",
                        ] {
                            assert!(
                                names(part) || (part == "Court No." && !trade_court),
                                "{part}: {at}"
                            );
                        }
                    }
                }
            }
        }
        assert!(written > 500, "{written} orders written");
    }

    #[test]
    fn the_opinions_own_order() {
        let session = Session::melamine();
        let verdict = evaluate(&session.request);
        let order = proposed_order(&session, &verdict)
            .unwrap_or_else(|e| panic!("{}", e.reason()))
            .to_text();
        assert!(order.contains("Ordered and Adjudged that defendant's motion is, in all respects, granted and it is further"), "{order}");
        assert!(order.contains("Ordered and Adjudged that the clerk of the court shall seal document numbered 22 on list No. 2 of the administrative record and keep said document sealed and not subject to discovery or disclosure pending further order by the court."));
        assert!(order.contains("UNITED STATES COURT OF INTERNATIONAL TRADE"));
        assert!(order.contains("Before: Landis, Judge"));
    }

    #[test]
    fn a_foia_withholding_is_never_sealed() {
        let case = Case {
            forum: Forum {
                vehicle: Vehicle::Foia,
                trade_court: false,
            },
            setting: Some(Setting::Foia),
            mode: Mode::Full,
            presidential: false,
        };
        let text = order_for(&case, Outcome::ProtectiveOrderGranted, &Matter::default())
            .map(|o| o.to_text())
            .unwrap_or_default();
        assert!(text.contains("defendant's motion for summary judgment is GRANTED and plaintiff's cross-motion for summary judgment is DENIED as to the document, which was properly withheld under 5 U.S.C. § 552(b)(5)."), "{text}");
        let supplement = order_for(&case, Outcome::FurtherShowing, &Matter::default())
            .map(|o| o.to_text())
            .unwrap_or_default();
        assert!(
            supplement.contains("supplement its declarations and index"),
            "{supplement}"
        );
    }

    #[test]
    fn parties_named_in_the_matter_are_used() {
        let mut matter = Matter::default();
        matter.set(Field::ClaimingParty, "the United States");
        matter.set(Field::RequestingParty, "defendant Smith");
        let case = Case {
            forum: Forum {
                vehicle: Vehicle::MotionToCompel,
                trade_court: false,
            },
            setting: Some(Setting::Criminal),
            mode: Mode::Full,
            presidential: false,
        };
        let text = order_for(&case, Outcome::PrivilegeInapplicable, &matter)
            .map(|o| o.to_text())
            .unwrap_or_default();
        assert!(
            text.contains("defendant Smith's motion to compel is GRANTED"),
            "{text}"
        );
        assert!(
            text.contains("the United States shall produce the document"),
            "{text}"
        );
    }
}
