//! The questions, grouped as the doctrine groups them: setting and posture, the document, the
//! invocation, the opposition and the balance.

use super::question::Question;
use crate::engine::{FACTS, Fact, FactInfo, Facts, Group, Mode};
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`Questionnaire`].
#[derive(Properties, PartialEq)]
pub struct QuestionnaireProps {
    /// The mode.
    pub mode: Mode,
    /// The answers so far.
    pub facts: Facts,
    /// The facts whose answers can still change the ruling.
    pub matter: Rc<Vec<Fact>>,
    /// Called with each new answer.
    pub onanswer: Callback<(Fact, Option<u8>)>,
}

/// Every question, in four groups.
#[function_component(Questionnaire)]
pub fn questionnaire(props: &QuestionnaireProps) -> Html {
    let question = |fact: Fact| {
        html! {
            <Question
                key={fact.name()}
                {fact}
                value={props.facts.get(fact)}
                matters={props.matter.contains(&fact)}
                mode={props.mode}
                onanswer={props.onanswer.clone()}
            />
        }
    };
    html! {
        <section class="questionnaire" aria-labelledby="questions-heading">
            <h2 id="questions-heading">{ "The questions" }</h2>
            { for Group::ALL.iter().map(|group| {
                let heading_id = format!("group-{group:?}").to_lowercase();
                let in_group = FACTS.iter().filter(|f| f.group == *group);
                let (grounds, others): (Vec<&FactInfo>, Vec<&FactInfo>) = in_group.partition(|f| f.fact.ground().is_some());
                html! {
                    <section class="group" aria-labelledby={heading_id.clone()}>
                        <h3 id={heading_id}>{ group.title() }</h3>
                        if !grounds.is_empty() {
                            <fieldset class="grounds">
                                <legend>{ "Grounds of opposition raised" }</legend>
                                { for grounds.iter().map(|info| question(info.fact)) }
                            </fieldset>
                        }
                        { for others.iter().map(|info| question(info.fact)) }
                    </section>
                }
            }) }
        </section>
    }
}
