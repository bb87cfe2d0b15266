//! The column mapping: what each column of the log was recognised as, changeable by hand.

use crate::documents::capitalised;
use crate::engine::Fact;
use crate::log::{Column, LogField};
use yew::prelude::*;

/// Props of [`ColumnMapping`].
#[derive(Properties, PartialEq)]
pub struct ColumnMappingProps {
    /// The log's columns, as recognised.
    pub columns: Vec<Column>,
    /// A column read as another field.
    pub onmap: Callback<(usize, LogField)>,
}

/// The column mapping.
#[function_component(ColumnMapping)]
pub fn column_mapping(props: &ColumnMappingProps) -> Html {
    let options: Vec<(String, LogField)> = LogField::DESCRIPTIVE
        .into_iter()
        .chain([LogField::OppositionGrounds])
        .chain(Fact::all().map(LogField::Fact))
        .map(|f| (words(f), f))
        .collect();
    html! {
        <details class="log-mapping" open=true>
            <summary>{ "Columns" }</summary>
            <table>
                <thead><tr><th scope="col">{ "Column in the file" }</th><th scope="col">{ "Read as" }</th></tr></thead>
                <tbody>
                    { for props.columns.iter().enumerate().map(|(index, column)| {
                        let id = format!("log-column-{index}");
                        let onchange = props.onmap.reform({
                            let options = options.clone();
                            move |event: Event| {
                                let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
                                let field = select.value().parse::<usize>().ok()
                                    .and_then(|i| options.get(i)).map_or(LogField::Other, |(_, f)| *f);
                                (index, field)
                            }
                        });
                        html! {
                            <tr>
                                <td><label for={id.clone()}>{ &column.heading }</label></td>
                                <td>
                                    <select {id} {onchange} key={format!("{:?}", column.field)}>
                                        <option value="" selected={column.field == LogField::Other}>{ "(not used)" }</option>
                                        { for options.iter().enumerate().map(|(i, (label, field))| html! {
                                            <option value={i.to_string()} selected={*field == column.field}>{ label }</option>
                                        }) }
                                    </select>
                                </td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </details>
    }
}

/// What a column can be read as, in words: a fact by what it is about, never its machine name.
fn words(field: LogField) -> String {
    match field {
        LogField::Fact(fact) => format!("Fact: {}", capitalised(fact.info().topic)),
        LogField::OppositionGrounds => "The opposition's grounds (several, separated)".to_string(),
        other => capitalised(other.label()),
    }
}
