//! A document (memorandum or proposed order) rendered on the page, for preview and printing.

use crate::documents::{Block, Document};
use yew::prelude::*;

/// Props of [`DocumentView`].
#[derive(Properties, PartialEq)]
pub struct DocumentViewProps {
    /// The document.
    pub document: Document,
}

/// The document's blocks as HTML (text only: nothing counsel typed is read as markup).
#[function_component(DocumentView)]
pub fn document_view(props: &DocumentViewProps) -> Html {
    html! {
        <article class="document">
            { for props.document.blocks.iter().map(block) }
        </article>
    }
}

fn block(block: &Block) -> Html {
    match block {
        Block::Title(text) => html! { <h3 class="document-title">{ text }</h3> },
        Block::Heading(text) => html! { <h4>{ text }</h4> },
        Block::Paragraph(text) => html! { <p class="pre-line">{ text }</p> },
        Block::Labeled(label, text) if text.is_empty() => {
            html! { <p><strong>{ label }</strong></p> }
        }
        Block::Labeled(label, text) => {
            html! { <p><strong>{ format!("{label}: ") }</strong>{ text }</p> }
        }
        Block::Quote(text) => html! { <blockquote>{ text }</blockquote> },
        Block::List(items) => {
            html! { <ul>{ for items.iter().map(|i| html! { <li>{ i }</li> }) }</ul> }
        }
        Block::Step {
            heading,
            finding,
            quote,
            authorities,
        } => html! {
            <>
                <p><strong>{ heading }</strong></p>
                <p>{ finding }</p>
                if let Some(quote) = quote { <blockquote>{ format!("\u{201c}{quote}\u{201d}") }</blockquote> }
                if !authorities.is_empty() {
                    <p>{ "Authorities: " }{ for authorities.iter().enumerate().map(|(i, a)| html! {
                        <>{ if i > 0 { "; " } else { "" } }<cite>{ a }</cite></>
                    }) }</p>
                }
            </>
        },
    }
}
