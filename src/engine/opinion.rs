//! The opinion itself: *Melamine Chemicals, Inc. v. United States*, 1 CIT 65 (1980), a
//! public-domain court opinion, carried with the program so that every quotation can be checked
//! against it and shown in its place, offline.
//!
//! The text keeps the reporter's star paging (`*66`, `*67`): pinpoints are computed from it, so a
//! step cites `1 CIT at 66`, not a paragraph number. Quotations are shown without the markers.

/// The full text, as published (star paging `*66`, `*67` included). One paragraph per line:
/// the opinion's paragraphs, then the order (¶11 is its preamble and first decretal
/// paragraph, ¶12 the sealing order), then the three footnotes.
pub const TEXT: &str = include_str!("../../law/melamine-chemicals-v-united-states-1-cit-65.txt");

/// The citation of the opinion.
pub const CITATION: &str = "Melamine Chems., Inc. v. United States, 1 CIT 65 (1980)";

/// How the opinion is cited in a pinpoint ("Melamine, 1 CIT at 66").
pub const SHORT_NAME: &str = "Melamine";

/// The volume and reporter.
const REPORTER: &str = "1 CIT";

/// The page the opinion begins on.
const FIRST_PAGE: u16 = 65;

/// The labels of the paragraphs of [`TEXT`], line by line: ¶1–¶12 and fn1–fn3 are the app's
/// own numbering, used to link a step to its place in the text. The first line is the caption.
pub const PARAGRAPH_LABELS: [&str; 17] = [
    "caption", "¶1", "¶2", "¶3", "¶4", "¶5", "¶6", "¶7", "¶8", "¶9", "¶10", "¶11", "¶11", "¶12",
    "fn1", "fn2", "fn3",
];

/// Each footnote's number and the words its reference follows in the text, which place it on
/// its page (a footnote is printed on the page of its reference).
const FOOTNOTE_REFERENCES: [(&str, u8, &str); 3] = [
    ("fn1", 1, "Pursuant to rule 6.1(c) 1"),
    ("fn2", 2, "contents of the document2"),
    ("fn3", 3, "pursuant to rule 6.1(c),3"),
];

/// One paragraph of the opinion.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paragraph {
    /// Its label: "¶6", "fn2".
    pub label: &'static str,
    /// Its text, star paging included.
    pub text: &'static str,
}

/// The opinion, paragraph by paragraph.
pub fn paragraphs() -> impl Iterator<Item = Paragraph> {
    TEXT.lines()
        .filter(|line| !line.trim().is_empty())
        .zip(PARAGRAPH_LABELS)
        .map(|(text, label)| Paragraph { label, text })
}

/// The body of the opinion (no footnotes) as one run of text with star paging, and where each
/// paragraph starts in it.
fn body() -> impl Iterator<Item = Paragraph> {
    paragraphs().filter(|p| !p.label.starts_with("fn"))
}

/// The page a position in the body falls on: the last star marker before it, or the first page.
fn page_at(text_before: &str, page_before: u16) -> u16 {
    star_markers(text_before)
        .last()
        .map_or(page_before, |(_, page)| page)
}

/// The star markers in `text`: each its byte offset and page.
fn star_markers(text: &str) -> impl Iterator<Item = (usize, u16)> + '_ {
    text.match_indices('*').filter_map(|(at, _)| {
        let digits: String = text
            .get(at + 1..)?
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        digits.parse().ok().map(|page| (at, page))
    })
}

/// The text without the reporter's star markers (`*66`): what a quotation shows.
pub fn without_star_paging(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('*') {
        out.push_str(rest.get(..at).unwrap_or_default());
        let after = rest.get(at + 1..).unwrap_or_default();
        let digits = after.chars().take_while(char::is_ascii_digit).count();
        if digits == 0 {
            out.push('*');
        }
        rest = after.get(digits..).unwrap_or_default();
    }
    out.push_str(rest);
    out
}

/// Where a passage stands in the reporter: "1 CIT at 66", "1 CIT at 65–66", "1 CIT at 66 n.2".
/// `quote` is matched without star markers and whitespace differences; `None` when it is not in
/// the paragraph labelled `label`.
pub fn pinpoint(label: &str, quote: &str) -> Option<String> {
    if let Some((_, number, reference)) = FOOTNOTE_REFERENCES.iter().find(|(l, ..)| *l == label) {
        let footnote = paragraphs().find(|p| p.label == label)?;
        if !normalize(&without_star_paging(footnote.text)).contains(&normalize(quote)) {
            return None;
        }
        let page = page_of_words(reference)?;
        return Some(format!("{REPORTER} at {page} n.{number}"));
    }
    let mut page = FIRST_PAGE;
    for paragraph in body() {
        if paragraph.label == label
            && let Some((first, last)) = pages_of(paragraph.text, page, quote)
        {
            return Some(if first == last {
                format!("{REPORTER} at {first}")
            } else {
                format!("{REPORTER} at {first}\u{2013}{last}")
            });
        }
        page = page_at(paragraph.text, page);
    }
    None
}

