//! The attribution rules, one hand-written fixture each. None of these texts
//! comes from the bundled corpus: they check that the rules are general.

mod common;

use redlines_core::registry::Registry;
use redlines_core::{build_index, ExportRecord, SourceFile};

fn registry() -> Registry {
    common::fixture_registry()
}

/// Runs the whole pipeline over one article made of `body` and returns
/// (actor, sentence, stance, quote) for every statement.
fn statements(body: &str) -> Vec<(String, String, String, String)> {
    let text = format!("A Test Article\n\n{body}\n");
    let index = build_index(
        &registry(),
        &[SourceFile {
            name: "t.txt".into(),
            text,
        }],
    );
    index.verify().unwrap();
    index
        .export_records()
        .into_iter()
        .map(|r: ExportRecord| (r.actor, r.sentence, r.stance, r.quote))
        .collect()
}

fn actors(body: &str) -> Vec<String> {
    statements(body)
        .into_iter()
        .map(|(actor, ..)| actor)
        .collect()
}

#[test]
fn a_speech_verb_after_the_name_reports_a_position() {
    let found = statements("Pavel Orlov said the quotas are fair.");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].0, "Pavel Orlov");
    assert_eq!(found[0].3, "reported");
}

#[test]
fn an_appositive_between_name_and_verb_is_skipped() {
    assert_eq!(
        actors("Marta Lind, the chair of the council since 2021, noted that patrols had doubled."),
        ["Marta Lind"]
    );
}

#[test]
fn a_quotation_belongs_to_the_speaker_after_it_in_every_sentence() {
    let found = statements("“We are ready. We will wait. We will not move,” Orlov said.");
    assert_eq!(found.len(), 3);
    assert!(found
        .iter()
        .all(|(actor, _, _, quote)| actor == "Pavel Orlov" && quote == "direct"));
}

#[test]
fn an_inverted_attribution_names_the_speaker_after_the_verb() {
    let found = statements(
        "“The quotas are final,” said Prime Minister Ingrid Solberg, speaking in Oslund.",
    );
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].0, "Ingrid Solberg");
}

#[test]
fn a_colon_introduces_the_speakers_words() {
    let found = statements(
        "The prime minister spoke on television: “No warship will pass. Our patience has limits.”",
    );
    assert_eq!(
        found.iter().filter(|f| f.0 == "Ingrid Solberg").count(),
        2,
        "{found:?}"
    );
}

#[test]
fn pronouns_resolve_to_the_last_speaker_of_their_kind() {
    let found = statements(
        "Ingrid Solberg said the talks had failed. She added that patrols would continue.",
    );
    assert_eq!(found.len(), 2);
    assert!(found.iter().all(|f| f.0 == "Ingrid Solberg"));
}

#[test]
fn metonyms_resolve_to_their_state() {
    assert_eq!(
        actors("Vostok City is demanding an end to the patrols."),
        ["Vostria"]
    );
    assert_eq!(
        actors("The Norlandic government rejected the offer."),
        ["Norland"]
    );
}

#[test]
fn descriptions_resolve_to_the_person() {
    assert_eq!(
        actors("The Norlandic prime minister warned of a long standoff."),
        ["Ingrid Solberg"]
    );
}

#[test]
fn coordinated_subjects_give_one_statement_each() {
    let mut found = actors("Norland and Vostria agreed to meet in June.");
    found.sort();
    assert_eq!(found, ["Norland", "Vostria"]);
}

#[test]
fn unregistered_names_are_found_as_new_actors() {
    let mut found =
        actors("Analysts Erik Dahl and Sofia Berg write that the stocks are collapsing.");
    found.sort();
    assert_eq!(found, ["Erik Dahl", "Sofia Berg"]);
}

#[test]
fn according_to_makes_the_source_the_speaker() {
    let found = statements("According to Orlov, the licences remain valid.");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].0, "Pavel Orlov");
}

#[test]
fn actors_in_passing_or_as_objects_hold_no_position() {
    assert!(actors("The minister held talks with Ingrid Solberg in the spring.").is_empty());
    assert!(actors("The fleet sailed despite protests from Vostria.").is_empty());
}

