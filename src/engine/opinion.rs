//! The opinion itself: *Melamine Chemicals, Inc. v. United States*, 1 CIT 65 (1980), a
//! public-domain court opinion, carried with the program so that every quotation can be checked
//! against it and shown in its place, offline.

/// The full text, as published (star paging `*66`, `*67` included). One paragraph per line:
/// the opinion's paragraphs, then the order (¶11 is its preamble and first decretal
/// paragraph, ¶12 the sealing order), then the three footnotes.
pub const TEXT: &str = include_str!("../../law/melamine-chemicals-v-united-states-1-cit-65.txt");

/// The citation of the opinion.
pub const CITATION: &str = super::rules::authority::MELAMINE;

/// The labels of the paragraphs of [`TEXT`], line by line, in the numbering DOCTRINE.md uses
/// (¶1–¶12, fn1–fn3). The first line is the caption.
pub const PARAGRAPH_LABELS: [&str; 17] = [
    "caption", "¶1", "¶2", "¶3", "¶4", "¶5", "¶6", "¶7", "¶8", "¶9", "¶10", "¶11", "¶11", "¶12",
    "fn1", "fn2", "fn3",
];

/// One paragraph of the opinion.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paragraph {
    /// Its label: "¶6", "fn2".
    pub label: &'static str,
    /// Its text.
    pub text: &'static str,
}

/// The opinion, paragraph by paragraph.
pub fn paragraphs() -> impl Iterator<Item = Paragraph> {
    TEXT.lines()
        .filter(|line| !line.trim().is_empty())
        .zip(PARAGRAPH_LABELS)
        .map(|(text, label)| Paragraph { label, text })
}

/// The paragraph in which `quote` stands (whitespace aside), if it stands in one.
pub fn locate(quote: &str) -> Option<Paragraph> {
    let quote = normalize(quote);
    paragraphs().find(|p| normalize(p.text).contains(&quote))
}

/// Runs of whitespace folded to one space, for comparing quotations.
pub fn normalize(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The opinion's own facts as a request (DOCTRINE §8): what "Load the Melamine example" fills in.
pub const EXAMPLE_REQUEST: &str = include_str!("../../law/melamine-example.json");

/// The opinion's own facts, read.
pub fn example_request() -> super::Request {
    // The file is part of the program and checked by the tests; an unreadable copy falls back to
    // an empty request rather than failing.
    super::Request::from_json_str(EXAMPLE_REQUEST).unwrap_or_default()
}
