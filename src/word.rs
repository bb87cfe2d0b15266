//! The page's Word module: the Word writer alone, built to its own WebAssembly
//! (`privcheck-word.js`, feature `word`) so that the checker the page loads first carries none of
//! it. The page starts it after the first verdict and hands it a paper's blocks as JSON.

use crate::documents::{Block, Document};
use wasm_bindgen::prelude::wasm_bindgen;

/// The Word file of a paper whose blocks are `blocks` (JSON), or why not.
///
/// # Errors
/// The blocks are not a paper's (a page and a Word module of different builds).
#[wasm_bindgen]
pub fn docx_of(blocks: &str) -> Result<Vec<u8>, wasm_bindgen::JsError> {
    let blocks: Vec<Block> = serde_json::from_str(blocks).map_err(|e| {
        wasm_bindgen::JsError::new(&format!(
            "the paper could not be read ({e}); reload the page"
        ))
    })?;
    Ok(Document {
        kind: "paper",
        blocks,
    }
    .to_docx())
}
