//! The timeline: when each article was published and the dates the articles
//! mention, in order, with the sentence that mentions each date.

use yew::prelude::*;

use super::{PageHeading, Same};
use crate::components::{marked_text_html, plural, stance_badge_html, ActorLink, Link, Pager};
use crate::state::{Page, ViewState, PAGE_SIZE};
use crate::use_ctx;

#[function_component(Timeline)]
pub fn timeline() -> Html {
    let ctx = use_ctx();
    let index = ctx.index();
    // The entries depend only on the data: a page turn reuses them.
    let derived = use_memo(Same(ctx.data.clone()), |data| {
        let entries = data.0.index.timeline();
        // Dates grouped by year, then paged across the years: a big corpus
        // mentions hundreds of dates.
        let mut years: Vec<(u16, Vec<usize>)> = Vec::new();
        for (number, entry) in entries.iter().enumerate() {
            match years.last_mut() {
                Some((year, numbers)) if *year == entry.date.year => numbers.push(number),
                _ => years.push((entry.date.year, vec![number])),
            }
        }
        (entries, years)
    });
    let (entries, years) = (&derived.0, &derived.1);
    let page = Page::of(entries.len(), ctx.view.page_number(), PAGE_SIZE);
    let years = page.of_groups(years);
    html! {
        <div class="timeline-page">
            <PageHeading>{ "Timeline" }</PageHeading>
            <p class="lede">
                { "Publication dates and the dates the articles mention, in order. A day and month without a year take the year of the article." }
            </p>
            if entries.is_empty() {
                <p class="note">{ "The articles state no dates." }</p>
            }
            if page.is_paged() {
                <p class="result-count">{ page.describe() }</p>
            }
            { for years.into_iter().map(|(year, numbers)| html! {
                <section class="timeline-year" key={year}>
                    <h2>{ year }</h2>
                    <ol class="timeline">
                        { for numbers.into_iter().map(|number| &entries[number]).map(|entry| html! {
                            <li class="timeline-entry" key={entry.date.label()}>
                                <h3 class="timeline-date">
                                    { if entry.date.month.is_some() { entry.date.label() } else { format!("{year}, no month given") } }
                                </h3>
                                { for entry.published.iter().map(|&article| html! {
                                    <p class="published">
                                        <span class="badge published-badge">{ "published" }</span>
                                        { " " }
                                        <Link to={ViewState::article(&index.articles[article].id, None)}>{ index.articles[article].title.clone() }</Link>
                                    </p>
                                }) }
                                if !entry.mentions.is_empty() {
                                    <ul class="mentions">
                                        { for entry.mentions.iter().map(|mention| {
                                            let article = &index.articles[mention.article];
                                            html! {
                                                <li>
                                                    <blockquote class="evidence small">
                                                        <p>
                                                            { marked_text_html(index, mention.article, mention.sentence, &[mention.span]) }
                                                        </p>
                                                    </blockquote>
                                                    <p class="mention-meta">
                                                        { "In " }
                                                        <Link to={ViewState::article(&article.id, Some(mention.span.start))}>{ article.title.clone() }</Link>
                                                        if !mention.year_stated {
                                                            <span class="hint">{ " · year from the article’s date" }</span>
                                                        }
                                                    </p>
                                                    if !mention.statements.is_empty() {
                                                        <p class="mention-statements">
                                                            { for mention.statements.iter().map(|&statement| {
                                                                let s = &index.statements[statement];
                                                                html! {
                                                                    <span class="mention-statement">
                                                                        <ActorLink actor={s.actor as usize} />
                                                                        { " " }
                                                                        { stance_badge_html(s.stance) }
                                                                    </span>
                                                                }
                                                            }) }
                                                        </p>
                                                    }
                                                </li>
                                            }
                                        }) }
                                    </ul>
                                }
                            </li>
                        }) }
                    </ol>
                </section>
            }) }
            <Pager {page} what="dates" />
            <p class="note">{ format!("{} with a date.", plural(entries.len(), "day or period", "days or periods")) }</p>
        </div>
    }
}