#[test]
fn unnamed_actors_hold_no_position() {
    assert!(actors("Many observers said the quotas were too high.").is_empty());
    assert!(actors("Experts warned of a collapse of the stocks.").is_empty());
}

#[test]
fn the_authors_speculation_and_conditionals_are_excluded() {
    assert!(actors("Vostria could accept a compromise next year.").is_empty());
    assert!(actors("If Norland refuses the deadline, the talks will collapse.").is_empty());
    assert!(actors("Apparently, Orlov suggested this to gain time.").is_empty());
    assert!(actors("Does Vostria really want a deal?").is_empty());
}

#[test]
fn neutral_narration_is_excluded() {
    assert!(actors("The council published a report on fish stocks.").is_empty());
    assert!(actors("Orlov visited Oslund in May.").is_empty());
}

#[test]
fn stances_follow_the_cue_and_negation() {
    let stance = |body: &str| statements(body)[0].2.clone();
    assert_eq!(stance("Oslund is demanding new quotas."), "demand");
    assert_eq!(stance("Vostok City proposes a joint patrol."), "propose");
    assert_eq!(
        stance("Vostok City does not object to the new licences."),
        "support"
    );
    assert_eq!(
        stance("Orlov warned that the patrols were dangerous."),
        "warn"
    );
    assert_eq!(stance("Norland rejected the deadline."), "reject");
}

#[test]
fn document_contents_belong_to_the_documents_owner() {
    let found = statements(
        "Vostria proposed a draft treaty on the fishing grounds. The draft says both navies would stay \
         out of the zone. Each side would issue its own licences.",
    );
    let contents: Vec<&str> = found
        .iter()
        .filter(|f| f.0 == "Vostria")
        .map(|f| f.1.as_str())
        .collect();
    assert_eq!(contents.len(), 3, "{found:?}");
}

#[test]
fn every_statement_gets_one_to_three_themes_from_the_rules() {
    let text =
        "A Test Article\n\nOrlov said the quotas and the patrols must be discussed at talks.\n"
            .to_string();
    let index = build_index(
        &registry(),
        &[SourceFile {
            name: "t.txt".into(),
            text,
        }],
    );
    let record = &index.export_records()[0];
    assert!((1..=3).contains(&record.themes.len()));
    assert!(
        record.themes.contains(&"fishing-quotas".to_string()),
        "{:?}",
        record.themes
    );
}

#[test]
fn a_second_speaker_named_inside_a_report_holds_a_position_too() {
    let found = actors("Marta Lind said that Vostok City had announced new quotas for the spring.");
    assert_eq!(found, ["Marta Lind", "Vostria"]);
    // The reporter is not counted twice, and a pronoun inside the report
    // names nobody new.
    assert_eq!(
        actors("Marta Lind said that she had announced the quotas herself."),
        ["Marta Lind"]
    );
}

#[test]
fn a_verb_of_beginning_keeps_the_subject_of_the_cue() {
    assert_eq!(
        actors("In Oslund, they started talking about a ban on trawling."),
        ["Norland"]
    );
}

#[test]
fn voices_in_a_place_or_body_belong_to_it() {
    assert_eq!(
        actors("There is talk in the council about halving the quotas."),
        ["Arctic Council"]
    );
    assert_eq!(
        actors("There are doubts in Vostok City as well."),
        ["Vostria"]
    );
    // "There are talks in …" is a meeting, not a voiced opinion.
    assert!(actors("There are talks in Vostok City this week.").is_empty());
}

#[test]
fn the_parties_commitments_after_a_draft_are_its_terms() {
    let found = statements(
        "Vostria proposed a draft treaty on the fishing grounds. The draft says both navies would stay \
         out of the zone. In addition, Norland and Vostria pledged not to board each other's trawlers.",
    );
    let pledge: Vec<&str> = found
        .iter()
        .filter(|f| f.1.starts_with("In addition"))
        .map(|f| f.0.as_str())
        .collect();
    assert_eq!(pledge, ["Vostria"], "{found:?}");
}

