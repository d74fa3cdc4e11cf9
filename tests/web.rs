//! Browser tests of the components: each mounts the explorer (or the app)
//! into a fresh element, with the URL set first, and checks the DOM.
//!
//! Most use a small hand-made index, so they do not depend on what the
//! attribution pipeline finds in the seed corpus; one mounts the real app.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;
use std::time::Duration;

use red_lines::{App, Data, Explorer, ExplorerProps, LoadError, LoadErrorProps};
use redlines_core::{
    Actor, ActorKind, Article, Block, BlockKind, Index, QuoteKind, Span, Stance, Statement, Theme,
};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const TEXT: &str = "Talks About <b>Lines</b>\n\nSecurity Order\n\n\
    Putin demanded written guarantees. NATO rejected the <b>demand</b> outright. \
    Analysts were not convinced.\n\n\
    Stoltenberg said the open door stays open.\n";

fn span_of(needle: &str) -> Span {
    let start = TEXT.find(needle).expect("the fixture has the text");
    let end = start + TEXT[start..].find('.').expect("a full stop") + 1;
    Span::new(start, end)
}

fn block(kind: BlockKind, first: &str, last: &str) -> Block {
    let start = TEXT.find(first).expect("block start");
    let end = TEXT.find(last).expect("block end") + last.len();
    Block {
        kind,
        span: Span::new(start, end),
    }
}

fn actor(name: &str, kind: ActorKind, speaks_for: Option<u16>) -> Actor {
    Actor {
        slug: name.to_lowercase().replace(' ', "-"),
        name: name.into(),
        kind,
        role: Some(format!("Role of {name}")),
        affiliation: None,
        aliases: vec![],
        speaks_for,
        registered: true,
    }
}

/// Actors: 0 Vladimir Putin, 1 NATO, 2 Jens Stoltenberg (for NATO), 3 Russia.
/// Themes: 0 legal-guarantees, 1 nato-enlargement.
fn fixture() -> Index {
    let title = Span::new(0, TEXT.find('\n').unwrap());
    let mut article = Article {
        id: "a.txt".into(),
        title: TEXT[title.range()].to_string(),
        outlet: Some("Example Outlet".into()),
        author: None,
        date: Some("2021-12-15".into()),
        text: TEXT.into(),
        title_span: title,
        blocks: vec![
            block(BlockKind::Heading, "Security Order", "Security Order"),
            block(BlockKind::Paragraph, "Putin demanded", "not convinced."),
            block(BlockKind::Paragraph, "Stoltenberg said", "stays open."),
        ],
        user_added: false,
        dates: Vec::new(),
    };
    article.dates = redlines_core::dates::stated_dates(&article);
    let statement = |needle: &str, actor: u16, themes: Vec<u8>, stance| Statement {
        article: 0,
        span: span_of(needle),
        actor,
        themes,
        stance,
        quote: QuoteKind::Reported,
        cue: "said".into(),
        confidence: 0.9,
        rule: redlines_core::index::Rule::ReportedSpeech,
    };
    Index {
        articles: vec![article],
        actors: vec![
            actor("Vladimir Putin", ActorKind::Person, Some(3)),
            actor("NATO", ActorKind::Organization, None),
            actor("Jens Stoltenberg", ActorKind::Person, Some(1)),
            actor("Russia", ActorKind::State, None),
        ],
        themes: vec![
            Theme {
                id: "legal-guarantees".into(),
                label: "Legal guarantees".into(),
                scope: "Treaties".into(),
            },
            Theme {
                id: "nato-enlargement".into(),
                label: "NATO enlargement".into(),
                scope: "Open door".into(),
            },
        ],
        statements: vec![
            statement("Putin demanded", 0, vec![0], Stance::Demand),
            statement("NATO rejected", 1, vec![0, 1], Stance::Reject),
            statement("Stoltenberg said", 2, vec![1], Stance::Support),
        ],
    }
}

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn set_query(query: &str) {
    let history = web_sys::window().unwrap().history().unwrap();
    history
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(query))
        .unwrap();
}

