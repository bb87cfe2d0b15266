//! Reading back the Word files the papers download as, for the tests that check them.

#![allow(clippy::unwrap_used, clippy::panic, dead_code)] // tests; each test file uses a part

use privcheck::documents::Document;
use std::io::Read;

/// Each part of the package by name, its XML checked to be well formed.
pub fn open(document: &Document) -> std::collections::BTreeMap<String, String> {
    let bytes = document.to_docx();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut parts = std::collections::BTreeMap::new();
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).unwrap();
        let mut text = String::new();
        file.read_to_string(&mut text).unwrap();
        let mut reader = quick_xml::Reader::from_str(&text);
        loop {
            match reader.read_event() {
                Ok(quick_xml::events::Event::Eof) => break,
                Ok(_) => {}
                Err(e) => panic!("{}: not well-formed XML: {e}", file.name()),
            }
        }
        parts.insert(file.name().to_string(), text);
    }
    parts
}

/// The text of a part's XML without its markup: a line per paragraph (table cells included),
/// " / " for a line break within one.
pub fn text_of(xml: &str) -> String {
    let mut out = String::new();
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut in_text = false;
    loop {
        match reader.read_event().unwrap() {
            quick_xml::events::Event::Start(e) if e.name().as_ref() == b"w:t" => in_text = true,
            quick_xml::events::Event::End(e) if e.name().as_ref() == b"w:t" => in_text = false,
            quick_xml::events::Event::Empty(e) if e.name().as_ref() == b"w:br" => {
                out.push_str(" / ")
            }
            quick_xml::events::Event::End(e) if e.name().as_ref() == b"w:p" => out.push('\n'),
            quick_xml::events::Event::Text(t) if in_text => {
                out.push_str(&t.decode().unwrap());
            }
            quick_xml::events::Event::GeneralRef(r) if in_text => {
                let name: &[u8] = &r;
                out.push_str(match name {
                    b"amp" => "&",
                    b"lt" => "<",
                    b"gt" => ">",
                    b"quot" => "\"",
                    b"apos" => "'",
                    _ => "?",
                });
            }
            quick_xml::events::Event::Eof => break,
            _ => {}
        }
    }
    out
}
