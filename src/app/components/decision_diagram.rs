//! The decision drawn: the steps of the order of decision that the mode applies, as an inline
//! SVG made here (no script, no inline style: the page's Content-Security-Policy allows
//! neither). The path the answers take is drawn thick and solid; a branch an open question
//! leaves is dashed and labelled with the question; a step no path reaches is grey. Every node
//! links to its step in the reasoning (`#reasoning-{k}`). The same in words follows as a list,
//! for screen readers and for print.
//!
//! The data is `engine::diagram`; this file only lays it out. SVG text does not wrap, so every
//! label is wrapped here, to a width in characters that stays readable when the drawing is
//! scaled to a 360-pixel screen (the drawing is one narrow column, scaled to its container).

use crate::app::reasoning_id;
use crate::engine::Mode;
use crate::engine::diagram::{Diagram, RulingState, Stage, Status};
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`DecisionDiagram`].
#[derive(Properties, PartialEq)]
pub struct DecisionDiagramProps {
    /// The decision as the verdict's facts leave it (worked out once for every copy).
    pub diagram: Rc<Diagram>,
    /// The prefix of the ids the drawing uses (its title and description): distinct for each
    /// copy on the page (the verdict panel, the memorandum).
    #[prop_or(AttrValue::from("decision-diagram"))]
    pub id: AttrValue,
}

/// The decision diagram.
#[function_component(DecisionDiagram)]
pub fn decision_diagram(props: &DecisionDiagramProps) -> Html {
    let d: &Diagram = &props.diagram;
    let title_id = format!("{}-title", props.id);
    let desc_id = format!("{}-desc", props.id);
    let list_id = format!("{}-path", props.id);
    let layout = lay_out(d);
    let mode = match d.mode {
        Mode::Seed => "seed-only mode: the opinion's rules",
        Mode::Full => "full mode: the opinion and the doctrine",
    };
    html! {
        <figure class="decision-diagram" id={props.id.clone()} data-landing-stage={d.lands_at.to_string()}>
            <figcaption>
                <strong>{ "The decision drawn" }</strong>
                { format!(" \u{2014} the steps of the order of decision in {mode}. ") }
                <span class="diagram-legend">
                    { "Thick solid line: the path the answers take. Dashed: a branch an open question leaves open, labelled with the question. Grey: not reached. Each step links to its reasoning." }
                </span>
            </figcaption>
            // A group, not an image: its nodes are links, which an image's children cannot be.
            <svg
                class="diagram-svg"
                role="group"
                aria-labelledby={format!("{title_id} {desc_id}")}
                viewBox={format!("0 0 {WIDTH} {}", layout.height)}
                width="100%"
                preserveAspectRatio="xMidYMin meet"
                font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif"
            >
                <title id={title_id}>{ "Decision diagram" }</title>
                <desc id={desc_id}>{ description(d) }</desc>
                { for layout.nodes }
            </svg>
            <ol class="diagram-path" id={list_id} aria-label="The decision, step by step">
                { for d.stages.iter().map(|stage| list_item(d, stage)) }
            </ol>
        </figure>
    }
}

/// One step in words, its title linked to its reasoning.
fn list_item(d: &Diagram, stage: &Stage) -> Html {
    let title = match stage.link_step {
        Some(k) => html! { <a href={format!("#{}", reasoning_id(k))}>{ stage.title }</a> },
        None => html! { { stage.title } },
    };
    html! {
        <li
            value={stage.number.to_string()}
            data-stage={stage.number.to_string()}
            data-status={stage.status.name()}
            class={classes!(stage.on_path.then_some("on-path"))}
        >
            { title }{ ": " }{ d.account(stage) }
        </li>
    }
}

/// What the drawing shows, in a sentence or two (the list below gives every step).
fn description(d: &Diagram) -> String {
    let mut words = String::new();
    if let Some(stage) = d.stage(d.lands_at) {
        let ruling = d.landing.map(|o| d.outcome_label(o)).unwrap_or("no ruling");
        words.push_str(&format!(
            "The answers run through the steps of the order of decision to step {}, {}: {}.",
            stage.number, stage.title, ruling
        ));
    }
    let open: Vec<String> = d
        .stages
        .iter()
        .filter(|s| s.status == Status::Open)
        .map(|s| format!("{} ({})", s.number, s.title))
        .collect();
    if !open.is_empty() {
        words.push_str(&format!(
            " Open questions leave branches at step {}.",
            open.join(", ")
        ));
    }
    words.push_str(" The same, step by step, in the list that follows the drawing.");
    words
}