fn query() -> String {
    web_sys::window().unwrap().location().search().unwrap()
}

fn fresh_root() -> web_sys::Element {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    root
}

/// Mounts the explorer over the fixture at `query` and waits for `selector`.
async fn mount(query: &str, selector: &str) -> (yew::AppHandle<Explorer>, web_sys::Element) {
    set_query(query);
    let root = fresh_root();
    let props = ExplorerProps {
        data: Rc::new(Data::new(fixture())),
    };
    let handle = yew::Renderer::<Explorer>::with_root_and_props(root.clone(), props).render();
    wait_for(&root, selector).await;
    (handle, root)
}

/// Polls until `selector` matches inside `root`, yielding to the browser in
/// between so Yew can render; fails after two seconds.
async fn wait_for(root: &web_sys::Element, selector: &str) -> web_sys::Element {
    for _ in 0..200 {
        if let Some(element) = root.query_selector(selector).unwrap() {
            return element;
        }
        yew::platform::time::sleep(Duration::from_millis(10)).await;
    }
    panic!(
        "{selector} never appeared; the root's text is: {}",
        root.text_content().unwrap_or_default()
    );
}

/// Polls until `check` holds.
async fn wait_until(what: &str, check: impl Fn() -> bool) {
    for _ in 0..200 {
        if check() {
            return;
        }
        yew::platform::time::sleep(Duration::from_millis(10)).await;
    }
    panic!("never true: {what}");
}

fn text(element: &web_sys::Element) -> String {
    element.text_content().unwrap_or_default()
}

fn finish(handle: yew::AppHandle<Explorer>, root: web_sys::Element) {
    handle.destroy();
    root.remove();
}

fn click(element: &web_sys::Element) {
    element.dyn_ref::<web_sys::HtmlElement>().unwrap().click();
}

#[wasm_bindgen_test]
async fn the_app_decodes_the_embedded_index_and_lists_the_articles() {
    set_query("?view=overview");
    let root = fresh_root();
    let handle = yew::Renderer::<App>::with_root(root.clone()).render();
    let list = wait_for(&root, ".article-list").await;
    assert_eq!(list.child_element_count(), 5, "the five seed articles");
    assert!(text(&root).contains("Who stands where"));
    handle.destroy();
    root.remove();
}

#[wasm_bindgen_test]
async fn a_load_error_is_shown_as_text() {
    let root = fresh_root();
    let props = LoadErrorProps {
        message: "format version 9".into(),
    };
    let handle = yew::Renderer::<LoadError>::with_root_and_props(root.clone(), props).render();
    let alert = wait_for(&root, "[role=alert]").await;
    assert!(text(&alert).contains("format version 9"));
    handle.destroy();
    root.remove();
}

#[wasm_bindgen_test]
async fn the_actor_view_shows_the_card_and_statements_as_text() {
    let (handle, root) = mount("?view=actor&actor=nato", ".statement").await;
    assert_eq!(text(&root.query_selector("h1").unwrap().unwrap()), "NATO");
    assert!(text(&root).contains("Role of NATO"));
    let evidence = root
        .query_selector(".statement blockquote")
        .unwrap()
        .unwrap();
    // Corpus text is data: the angle brackets stay text, no <b> element appears.
    assert_eq!(text(&evidence), "NATO rejected the <b>demand</b> outright.");
    assert!(evidence.query_selector("b").unwrap().is_none());
    // The quote holds the sentence as text alone, with no element in it.
    assert_eq!(evidence.child_element_count(), 0);
    let badge = root.query_selector(".statement .badge").unwrap().unwrap();
    assert_eq!(text(&badge), "reject");
    let link = root
        .query_selector(".statement a.context-link")
        .unwrap()
        .unwrap();
    assert_eq!(
        link.get_attribute("href").unwrap(),
        format!(
            "?view=article&article=a.txt&s={}",
            span_of("NATO rejected").start
        )
    );
    finish(handle, root);
}

