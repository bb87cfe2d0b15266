//! `parse_labels`, what a "privilege asserted" cell claims, on any text (bytes read as UTF-8,
//! invalid sequences replaced).
//!
//! What must hold: nothing panics; each privilege is claimed once; every claim quotes the cell's
//! own words (non-empty, trimmed, each part found in the cell); "privileged" beside a named
//! privilege is absorbed; a blank cell claims nothing; ASCII case changes no claim.

#![no_main]

use libfuzzer_sys::fuzz_target;
use privcheck::log::Privilege;
use privcheck::log::labels::parse_labels;

fuzz_target!(|data: &[u8]| {
    let cell = String::from_utf8_lossy(data);
    let labels = parse_labels(&cell);

    if cell.trim().is_empty() {
        assert!(labels.is_empty(), "a blank cell claims nothing");
    }
    for (i, label) in labels.iter().enumerate() {
        assert!(
            labels[..i].iter().all(|l| l.privilege != label.privilege),
            "{:?} claimed twice",
            label.privilege
        );
        assert!(!label.as_written.is_empty());
        for part in label.as_written.split("; ") {
            assert!(!part.is_empty() && part == part.trim(), "{part:?}");
            assert!(cell.contains(part), "{part:?} is not in the cell");
        }
    }
    let named = labels.iter().any(|l| {
        !matches!(
            l.privilege,
            Privilege::UnnamedPrivilege | Privilege::UnknownLabel | Privilege::ConfidentialLabel
        )
    });
    if named {
        assert!(
            labels
                .iter()
                .all(|l| l.privilege != Privilege::UnnamedPrivilege)
        );
    }

    let claims = |cell: &str| {
        parse_labels(cell)
            .iter()
            .map(|l| l.privilege)
            .collect::<Vec<_>>()
    };
    let these: Vec<Privilege> = labels.iter().map(|l| l.privilege).collect();
    assert_eq!(
        claims(&cell.to_ascii_uppercase()),
        these,
        "case changes no claim"
    );
});