#[test]
fn progressive_offers_are_positions() {
    let found =
        statements("The council could keep the quotas (something Vostria is already proposing).");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        (found[0].0.as_str(), found[0].2.as_str()),
        ("Vostria", "propose")
    );
}

#[test]
fn not_recognizing_a_claim_rejects_it() {
    let found =
        statements("Officially, Oslund does not recognize the Vostrian claims to the shelf.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        (found[0].0.as_str(), found[0].2.as_str()),
        ("Norland", "reject")
    );
}

#[test]
fn a_hedge_does_not_reach_into_an_aside_in_parentheses() {
    let found = statements(
        "Thus, it would be possible to keep the quotas (something Vostria is already proposing).",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        (found[0].0.as_str(), found[0].2.as_str()),
        ("Vostria", "propose")
    );
    assert!(actors("Thus, Vostria would probably keep the quotas.").is_empty());
}

#[test]
fn the_two_sides_are_the_two_actors_last_named_together() {
    let found = actors(
        "Prime Minister Ingrid Solberg and Foreign Minister Pavel Orlov met in Oslund on Monday. \
         The two sides agreed to resume talks on the quotas.",
    );
    assert_eq!(found, ["Ingrid Solberg", "Pavel Orlov"]);
    // With no pair named before, "both sides" names nobody.
    assert!(actors("Both sides agreed to resume talks on the quotas.").is_empty());
}

#[test]
fn that_after_a_copula_states_what_happened() {
    assert_eq!(
        actors("The outcome of the meeting was that Vostria agreed to lift the ban."),
        ["Vostria"]
    );
    // A "that" clause of the author's belief is still no position of Vostria's.
    assert!(actors("Many observers doubt that Vostria wants a deal.").is_empty());
}

#[test]
fn a_question_that_quotes_the_actors_words_keeps_the_position() {
    assert_eq!(
        actors(
            "The thaw comes early this year. Vostok City wants to quickly “settle the quotas \
             before the thaw”?"
        ),
        ["Vostria"]
    );
    assert!(actors("Does Vostok City really want to settle the quotas?").is_empty());
}

#[test]
fn a_second_predicate_after_but_shares_the_subject_and_its_stance_counts() {
    let found = statements(
        "The season opens in May. Vostok City is satisfied with the new tables but is demanding a \
         longer season.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        (found[0].0.as_str(), found[0].2.as_str()),
        ("Vostria", "demand")
    );
}

#[test]
fn agreeing_to_talk_or_to_act_proposes_and_agreeing_to_a_measure_supports_it() {
    let stance_of = |body: &str| {
        let found = statements(body);
        assert_eq!(found.len(), 1, "{found:?}");
        found[0].2.clone()
    };
    assert_eq!(
        stance_of("The season opens in May. Orlov agreed to discuss the quotas in June."),
        "propose"
    );
    assert_eq!(
        stance_of("The season opens in May. Orlov agreed to extend the quota treaty for a year."),
        "propose"
    );
    assert_eq!(
        stance_of("The season opens in May. Orlov agreed to the extension of the quota treaty."),
        "support"
    );
}

#[test]
fn wanting_a_matter_discussed_proposes_talks() {
    let stances: Vec<String> = statements(
        "The season opens in May. Vostok City wants the quotas discussed by the fisheries ministers. \
         Vostok City wants a longer season.",
    )
    .into_iter()
    .map(|found| found.2)
    .collect();
    assert_eq!(stances, ["propose", "demand"]);
}

#[test]
fn what_an_actor_has_not_yet_done_is_no_refusal() {
    assert!(
        actors("The season opens in May. Vostok City has not yet proposed any new quota.")
            .is_empty()
    );
    let found =
        statements("The season opens in May. Vostok City does not recognize the new quota.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].2, "reject");
}

#[test]
fn a_hostile_aim_is_a_motive_the_author_imputes() {
    assert!(actors(
        "The season opens in May. By making loud demands, Vostria wants to divide the council."
    )
    .is_empty());
    assert_eq!(
        actors("The season opens in May. Vostria wants to extend the season."),
        ["Vostria"]
    );
}