/// The first and last page of `quote` in a paragraph that begins on `page`.
fn pages_of(paragraph: &str, page: u16, quote: &str) -> Option<(u16, u16)> {
    let wanted = normalize(quote);
    // Match word by word, so a star marker inside the quotation (glued to a word) is found.
    let words: Vec<(usize, &str)> = paragraph
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - paragraph.as_ptr() as usize, w))
        .collect();
    let plain: Vec<String> = words.iter().map(|(_, w)| without_star_paging(w)).collect();
    let wanted_words: Vec<&str> = wanted.split(' ').collect();
    let count = wanted_words.len();
    (0..=plain.len().checked_sub(count)?).find_map(|start| {
        let window = plain.get(start..start + count)?;
        let first_ok = window.first()?.ends_with(wanted_words.first()?);
        let last_ok = window.last()?.starts_with(wanted_words.last()?);
        let middle_ok = window
            .iter()
            .zip(&wanted_words)
            .skip(1)
            .take(count.saturating_sub(2))
            .all(|(a, b)| a == b);
        if !(first_ok && last_ok && middle_ok) {
            return None;
        }
        let (begin, _) = *words.get(start)?;
        let (end, last_word) = *words.get(start + count - 1)?;
        let first = page_at(paragraph.get(..begin)?, page);
        let last = page_at(paragraph.get(..end + last_word.len())?, page);
        Some((first, last))
    })
}

/// The page on which the words `words` stand in the body.
fn page_of_words(words: &str) -> Option<u16> {
    let mut page = FIRST_PAGE;
    for paragraph in body() {
        if let Some(at) = paragraph.text.find(words) {
            return Some(page_at(paragraph.text.get(..at)?, page));
        }
        page = page_at(paragraph.text, page);
    }
    None
}

/// The paragraph in which `quote` stands (star markers and whitespace aside), if it stands in one.
pub fn locate(quote: &str) -> Option<Paragraph> {
    let quote = normalize(&without_star_paging(quote));
    paragraphs().find(|p| normalize(&without_star_paging(p.text)).contains(&quote))
}

/// Runs of whitespace folded to one space, for comparing quotations.
pub fn normalize(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The opinion's own facts as a request: what "Load the Melamine example" fills in.
pub const EXAMPLE_REQUEST: &str = include_str!("../../law/melamine-example.json");

/// The opinion's own facts, read.
pub fn example_request() -> super::Request {
    // The file is part of the program and checked by the tests; an unreadable copy falls back to
    // an empty request rather than failing.
    super::Request::from_json_str(EXAMPLE_REQUEST).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_follow_the_star_paging() {
        assert_eq!(
            pinpoint("¶4", "accorded privileged status").as_deref(),
            Some("1 CIT at 65")
        );
        assert_eq!(
            pinpoint("¶6", "It is well settled that documents").as_deref(),
            Some("1 CIT at 65")
        );
        assert_eq!(
            pinpoint(
                "¶6",
                "are subject to a protective order against disclosure on the ground of privilege."
            )
            .as_deref(),
            Some("1 CIT at 65\u{2013}66")
        );
        assert_eq!(
            pinpoint("¶8", "personally reviewed the materials in issue").as_deref(),
            Some("1 CIT at 66")
        );
        assert_eq!(
            pinpoint("¶10", "It is insufficient to defeat such motion").as_deref(),
            Some("1 CIT at 67")
        );
        assert_eq!(
            pinpoint("¶12", "keep said document sealed").as_deref(),
            Some("1 CIT at 67")
        );
        assert_eq!(
            pinpoint("fn1", "Now rule 26(c)").as_deref(),
            Some("1 CIT at 65 n.1")
        );
        assert_eq!(
            pinpoint("fn2", "the court deems the facts contained therein as true").as_deref(),
            Some("1 CIT at 66 n.2")
        );
        assert_eq!(
            pinpoint("fn3", "the court, sua sponte, may issue orders").as_deref(),
            Some("1 CIT at 66 n.3")
        );
        assert_eq!(pinpoint("¶8", "not in the opinion"), None);
        assert_eq!(
            pinpoint("¶7", "personally reviewed the materials in issue"),
            None
        );
    }

    #[test]
    fn quotations_lose_the_star_markers_only() {
        assert_eq!(
            without_star_paging("on the *66ground of"),
            "on the ground of"
        );
        assert_eq!(without_star_paging("*67It is"), "It is");
        assert_eq!(without_star_paging("a * b"), "a * b");
        assert!(locate("disclosure on the ground of privilege").is_some());
    }
}
