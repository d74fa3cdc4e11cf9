//! `ExportButtons`, which download the listed statements as CSV, JSON or Markdown.

use yew::prelude::*;

use crate::browser;
use crate::use_ctx;

#[derive(Properties, PartialEq)]
pub struct ExportProps {
    pub statements: Vec<usize>,
    /// The file name without extension.
    pub name: AttrValue,
}

/// Downloads the listed statements as CSV, JSON or Markdown.
#[function_component(ExportButtons)]
pub fn export_buttons(props: &ExportProps) -> Html {
    let ctx = use_ctx();
    let button = |label: &'static str, extension: &'static str, mime: &'static str| {
        let ctx = ctx.clone();
        let statements = props.statements.clone();
        let filename = format!("{}.{extension}", props.name);
        let onclick = Callback::from(move |_: MouseEvent| {
            let index = ctx.index();
            let content = match extension {
                "csv" => index.export_csv(&statements),
                "json" => index.export_json(&statements),
                _ => index.export_markdown(&statements),
            };
            browser::download(&filename, mime, &content);
        });
        html! { <button type="button" class="small-button" {onclick}>{ label }</button> }
    };
    if props.statements.is_empty() {
        return Html::default();
    }
    html! {
        <div class="export" role="group" aria-label="Download these statements">
            <span class="export-label">{ "Download" }</span>
            { button("CSV", "csv", "text/csv;charset=utf-8") }
            { button("JSON", "json", "application/json") }
            { button("Markdown", "md", "text/markdown;charset=utf-8") }
        </div>
    }
}