#[wasm_bindgen_test]
async fn grouping_adds_the_statements_of_spokespeople() {
    let (handle, root) = mount("?view=actor&actor=nato", ".statement").await;
    assert_eq!(root.query_selector_all(".statement").unwrap().length(), 1);
    let toggle = root
        .query_selector(".group-toggle button")
        .unwrap()
        .unwrap();
    assert_eq!(
        toggle.get_attribute("aria-pressed").as_deref(),
        Some("false")
    );
    click(&toggle);
    wait_until("two statements", || {
        root.query_selector_all(".statement").unwrap().length() == 2
    })
    .await;
    // The URL follows in an effect after the render.
    wait_until("group in URL", || query().contains("group=1")).await;
    finish(handle, root);
}

#[wasm_bindgen_test]
async fn the_matrix_is_a_table_with_scoped_headers_and_linked_cells() {
    let (handle, root) = mount("?view=overview&min=1", "table.matrix").await;
    let table = root.query_selector("table.matrix").unwrap().unwrap();
    // Two themes plus the actor and total columns.
    assert_eq!(
        table
            .query_selector_all("thead th[scope=col]")
            .unwrap()
            .length(),
        4
    );
    assert_eq!(
        table
            .query_selector_all("tbody th[scope=row]")
            .unwrap()
            .length(),
        3
    );
    let cell = table.query_selector("a.cell-link").unwrap().unwrap();
    let label = cell.get_attribute("aria-label").unwrap();
    assert!(
        label.contains(" on ") && label.contains("1 statement:"),
        "{label}"
    );
    let href = cell.get_attribute("href").unwrap();
    assert!(
        href.starts_with("?view=actor&actor=") && href.contains("&theme="),
        "{href}"
    );
    // With the default threshold of two statements, every fixture actor is hidden.
    finish(handle, root);
    let (handle, root) = mount("?view=overview", ".matrix-block").await;
    assert!(text(&root).contains("3 actors with fewer statements not shown"));
    finish(handle, root);
}

#[wasm_bindgen_test]
async fn links_navigate_inside_the_app_and_push_the_url() {
    let (handle, root) = mount("?view=theme&theme=legal-guarantees", ".statement").await;
    assert_eq!(
        text(&root.query_selector("h1").unwrap().unwrap()),
        "Legal guarantees"
    );
    let chip = root
        .query_selector(".stance-filter a.stance-chip-reject")
        .unwrap()
        .unwrap();
    click(&chip);
    wait_until("stance in URL", || query().contains("stance=reject")).await;
    wait_until("one statement", || {
        root.query_selector_all(".statement").unwrap().length() == 1
    })
    .await;
    let actor = root
        .query_selector(".actor-section a.actor-link")
        .unwrap()
        .unwrap();
    click(&actor);
    wait_until("actor view", || query() == "?view=actor&actor=nato").await;
    wait_until("NATO heading", || {
        root.query_selector("h1").unwrap().map(|h1| text(&h1)) == Some("NATO".into())
    })
    .await;
    finish(handle, root);
}

