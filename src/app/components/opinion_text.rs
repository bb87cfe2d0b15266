//! The opinion in full, carried with the app so every quotation can be read in its place offline.

use crate::app::paragraph_id;
use crate::engine::opinion;
use yew::prelude::*;

/// The full text of *Melamine Chemicals*.
#[function_component(OpinionText)]
pub fn opinion_text() -> Html {
    html! {
        <section class="opinion" id="opinion" aria-labelledby="opinion-heading">
            <h2 id="opinion-heading">{ "The opinion" }</h2>
            <p><cite>{ opinion::CITATION }</cite>{ " (Landis, J.). Public-domain text; star paging (*66, *67) as published." }</p>
            { for opinion::paragraphs().enumerate().map(|(index, paragraph)| html! {
                <p id={paragraph_id(index)} class="opinion-paragraph" tabindex="-1">
                    if paragraph.label != "caption" {
                        <span class="paragraph-label">{ paragraph.label }</span>{ " " }
                    }
                    { paragraph.text }
                </p>
            }) }
        </section>
    }
}