// The drawing's geometry, in viewBox units. The column is narrow so that, scaled to a 360-pixel
// screen, the text stays at about 12 pixels; wider containers scale it up (CSS caps the width).
const WIDTH: u32 = 340;
const MARGIN: u32 = 8;
const SPINE_X: u32 = 24;
const BRANCH_X: u32 = 40;
const PILL_X: u32 = 56;
const TITLE_SIZE: u32 = 13;
const TEXT_SIZE: u32 = 12;
const LABEL_SIZE: u32 = 11;
const LINE: u32 = 15;
const GAP: u32 = 14;
/// Characters a line holds, for each size (average glyph ~0.55 em, with room to spare).
const TITLE_CHARS: usize = 36;
const PILL_CHARS: usize = 34;
const STATUS_CHARS: usize = 44;
const LABEL_CHARS: usize = 42;

struct Layout {
    nodes: Vec<Html>,
    height: u32,
}

fn lay_out(d: &Diagram) -> Layout {
    let mut nodes = Vec::new();
    let mut y = MARGIN;
    let count = d.stages.len();
    for (i, stage) in d.stages.iter().enumerate() {
        let top = y;
        let title = wrap(&format!("{}. {}", stage.number, stage.title), TITLE_CHARS);
        let status = wrap(&status_line(stage), STATUS_CHARS);
        let box_height = 10 + (title.len() as u32 + status.len() as u32) * LINE + 8;
        let bottom = top + box_height;
        let mut class = classes!("stage", format!("stage-{}", stage.status.name()));
        if stage.on_path {
            class.push("on-path");
        }
        let (stroke, stroke_width, fill, dash) = match (stage.status, stage.on_path) {
            (Status::NotReached, _) => ("#767676", "1", "#f5f5f2", Some("2 3")),
            (Status::Open, _) => ("#6b4a00", "2", "#ffffff", Some("6 4")),
            (_, true) => ("#1d4f91", "3", "#ffffff", None),
            (_, false) => ("#595959", "1.5", "#ffffff", None),
        };
        let text_fill = if stage.status == Status::NotReached {
            "#4a4a4a"
        } else {
            "#1a1a1a"
        };
        let node = html! {
            <>
                <title>{ format!("{}: {}", stage.title, d.account(stage)) }</title>
                <rect
                    class={class}
                    x={MARGIN.to_string()} y={top.to_string()}
                    width={(WIDTH - 2 * MARGIN).to_string()} height={box_height.to_string()}
                    rx="6"
                    fill={fill} stroke={stroke} stroke-width={stroke_width}
                    stroke-dasharray={dash}
                />
                <text
                    class="stage-title"
                    x={(MARGIN + 10).to_string()} y={(top + 8 + TITLE_SIZE).to_string()}
                    font-size={TITLE_SIZE.to_string()} font-weight="700" fill={text_fill}
                >
                    { for lines(&title, MARGIN + 10) }
                </text>
                <text
                    class="stage-status"
                    x={(MARGIN + 10).to_string()}
                    y={(top + 8 + TITLE_SIZE + (title.len() as u32) * LINE).to_string()}
                    font-size={TEXT_SIZE.to_string()} fill={text_fill}
                >
                    { for lines(&status, MARGIN + 10) }
                </text>
            </>
        };
        nodes.push(linked(
            node,
            stage.link_step,
            classes!("diagram-node", "diagram-stage"),
            stage,
        ));
        y = bottom;

        // The rulings the step gives on these facts: where the path lands, and where the open
        // questions may end it.
        let shown: Vec<_> = stage
            .rulings
            .iter()
            .filter(|r| r.on_path || r.state != RulingState::RuledOut)
            .collect();
        let mut labelled = false;
        for ruling in shown {
            let solid = ruling.on_path;
            if !solid && !labelled && !stage.open_questions.is_empty() {
                labelled = true;
                let questions: Vec<&str> = stage
                    .open_questions
                    .iter()
                    .map(|f| f.info().question)
                    .collect();
                let label = wrap(&format!("Turns on: {}", questions.join(" ")), LABEL_CHARS);
                let label_top = y + 6;
                nodes.push(html! {
                    <text
                        class="branch-label"
                        x={PILL_X.to_string()} y={(label_top + LABEL_SIZE).to_string()}
                        font-size={LABEL_SIZE.to_string()} font-style="italic" fill="#6b4a00"
                    >
                        { for lines(&label, PILL_X) }
                    </text>
                });
                y = label_top + (label.len() as u32) * LINE;
            }
            let words = wrap(d.outcome_label(ruling.outcome), PILL_CHARS);
            let pill_top = y + 6;
            let pill_height = 12 + (words.len() as u32) * LINE;
            let middle = pill_top + pill_height / 2;
            let (stroke, width, dash, fill) = if solid {
                ("#1d4f91", "3", None, "#eaf0f8")
            } else {
                ("#6b4a00", "2", Some("6 4"), "#ffffff")
            };
            let mut class = classes!("branch");
            class.push(if solid { "on-path" } else { "open" });
            let mut pill_class = classes!("ruling", format!("ruling-{}", ruling.state.name()));
            pill_class.push(if solid { "on-path" } else { "open" });
            let text_weight = if solid { "700" } else { "400" };
            let pill = html! {
                <>
                    <title>{ d.outcome_label(ruling.outcome) }</title>
                    <path
                        class={class}
                        d={format!("M {BRANCH_X} {} V {middle} H {PILL_X}", y)}
                        fill="none" stroke={stroke} stroke-width={width}
                        stroke-dasharray={dash}
                    />
                    <rect
                        class={pill_class}
                        x={PILL_X.to_string()} y={pill_top.to_string()}
                        width={(WIDTH - MARGIN - PILL_X).to_string()} height={pill_height.to_string()}
                        rx="10"
                        fill={fill} stroke={stroke} stroke-width={width}
                        stroke-dasharray={dash}
                    />
                    <text
                        class="ruling-label"
                        x={(PILL_X + 10).to_string()} y={(pill_top + 5 + TEXT_SIZE).to_string()}
                        font-size={TEXT_SIZE.to_string()} font-weight={text_weight} fill="#1a1a1a"
                    >
                        { for lines(&words, PILL_X + 10) }
                    </text>
                </>
            };
            nodes.push(html! {
                <g
                    data-outcome={ruling.outcome.name()}
                    data-ruling={ruling.state.name()}
                >
                    { linked(pill, stage.link_step, classes!("diagram-node", "diagram-ruling"), stage) }
                </g>
            });
            y = pill_top + pill_height;
        }

        // The line on to the next step: solid where the path goes on, dashed where only an
        // open question's other answers go on, dotted and grey where nothing does.
        if let Some(next) = d.stages.get(i + 1) {
            let next_top = y + GAP;
            let (class, stroke, width, dash) = if next.on_path {
                ("spine on-path", "#1d4f91", "3", None)
            } else if next.status == Status::NotReached {
                ("spine not-reached", "#767676", "1", Some("2 3"))
            } else {
                ("spine open", "#6b4a00", "2", Some("6 4"))
            };
            nodes.push(html! {
                <line
                    class={class}
                    data-stage={next.number.to_string()}
                    x1={SPINE_X.to_string()} y1={bottom.to_string()}
                    x2={SPINE_X.to_string()} y2={next_top.to_string()}
                    stroke={stroke} stroke-width={width} stroke-dasharray={dash}
                />
            });
            y = next_top;
        } else if i + 1 == count {
            y += MARGIN;
        }
    }
    Layout {
        nodes,
        height: y.max(MARGIN * 2),
    }
}

