//! A document rendered on the page, for preview and printing.

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
        Block::Caption(caption) => html! {
            <table class="caption">
                <tr><th colspan="2">{ for caption.court.iter().map(|l| html! { <>{ l }<br /></> }) }</th></tr>
                <tr>
                    <td>{ for caption.parties.iter().map(|l| html! { <>{ l }<br /></> }) }</td>
                    <td>
                        if let Some(before) = &caption.before { { before }<br /> }
                        { &caption.number }
                    </td>
                </tr>
            </table>
        },
        Block::Center(text) => html! { <p class="center"><strong>{ text }</strong></p> },
        Block::Numbered(items) => {
            html! { <ol>{ for items.iter().map(|i| html! { <li>{ i }</li> }) }</ol> }
        }
        Block::Signature(lines) => html! {
            <p class="signature">{ for lines.iter().map(|l| html! { <>{ l }<br /></> }) }</p>
        },
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
