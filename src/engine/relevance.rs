//! Which questions can still matter, given the answers so far: the questionnaire dims the rest.
//!
//! A fact matters when, with its own answer set aside, its answers lead to different sets of
//! possible rulings, or it is an open question (some completion of the other unknowns turns on
//! it). A stated fact that could be answered the other way without changing anything no longer
//! matters; neither does an unknown one that no path still reads.

use super::explore::grow;
use super::facts::Fact;
use super::request::Request;

/// The facts whose answers can still change the ruling.
pub fn facts_that_matter(request: &Request) -> Vec<Fact> {
    Fact::all()
        .filter(|fact| {
            let mut facts = request.facts;
            facts.set(*fact, None);
            let tree = grow(request.mode, facts);
            if tree.touched & fact.bit() == 0 {
                return false;
            }
            let mut reached = tree.leads_to(*fact).map(|(_, outcomes)| outcomes);
            let first = reached.next();
            reached.any(|outcomes| Some(outcomes) != first) || tree.is_open(*fact)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::opinion::example_request;
    use crate::engine::request::Mode;

    #[test]
    fn seed_mode_never_needs_the_doctrines_facts() {
        let mut request = example_request();
        request.mode = Mode::Seed;
        let matter = facts_that_matter(&request);
        assert!(!matter.contains(&Fact::Presidential));
        assert!(!matter.contains(&Fact::Itemized));
        assert!(matter.contains(&Fact::PersonalReview));
        request.mode = Mode::Full;
        assert!(facts_that_matter(&request).contains(&Fact::Itemized));
    }

    #[test]
    fn a_decisive_answer_dims_what_comes_after_it() {
        let mut request = example_request();
        request.facts.set(Fact::ExtensionSought, Some(1));
        let matter = facts_that_matter(&request);
        // With an extension sought nothing else can change the ruling but the extension itself
        // and where it is sought: the route belongs to a protective-order motion in the trade
        // courts (D13).
        assert_eq!(
            matter,
            vec![Fact::Setting, Fact::Posture, Fact::ExtensionSought]
        );
    }

    #[test]
    fn the_need_matters_while_the_balance_is_open() {
        let mut request = example_request();
        request.facts.set(Fact::NeedShown, None);
        request.facts.set(Fact::NeedOutweighsHarm, None);
        request.facts.set(Fact::OppositionNeed, Some(1));
        let matter = facts_that_matter(&request);
        assert!(matter.contains(&Fact::NeedShown));
        assert!(matter.contains(&Fact::NeedOutweighsHarm));
        // The posture is recorded but never decides.
        assert!(!matter.contains(&Fact::Posture));
    }
}