/// The status line of a step: a mark and a word (colour is never the only signal), and the
/// rules it applies.
fn status_line(stage: &Stage) -> String {
    let mark = match stage.status {
        Status::Passed => "\u{2713}",
        Status::Decides => "\u{25c6}",
        Status::Open => "?",
        Status::NotReached => "\u{2013}",
    };
    let mut word = stage.status.label().to_string();
    if let Some(first) = word.get(..1) {
        word = format!(
            "{}{}",
            first.to_uppercase(),
            word.get(1..).unwrap_or_default()
        );
    }
    let rules: Vec<&str> = stage.rules.iter().map(|r| r.as_str()).collect();
    if rules.is_empty() {
        format!("{mark} {word}")
    } else {
        format!("{mark} {word} \u{b7} {}", rules.join(", "))
    }
}

/// A node, linked to its step of the reasoning where it has one.
fn linked(node: Html, link: Option<usize>, class: Classes, stage: &Stage) -> Html {
    let number = stage.number.to_string();
    let status = stage.status.name();
    let mut class = class;
    class.push(format!("stage-{status}"));
    if stage.on_path {
        class.push("on-path");
    }
    match link {
        Some(k) => html! {
            <a href={format!("#{}", reasoning_id(k))} class={class} data-stage={number} data-status={status}>
                { node }
            </a>
        },
        None => html! {
            <g class={class} data-stage={number} data-status={status}>{ node }</g>
        },
    }
}

/// Lines of SVG text, one `tspan` each.
fn lines(text: &[String], x: u32) -> impl Iterator<Item = Html> + '_ {
    text.iter().enumerate().map(move |(i, line)| {
        let dy = if i == 0 {
            "0".to_string()
        } else {
            LINE.to_string()
        };
        html! { <tspan x={x.to_string()} dy={dy}>{ line.clone() }</tspan> }
    })
}

/// `text` broken into lines of at most `width` characters, at spaces (a longer word stands on
/// a line of its own, cut where it must be).
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let mut word: Vec<char> = word.chars().collect();
        while word.len() > width {
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            let rest = word.split_off(width);
            lines.push(word.into_iter().collect());
            word = rest;
        }
        let len = line.chars().count();
        if len > 0 && len + 1 + word.len() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.extend(word);
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn wraps_at_spaces_within_the_width() {
        let text = "Did the official who claimed the privilege personally review the document?";
        let lines = wrap(text, 20);
        assert!(lines.iter().all(|l| l.chars().count() <= 20), "{lines:?}");
        assert_eq!(lines.join(" "), text);
        assert_eq!(wrap("abcdefghij", 4), ["abcd", "efgh", "ij"]);
        assert_eq!(wrap("", 10), [""]);
    }
}