#[wasm_bindgen_test]
async fn the_reader_keeps_every_character_and_highlights_sentences() {
    let start = span_of("NATO rejected").start;
    let (handle, root) = mount(
        &format!("?view=article&article=a.txt&s={start}"),
        ".reader-body mark.hl",
    )
    .await;
    let body = root.query_selector(".reader-body").unwrap().unwrap();
    // The visible text (hidden speaker notes aside) is the blocks' text, in order.
    let paragraphs = body.query_selector_all("p, h2").unwrap();
    let mut shown = Vec::new();
    for i in 0..paragraphs.length() {
        let element: web_sys::Element = paragraphs.item(i).unwrap().dyn_into().unwrap();
        let mut own = String::new();
        let nodes = element.child_nodes();
        for j in 0..nodes.length() {
            let node = nodes.item(j).unwrap();
            let hidden = node
                .dyn_ref::<web_sys::Element>()
                .is_some_and(|e| e.has_attribute("hidden"));
            if !hidden {
                own.push_str(&node.text_content().unwrap_or_default());
            }
        }
        shown.push(own);
    }
    assert_eq!(
        shown,
        [
            "Security Order",
            &TEXT[span_of("Putin demanded").start as usize..TEXT.find("convinced.").unwrap() + 10],
            "Stoltenberg said the open door stays open."
        ]
    );
    assert_eq!(body.query_selector_all("mark.hl").unwrap().length(), 3);
    let selected = body.query_selector("mark.hl.is-selected").unwrap().unwrap();
    assert_eq!(text(&selected), "NATO rejected the <b>demand</b> outright.");
    assert_eq!(
        selected.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    let panel = wait_for(&root, ".selection").await;
    assert!(text(&panel).contains("NATO") && text(&panel).contains("reject"));
    // Choosing another highlight replaces the marked sentence.
    let other = body
        .query_selector(&format!("#sentence-{}", span_of("Putin demanded").start))
        .unwrap()
        .unwrap();
    click(&other);
    wait_until("s changed", || {
        query().ends_with(&format!("s={}", span_of("Putin demanded").start))
    })
    .await;
    wait_until("panel names Putin", || {
        text(&root.query_selector(".selection").unwrap().unwrap()).contains("Vladimir Putin")
    })
    .await;
    finish(handle, root);
}

#[wasm_bindgen_test]
async fn search_highlights_stemmed_matches_and_counts_facets() {
    let (handle, root) = mount("?view=search&q=guarantee", ".statement mark.hit").await;
    let marks = root.query_selector_all(".statement mark.hit").unwrap();
    assert_eq!(marks.length(), 1);
    assert_eq!(marks.item(0).unwrap().text_content().unwrap(), "guarantees");
    assert!(text(&root).contains("1 statement matching"));
    assert!(
        root.query_selector(".kwic mark.hit").unwrap().is_some(),
        "a keyword-in-context line"
    );
    finish(handle, root);

    let (handle, root) = mount("?view=search&stance=reject", ".statement").await;
    assert_eq!(root.query_selector_all(".statement").unwrap().length(), 1);
    let facet = root
        .query_selector("#facet-stance ~ ul a[aria-current=true]")
        .unwrap()
        .unwrap();
    assert!(text(&facet).contains("reject"));
    assert!(text(&root).contains("Clear all filters"));
    finish(handle, root);

    let (handle, root) = mount(
        "?view=search&actor=jens-stoltenberg&stance=reject",
        ".empty",
    )
    .await;
    assert!(text(&root).contains("No statements match all these filters"));
    assert!(
        root.query_selector(".empty a").unwrap().is_some(),
        "an offer to clear the filters"
    );
    finish(handle, root);
}

#[wasm_bindgen_test]
async fn compare_marks_clashes() {
    let (handle, root) = mount("?view=compare&a=vladimir-putin&b=nato", ".compare-row").await;
    let row = root
        .query_selector(".compare-row.has-clash")
        .unwrap()
        .expect("a clash row");
    assert!(text(&row).contains("Legal guarantees"));
    assert!(text(&row).contains("1 clashing pair"));
    assert_eq!(row.query_selector_all(".flag-clash").unwrap().length(), 2);
    finish(handle, root);
}

#[wasm_bindgen_test]
async fn unknown_slugs_say_what_was_not_found() {
    let (handle, root) = mount("?view=theme&theme=nothing-here", ".empty").await;
    assert!(text(&root).contains("nothing-here"));
    assert!(
        text(&root).contains("NATO enlargement"),
        "the theme list follows"
    );
    finish(handle, root);
}
