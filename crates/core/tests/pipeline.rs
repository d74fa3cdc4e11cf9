//! The attribution pipeline end to end, one case per news-writing convention:
//! an input text and the statements it must give, one line each as
//! `actor | stance | quote type | rule | sentence`. The texts are written for
//! these tests; they follow how news is written in general, not any one
//! article. Run with `UPDATE_EXPECT=1` to rewrite an expectation after a
//! deliberate change, then read the diff.

mod common;

use expect_test::{expect, Expect};
use redlines_core::registry::Registry;
use redlines_core::{build_index, ExportRecord, SourceFile};

fn registry() -> Registry {
    common::fixture_registry()
}

fn check(body: &str, expected: Expect) {
    check_titled("A test report", body, expected);
}

/// Like [`check`], under a title of the test's own.
fn check_titled(title: &str, body: &str, expected: Expect) {
    let lines = records(&registry(), title, body).into_iter().map(|r| {
        format!(
            "{} | {} | {} | {} | {}",
            r.actor, r.stance, r.quote, r.rule, r.sentence
        )
    });
    assert_lines(lines, expected);
}

/// The statements the pipeline gives one article made of `title` and `body`.
fn records(registry: &Registry, title: &str, body: &str) -> Vec<ExportRecord> {
    let index = build_index(
        registry,
        &[SourceFile {
            name: "t.txt".into(),
            text: format!("{title}\n\n{body}\n"),
        }],
    );
    index.verify().unwrap();
    index.export_records()
}

/// Compares one line per statement with the expectation.
fn assert_lines(lines: impl Iterator<Item = String>, expected: Expect) {
    let mut actual = lines.collect::<Vec<_>>().join("\n");
    if !actual.is_empty() {
        actual.push('\n');
    }
    expected.assert_eq(&actual);
}

#[test]
fn straight_quotes_with_the_speaker_after() {
    check(
        r#"Trade Minister Lena Okafor met her counterpart on Monday. "We will not sign this text," Okafor told reporters."#,
        expect![[r#"
            Lena Okafor | reject | direct | quote-speaker-after | "We will not sign this text," Okafor told reporters.
        "#]],
    );
}

#[test]
fn the_verb_before_the_speaker_and_an_appositive() {
    check(
        r#""The offer stands until Friday," said Tom Reyes, a spokesman for the ministry."#,
        expect![[r#"
            Tom Reyes | propose | direct | quote-speaker-after | "The offer stands until Friday," said Tom Reyes, a spokesman for the ministry.
        "#]],
    );
}

#[test]
fn single_quotation_marks_and_apostrophes() {
    check(
        "The union's leader, Ana Costa, said: 'We're ready to talk, but not at any price.'",
        expect![[r#"
            Ana Costa | propose | direct | quote-speaker-before | The union's leader, Ana Costa, said: 'We're ready to talk, but not at any price.'
        "#]],
    );
}

#[test]
fn guillemets() {
    check(
        "«We reject the plan», said Foreign Minister Henri Dubois.",
        expect![[r#"
            Henri Dubois | reject | direct | quote-speaker-after | «We reject the plan», said Foreign Minister Henri Dubois.
        "#]],
    );
}

#[test]
fn a_quotation_runs_on_into_the_next_paragraph() {
    check(
        "\"We came here to reach a deal,\" said chief negotiator Mei Lin. \"The other side has to move.\n\n\"Otherwise we will leave the table.\"",
        expect![[r#"
            Mei Lin | assess | direct | quote-speaker-after | "We came here to reach a deal," said chief negotiator Mei Lin.
            Mei Lin | demand | direct | quote-continued | "The other side has to move.
            Mei Lin | propose | direct | quote-continued | "Otherwise we will leave the table."
        "#]],
    );
}

#[test]
fn a_colon_ending_a_paragraph_announces_the_quotation() {
    check(
        "The ministry's spokesman, Karl Weber, said on Tuesday:\n\n\"No agreement will be signed under pressure.\"",
        expect![[r#"
            Karl Weber | assess | direct | quote-colon | "No agreement will be signed under pressure."
        "#]],
    );
}

#[test]
fn a_pronoun_goes_to_the_last_named_speaker_not_the_last_registered_actor() {
    check(
        "Marta Lind said the quotas are fair. Later, envoy Samuel Adeyemi warned of delays. \"Nothing is settled yet,\" he said.",
        expect![[r#"
            Marta Lind | assess | reported | reported-speech | Marta Lind said the quotas are fair.
            Samuel Adeyemi | warn | reported | reported-speech | Later, envoy Samuel Adeyemi warned of delays.
            Samuel Adeyemi | assess | direct | quote-speaker-after | "Nothing is settled yet," he said.
        "#]],
    );
}

#[test]
fn an_unnamed_speaker_keeps_a_pronoun_from_reaching_back() {
    check(
        "Marta Lind said the quotas are fair. A senior official said the talks would continue. \"We are close,\" he said.",
        expect![[r#"
            Marta Lind | assess | reported | reported-speech | Marta Lind said the quotas are fair.
        "#]],
    );
}

#[test]
fn surnames_titles_and_roles_refer_to_the_person() {
    check(
        "Trade Minister Jonas Berg said his government would seek a compromise. Mr Berg later added that the deadline stands. The trade minister also rejected any delay.",
        expect![[r#"
            Jonas Berg | propose | reported | reported-speech | Trade Minister Jonas Berg said his government would seek a compromise.
            Jonas Berg | assess | reported | reported-speech | Mr Berg later added that the deadline stands.
            Jonas Berg | reject | attributed | attributed-stance | The trade minister also rejected any delay.
        "#]],
    );
}

#[test]
fn a_body_speaks_through_its_spokesperson_and_its_statements() {
    check(
        "Vostria's spokeswoman said the fleet would stay in port. A Norland statement added that patrols would resume.",
        expect![[r#"
            Vostria | assess | reported | reported-speech | Vostria's spokeswoman said the fleet would stay in port.
            Norland | assess | reported | reported-speech | A Norland statement added that patrols would resume.
        "#]],
    );
}

#[test]
fn capitals_and_states_from_the_gazetteer() {
    check(
        "Tehran rejected the proposal on Sunday. Kenya said it supports the ceasefire.",
        expect![[r#"
            Iran | reject | attributed | attributed-stance | Tehran rejected the proposal on Sunday.
            Kenya | support | reported | reported-speech | Kenya said it supports the ceasefire.
        "#]],
    );
}

#[test]
fn an_acronym_stands_for_the_body_it_abbreviates() {
    check(
        "The Coastal Fishers Association (CFA) said the quotas were unfair. The CFA demanded a new count.",
        expect![[r#"
            Coastal Fishers Association | reject | reported | reported-speech | The Coastal Fishers Association (CFA) said the quotas were unfair.
            Coastal Fishers Association | demand | attributed | attributed-stance | The CFA demanded a new count.
        "#]],
    );
}

#[test]
fn analysts_and_officials_hold_no_position_of_anyone_named() {
    check(
        "Analysts say the deal is fragile. Officials said Norland was close to a deal.",
        expect![""],
    );
}

#[test]
fn a_transcript_gives_each_turn_to_its_speaker() {
    check(
        "MS. OKAFOR: Thank you. We are ready to resume the talks next week.\n\nQ Will you sign the text?\n\nMS. OKAFOR: We will not sign a text that ignores our fishermen.",
        expect![[r#"
            Okafor | propose | direct | transcript-turn | We are ready to resume the talks next week.
            Okafor | reject | direct | transcript-turn | We will not sign a text that ignores our fishermen.
        "#]],
    );
}

#[test]
fn according_to_makes_the_source_the_speaker() {
    check(
        "According to Pavel Orlov, the licences remain valid.",
        expect![[r#"
            Pavel Orlov | assess | reported | according-to | According to Pavel Orlov, the licences remain valid.
        "#]],
    );
}

#[test]
fn a_state_s_ministry_is_named_with_its_demonym() {
    check(
        "Chile's Foreign Ministry rejected the claim on Monday.",
        expect![[r#"
            Chilean Foreign Ministry | reject | attributed | attributed-stance | Chile's Foreign Ministry rejected the claim on Monday.
        "#]],
    );
}

#[test]
fn the_representative_of_a_state_speaks_for_it() {
    check(
        "The representative of Brazil said the resolution was unbalanced.",
        expect![[r#"
            Brazil | reject | reported | reported-speech | The representative of Brazil said the resolution was unbalanced.
        "#]],
    );
}

#[test]
fn scare_quotes_in_the_author_s_sentence_are_no_one_s_words() {
    check(
        "\"We will sign,\" said Ana Diaz. Critics call the deal \"a farce\" and a gift to exporters.",
        expect![[r#"
            Ana Diaz | propose | direct | quote-speaker-after | "We will sign," said Ana Diaz.
        "#]],
    );
}

#[test]
fn a_role_of_a_named_place_finds_the_person_who_holds_it() {
    check(
        "President of Chile Ana Diaz met President of Peru Luis Rojas. The President of Chile stressed that the border was settled.",
        expect![[r#"
            Ana Diaz | assess | reported | reported-speech | The President of Chile stressed that the border was settled.
        "#]],
    );
}

#[test]
fn the_ministry_is_the_body_named_before() {
    check(
        "The Chilean Foreign Ministry summoned the envoy. The ministry said the fishing ban was illegal.",
        expect![[r#"
            Chilean Foreign Ministry | assess | reported | reported-speech | The ministry said the fishing ban was illegal.
        "#]],
    );
}

#[test]
fn joint_speakers_with_their_titles_and_a_later_they() {
    check(
        "Interior Minister Marta Silva and her Chilean counterpart Diego Rojas said the border crossing would reopen in May. They warned that smugglers would exploit any delay.",
        expect![[r#"
            Diego Rojas | assess | reported | reported-speech | Interior Minister Marta Silva and her Chilean counterpart Diego Rojas said the border crossing would reopen in May.
            Marta Silva | assess | reported | reported-speech | Interior Minister Marta Silva and her Chilean counterpart Diego Rojas said the border crossing would reopen in May.
            Diego Rojas | warn | reported | reported-speech | They warned that smugglers would exploit any delay.
            Marta Silva | warn | reported | reported-speech | They warned that smugglers would exploit any delay.
        "#]],
    );
}

#[test]
fn a_description_means_the_body_named_in_full_before() {
    check(
        "The Green Alliance, a group of environmental charities, criticised the plan. The alliance said the river would suffer.",
        expect![[r#"
            Green Alliance | reject | reported | reported-speech | The Green Alliance, a group of environmental charities, criticised the plan.
            Green Alliance | warn | reported | reported-speech | The alliance said the river would suffer.
        "#]],
    );
}

#[test]
fn a_consequence_under_a_condition_is_a_warning() {
    check(
        "Finance Minister Omar Haddad said that if the lenders refuse, the government will stop its payments.",
        expect![[r#"
            Omar Haddad | warn | reported | reported-speech | Finance Minister Omar Haddad said that if the lenders refuse, the government will stop its payments.
        "#]],
    );
}

#[test]
fn readiness_under_a_condition_is_a_warning() {
    check(
        r#""If Vostria sends its fleet north, Norland is ready to answer," Ingrid Solberg said."#,
        expect![[r#"
            Ingrid Solberg | warn | direct | quote-speaker-after | "If Vostria sends its fleet north, Norland is ready to answer," Ingrid Solberg said.
        "#]],
    );
}

#[test]
fn the_risk_of_harm_is_a_warning_and_what_is_important_an_opinion() {
    check(
        r#"Pavel Orlov said the risk of a collision in the strait was growing. "It is important that the ferries keep sailing," Marta Lind said."#,
        expect![[r#"
            Pavel Orlov | warn | reported | reported-speech | Pavel Orlov said the risk of a collision in the strait was growing.
            Marta Lind | assess | direct | quote-speaker-after | "It is important that the ferries keep sailing," Marta Lind said.
        "#]],
    );
}

#[test]
fn not_expecting_an_outcome_is_a_forecast() {
    check(
        r#""We do not expect a deal this week," Marta Lind told reporters in Norland."#,
        expect![[r#"
            Marta Lind | assess | direct | quote-speaker-after | "We do not expect a deal this week," Marta Lind told reporters in Norland.
        "#]],
    );
}

#[test]
fn an_announced_plan_is_an_offer() {
    check(
        "Marta Lind announced that Norland will open a consulate in the north next year.",
        expect![[r#"
            Marta Lind | propose | reported | reported-speech | Marta Lind announced that Norland will open a consulate in the north next year.
        "#]],
    );
}

#[test]
fn a_titled_name_before_its_voice_and_an_apposition() {
    check(
        "Prime Minister Lucia Ferrante's office said she would skip the summit. The minister, Piet Janssen, has repeatedly denied that his ministry leaked the draft. According to Ferrante's critics, the decision was a mistake.",
        expect![[r#"
            Lucia Ferrante | propose | reported | reported-speech | Prime Minister Lucia Ferrante's office said she would skip the summit.
            Piet Janssen | reject | attributed | attributed-stance | The minister, Piet Janssen, has repeatedly denied that his ministry leaked the draft.
        "#]],
    );
}

#[test]
fn titles_with_a_posting_and_a_name_with_its_country() {
    check(
        "US Ambassador to Kenya Paul Otieno said the embassy would stay open. President Maria Costa of Portugal said the vote was fair.",
        expect![[r#"
            Paul Otieno | assess | reported | reported-speech | US Ambassador to Kenya Paul Otieno said the embassy would stay open.
            Maria Costa | assess | reported | reported-speech | President Maria Costa of Portugal said the vote was fair.
        "#]],
    );
}

#[test]
fn a_paragraph_that_is_only_a_quotation_quotes_the_last_speaker() {
    check(
        "Senator Ruth Adeyemi criticised the decision on the radio.\n\n\"This leaves the farmers without any protection. It is a grave error.\"",
        expect![[r#"
            Ruth Adeyemi | reject | reported | reported-speech | Senator Ruth Adeyemi criticised the decision on the radio.
            Ruth Adeyemi | assess | direct | quote-continued | "This leaves the farmers without any protection.
            Ruth Adeyemi | warn | direct | quote-continued | It is a grave error."
        "#]],
    );
}

#[test]
fn a_regnal_number_closes_a_name() {
    check(
        "King Olav IX said he would sign the law.",
        expect![[r#"
            Olav IX | propose | reported | reported-speech | King Olav IX said he would sign the law.
        "#]],
    );
}

#[test]
fn a_body_the_gazetteer_knows_opening_a_sentence() {
    check(
        "The European Union said the tariffs must go.",
        expect![[r#"
            European Union | demand | reported | reported-speech | The European Union said the tariffs must go.
        "#]],
    );
}

#[test]
fn a_pronoun_skips_a_person_whose_given_name_tells_another_gender() {
    check(
        "Mayor Sarah Lindgren opposed the tax.\n\nThe treasurer, Thomas Brandt, called the budget \"a fair compromise\".\n\n\"We cannot afford it,\" she said.",
        expect![[r#"
            Sarah Lindgren | reject | attributed | attributed-stance | Mayor Sarah Lindgren opposed the tax.
            Thomas Brandt | support | reported | reported-speech | The treasurer, Thomas Brandt, called the budget "a fair compromise".
            Sarah Lindgren | assess | direct | quote-speaker-after | "We cannot afford it," she said.
        "#]],
    );
}

#[test]
fn according_to_a_statement_by_a_body_or_an_office() {
    check(
        "According to a statement released by President Tomas Berglund's office, the talks will resume next week. According to a statement from the Foreign Ministry of Chile, the talks failed.",
        expect![[r#"
            Tomas Berglund | propose | reported | according-to | According to a statement released by President Tomas Berglund's office, the talks will resume next week.
            Foreign Ministry of Chile | assess | reported | according-to | According to a statement from the Foreign Ministry of Chile, the talks failed.
        "#]],
    );
}

#[test]
fn both_leaders_are_the_two_named_together() {
    check(
        "President Tomas Hill and Prime Minister Ruth Adler met in Geneva on Monday.\n\nBoth leaders agreed to hold talks next month.",
        expect![[r#"
            Tomas Hill | propose | attributed | attributed-stance | Both leaders agreed to hold talks next month.
            Ruth Adler | propose | attributed | attributed-stance | Both leaders agreed to hold talks next month.
        "#]],
    );
}

#[test]
fn the_one_named_beside_i_shares_the_position() {
    check(
        r#""President Orlov and I agreed that the patrols will stop," Ingrid Solberg said."#,
        expect![[r#"
            Ingrid Solberg | support | direct | quote-speaker-after | "President Orlov and I agreed that the patrols will stop," Ingrid Solberg said.
            Pavel Orlov | propose | reported | joint-first-person | "President Orlov and I agreed that the patrols will stop," Ingrid Solberg said.
        "#]],
    );
}

#[test]
fn a_role_is_not_someone_the_sentence_names() {
    check(
        "President Tomas Hill spoke with President Luis Ortega on Monday.\n\nThe President and President Ortega agreed to hold talks next month.",
        expect![[r#"
            Luis Ortega | propose | attributed | attributed-stance | The President and President Ortega agreed to hold talks next month.
            Tomas Hill | propose | attributed | attributed-stance | The President and President Ortega agreed to hold talks next month.
        "#]],
    );
}

#[test]
fn they_after_a_sentence_whose_subject_lists_people() {
    check(
        "Trade minister Ana Lopez and her Peruvian and Bolivian counterparts, Marco Diaz and Pedro Ruiz, gathered in Lima on Monday. The Argentine minister, Luis Vega, joined as an observer.\n\nThey concluded that the tariff accord must be revised.\n\nThe trade ministers also said the quotas were unfair.",
        expect![[r#"
            Ana Lopez | demand | reported | reported-speech | They concluded that the tariff accord must be revised.
            Marco Diaz | demand | reported | reported-speech | They concluded that the tariff accord must be revised.
            Pedro Ruiz | demand | reported | reported-speech | They concluded that the tariff accord must be revised.
            Ana Lopez | reject | reported | reported-speech | The trade ministers also said the quotas were unfair.
            Marco Diaz | reject | reported | reported-speech | The trade ministers also said the quotas were unfair.
            Pedro Ruiz | reject | reported | reported-speech | The trade ministers also said the quotas were unfair.
        "#]],
    );
}

#[test]
fn in_a_transcript_another_side_s_act_is_its_own() {
    check(
        "PRIME MINISTER SOLBERG: Good afternoon. Yesterday, the Vostrian side proposed to resume the talks. We welcome that step and will send our delegation.",
        expect![[r#"
            Vostria | propose | attributed | attributed-stance | Yesterday, the Vostrian side proposed to resume the talks.
            Ingrid Solberg | support | direct | transcript-turn | We welcome that step and will send our delegation.
        "#]],
    );
}

#[test]
fn a_speaker_known_only_by_a_pseudonym_or_a_given_name() {
    check(
        r#""Nobody here trusts the new law," said a protester using the pseudonym Rosa. "We will march again," said a student who gave her name only as Mei."#,
        expect![[r#"
            Rosa | reject | direct | quote-speaker-after | "Nobody here trusts the new law," said a protester using the pseudonym Rosa.
            Mei | propose | direct | quote-speaker-after | "We will march again," said a student who gave her name only as Mei.
        "#]],
    );
}

#[test]
fn a_given_name_with_a_syllable_after_a_hyphen() {
    check(
        r#""The ruling cannot change the facts," Red Cross director Man-kei Lau said in a statement."#,
        expect![[r#"
            Man-kei Lau | assess | direct | quote-speaker-after | "The ruling cannot change the facts," Red Cross director Man-kei Lau said in a statement.
        "#]],
    );
}

#[test]
fn a_body_s_description_in_apposition_names_it_later() {
    check(
        "The Andean rebel coalition known as the Popular Liberation Council met in Quito on Saturday. The coalition said the talks had failed.\n\nThe Workers Defence Committee, a union-backed alliance of miners' groups, issued a statement on Sunday. The alliance said it would accept a truce.",
        expect![[r#"
            Popular Liberation Council | assess | reported | reported-speech | The coalition said the talks had failed.
            Workers Defence Committee | propose | reported | reported-speech | The alliance said it would accept a truce.
        "#]],
    );
}

#[test]
fn a_lead_s_description_of_a_body_named_further_down() {
    check(
        "The main rebel coalition in the north has said it is willing to accept a truce.\n\nThe Popular Liberation Council, a coalition of farmers' militias, met in the capital on Sunday.",
        expect![[r#"
            Popular Liberation Council | propose | reported | reported-speech | The main rebel coalition in the north has said it is willing to accept a truce.
        "#]],
    );
}

#[test]
fn a_second_predicate_after_a_verb_of_narration_shares_the_subject() {
    check(
        "On Saturday, the Popular Liberation Council met in the capital and condemned the shelling of villages.",
        expect![[r#"
            Popular Liberation Council | reject | attributed | attributed-stance | On Saturday, the Popular Liberation Council met in the capital and condemned the shelling of villages.
        "#]],
    );
}

#[test]
fn a_description_that_introduces_the_subject_keeps_the_second_predicate() {
    check(
        "The farmers' alliance known as the Highland Growers Union gathered in the square and rejected the new quotas.",
        expect![[r#"
            Highland Growers Union | reject | attributed | attributed-stance | The farmers' alliance known as the Highland Growers Union gathered in the square and rejected the new quotas.
        "#]],
    );
}

#[test]
fn a_body_before_a_person_s_title_leaves_the_person_the_subject() {
    check(
        "The Harbour Authority port chief Elin Dahl toured the docks. She called the new quotas harsh and unworkable.",
        expect![[r#"
            Elin Dahl | reject | reported | reported-speech | She called the new quotas harsh and unworkable.
        "#]],
    );
}

#[test]
fn a_place_after_a_short_quotation_is_not_its_speaker() {
    check(
        "Fisheries minister Ole Berg warned Vostria against making any “hostile naval manoeuvres” toward Norland, saying Tuesday that “any new breach would cost the licence.”",
        expect![[r#"
            Ole Berg | warn | reported | reported-speech | Fisheries minister Ole Berg warned Vostria against making any “hostile naval manoeuvres” toward Norland, saying Tuesday that “any new breach would cost the licence.”
        "#]],
    );
}

#[test]
fn an_exclaimed_quotation_before_its_speaker_and_the_quotation_after_it_are_the_speaker_s() {
    check(
        "\"Keep the trawlers out of the fjords!\" Ole Berg wrote on Twitter. \"The boats are safe in port. Thank you to the harbour crews!\"",
        expect![[r#"
            Ole Berg | assess | direct | quote-speaker-after | "Keep the trawlers out of the fjords!" Ole Berg wrote on Twitter.
            Ole Berg | assess | direct | quote-continued | "The boats are safe in port.
            Ole Berg | support | direct | quote-continued | Thank you to the harbour crews!"
        "#]],
    );
}

#[test]
fn a_leader_s_administration_is_the_state_the_leader_governs() {
    check(
        "Prime Minister Ingrid Solberg flew home on Monday.\n\nThe Solberg government rejected the offer of joint patrols. A week later the administration said it would close the fjords to foreign trawlers.",
        expect![[r#"
            Norland | reject | attributed | attributed-stance | The Solberg government rejected the offer of joint patrols.
            Norland | propose | reported | reported-speech | A week later the administration said it would close the fjords to foreign trawlers.
        "#]],
    );
}

#[test]
fn a_vote_s_tally_stands_between_the_verb_and_what_was_voted() {
    check(
        "The National Assembly voted 96 to 40 to close the fjords to foreign trawlers. The Harbour Council voted 12-3 against the new quotas.",
        expect![[r#"
            National Assembly | demand | reported | reported-speech | The National Assembly voted 96 to 40 to close the fjords to foreign trawlers.
            Harbour Council | reject | attributed | attributed-stance | The Harbour Council voted 12-3 against the new quotas.
        "#]],
    );
}

#[test]
fn a_day_or_month_after_a_preposition_closes_a_phrase_of_time() {
    check(
        "On Friday the Harbour Council voted to ban night trawling. In March the Fishing Workers Union rejected the new quotas.",
        expect![[r#"
            Harbour Council | demand | reported | reported-speech | On Friday the Harbour Council voted to ban night trawling.
            Fishing Workers Union | reject | attributed | attributed-stance | In March the Fishing Workers Union rejected the new quotas.
        "#]],
    );
}

#[test]
fn a_state_ending_a_body_s_name_is_no_speaker() {
    check(
        "Marta Berg of Fishing Workers Union Norway said, \"It is still not enough; we need a fair quota.\"",
        expect![[r#"
            Marta Berg | reject | direct | quote-speaker-before | Marta Berg of Fishing Workers Union Norway said, "It is still not enough; we need a fair quota."
        "#]],
    );
}

#[test]
fn a_transcript_s_running_of_the_event_is_no_position() {
    check(
        "PRIME MINISTER SOLBERG: With that, I'll turn it over to our trade minister for a brief opening statement. President Orlov welcomed our offer of talks. We will send our delegation to the talks next week.",
        expect![[r#"
            Pavel Orlov | support | attributed | attributed-stance | President Orlov welcomed our offer of talks.
            Ingrid Solberg | propose | direct | transcript-turn | We will send our delegation to the talks next week.
        "#]],
    );
}

#[test]
fn a_pronoun_after_a_described_speaker_named_in_apposition() {
    check(
        "The bloc's climate chief, Wopke Haas, said on Monday that the bloc would push for a phase-out.\n\n\"We cannot accept a weak text,\" he said.",
        expect![[r#"
            Wopke Haas | assess | reported | reported-speech | The bloc's climate chief, Wopke Haas, said on Monday that the bloc would push for a phase-out.
            Wopke Haas | reject | direct | quote-speaker-after | "We cannot accept a weak text," he said.
        "#]],
    );
}

#[test]
fn not_ruling_something_out_leaves_it_open() {
    check(
        "Trade minister Ana Lopez did not rule out further talks.",
        expect![[r#"
            Ana Lopez | support | reported | reported-speech | Trade minister Ana Lopez did not rule out further talks.
        "#]],
    );
}

#[test]
fn a_body_named_in_apposition_and_a_body_s_people_speaking_for_it() {
    check(
        "Opposition leader Maria Santos rejected the results on Sunday. Her party, the Democratic Front, said it would challenge them in court.\n\nObservers from the Popular Liberation Council said they had found serious irregularities.\n\nInterior Minister Pedro Alves defended the count.",
        expect![[r#"
            Maria Santos | reject | attributed | attributed-stance | Opposition leader Maria Santos rejected the results on Sunday.
            Democratic Front | warn | reported | reported-speech | Her party, the Democratic Front, said it would challenge them in court.
            Popular Liberation Council | assess | reported | reported-speech | Observers from the Popular Liberation Council said they had found serious irregularities.
            Pedro Alves | support | attributed | attributed-stance | Interior Minister Pedro Alves defended the count.
        "#]],
    );
}

#[test]
fn un_meetings_coverage_gives_the_floor_to_states() {
    check(
        "The representative of Mexico said that the ceasefire must be respected by all parties.\n\nThe speaker for Norway, also speaking for the Nordic countries, expressed concern about the shelling.\n\nThe delegate of France welcomed the initiative.",
        expect![[r#"
            Mexico | demand | reported | reported-speech | The representative of Mexico said that the ceasefire must be respected by all parties.
            Norway | warn | reported | reported-speech | The speaker for Norway, also speaking for the Nordic countries, expressed concern about the shelling.
            France | support | attributed | attributed-stance | The delegate of France welcomed the initiative.
        "#]],
    );
}

#[test]
fn a_role_in_apposition_is_the_person_it_stands_beside() {
    check(
        "Lena Okafor, the trade minister, warned that any new tariff would ruin exporters.",
        expect![[r#"
            Lena Okafor | warn | reported | reported-speech | Lena Okafor, the trade minister, warned that any new tariff would ruin exporters.
        "#]],
    );
}

#[test]
fn a_relative_clause_tells_a_thing_s_background() {
    check(
        "Ministers in Lima denounced the memorandum under which Norland and Vostria agreed on new fishing zones.",
        expect![[r#""#]],
    );
}

#[test]
fn a_name_and_a_colon_before_a_quotation_is_no_transcript() {
    check(
        "Solberg: \"The deal is dead.\"\n\nThe ministry said the talks would resume.\n\nTrade minister Lena Okafor was quoted by a news agency as saying that the tariffs must go.",
        expect![[r#"
            Ingrid Solberg | assess | direct | quote-colon | Solberg: "The deal is dead."
            Lena Okafor | demand | reported | reported-speech | Trade minister Lena Okafor was quoted by a news agency as saying that the tariffs must go.
        "#]],
    );
}

#[test]
fn a_two_word_surname_is_the_person_named_in_full_before() {
    check(
        "The chief negotiator, Ali Bagheri Kani, met the envoys on Monday.\n\n\"The ball is in their court,\" Bagheri Kani told state television.",
        expect![[r#"
            Ali Bagheri Kani | demand | direct | quote-speaker-after | "The ball is in their court," Bagheri Kani told state television.
        "#]],
    );
}

#[test]
fn a_month_beside_a_given_name_or_a_title_is_a_surname() {
    check(
        "Prime Minister Theresa May urged lawmakers to back her deal. In May, the talks stalled.\n\nMrs May later told parliament: \"We must deliver this.\"\n\nOn May 5 the council said the vote would go ahead.",
        expect![[r#"
            Theresa May | demand | reported | reported-speech | Prime Minister Theresa May urged lawmakers to back her deal.
            Theresa May | demand | direct | quote-speaker-before | Mrs May later told parliament: "We must deliver this."
            Arctic Council | assess | reported | reported-speech | On May 5 the council said the vote would go ahead.
        "#]],
    );
}

#[test]
fn a_name_written_family_name_first_is_found_by_its_first_word() {
    check(
        "Foreign ministry spokesman Zhao Lijian spoke in Beijing on Monday.\n\nZhao also urged both sides to resume the talks.",
        expect![[r#"
            Zhao Lijian | demand | reported | reported-speech | Zhao also urged both sides to resume the talks.
        "#]],
    );
}

#[test]
fn a_pronoun_after_the_person_opening_its_sentence_is_that_person() {
    check(
        "Pavel Orlov spoke on Monday.\n\nArmy chief Tom Reyes has rejected talks with the rebels, whom he calls a militia.",
        expect![[r#"
            Tom Reyes | reject | attributed | attributed-stance | Army chief Tom Reyes has rejected talks with the rebels, whom he calls a militia.
        "#]],
    );
}

#[test]
fn a_person_known_by_another_name_is_found_by_it() {
    check(
        "Rebel commander Mohamed Hamdan Osman, known as Hemedti, met the envoys on Monday.\n\nHemedti also called on donors to send food.",
        expect![[r#"
            Mohamed Hamdan Osman | demand | reported | reported-speech | Hemedti also called on donors to send food.
        "#]],
    );
}

#[test]
fn a_readout_s_verbs_of_drawing_attention_and_of_readiness() {
    check(
        "Ingrid Solberg drew attention to the shelling of border villages. Pavel Orlov expressed his readiness to continue contacts.",
        expect![[r#"
            Ingrid Solberg | assess | reported | reported-speech | Ingrid Solberg drew attention to the shelling of border villages.
            Pavel Orlov | propose | reported | reported-speech | Pavel Orlov expressed his readiness to continue contacts.
        "#]],
    );
}

#[test]
fn the_agent_of_a_passive_verb_holds_the_position() {
    check(
        "The levy was sharply criticised by Bishop Lena Okafor. It had been welcomed by Marta Lind, if it was backed by Tom Reyes. The plan was condemned by members of the Arctic Council.",
        expect![[r#"
            Lena Okafor | reject | reported | reported-speech | The levy was sharply criticised by Bishop Lena Okafor.
            Marta Lind | support | attributed | attributed-stance | It had been welcomed by Marta Lind, if it was backed by Tom Reyes.
        "#]],
    );
}

#[test]
fn a_bare_role_is_not_a_holder_of_a_higher_rank() {
    check(
        "Prime Minister Tom Reyes opened the summit. Fisheries Minister Lena Okafor spoke next.\n\nThe minister said the quotas were fair.",
        expect![[r#"
            Lena Okafor | assess | reported | reported-speech | The minister said the quotas were fair.
        "#]],
    );
}

#[test]
fn a_one_word_body_opening_a_clause_as_a_speaker() {
    check(
        "Greenfund accused the miners of polluting the river. On Monday, Greenfund also said it would sue. Police said nobody was hurt. \"It is over,\" Reyes said.",
        expect![[r#"
            Greenfund | reject | reported | reported-speech | Greenfund accused the miners of polluting the river.
            Greenfund | warn | reported | reported-speech | On Monday, Greenfund also said it would sue.
        "#]],
    );
}

#[test]
fn a_body_s_short_noun_means_the_body_named_before() {
    check(
        "Vostria's foreign ministry said on Monday that talks would resume. The ministry added that the venue was open.\n\nThe Relief Fund for Children welcomed the talks. The charity warned that winter was near.\n\nThe Arctic Commission on Fisheries Policy said the quota stood. In a statement, the commission said it would not change.",
        expect![[r#"
            Vostria | assess | reported | reported-speech | Vostria's foreign ministry said on Monday that talks would resume.
            Vostria | assess | reported | reported-speech | The ministry added that the venue was open.
            Relief Fund for Children | support | attributed | attributed-stance | The Relief Fund for Children welcomed the talks.
            Relief Fund for Children | warn | reported | reported-speech | The charity warned that winter was near.
            Arctic Commission on Fisheries Policy | assess | reported | reported-speech | The Arctic Commission on Fisheries Policy said the quota stood.
            Arctic Commission on Fisheries Policy | assess | reported | reported-speech | In a statement, the commission said it would not change.
        "#]],
    );
}

#[test]
fn a_quotation_interrupted_by_its_tag_goes_on_in_the_same_words() {
    check(
        "\"The vote stands,\" wrote Lena Okafor on her blog, \"and the count was fair. We thank the volunteers.\"",
        expect![[r#"
            Lena Okafor | assess | direct | quote-speaker-after | "The vote stands," wrote Lena Okafor on her blog, "and the count was fair.
            Lena Okafor | support | direct | quote-continued | We thank the volunteers."
        "#]],
    );
}

#[test]
fn a_campaign_a_dated_release_and_participle_clauses() {
    check(
        "Lena Okafor ran for mayor. The Okafor campaign criticized the ruling. According to a May 2, 2021 Arctic Council press release, the ice shelf shrank. Tom Reyes filed a lawsuit on Monday, accusing the board of fraud. The ministry of Vostria declined to comment.",
        expect![[r#"
            Lena Okafor | reject | reported | reported-speech | The Okafor campaign criticized the ruling.
            Arctic Council | assess | reported | according-to | According to a May 2, 2021 Arctic Council press release, the ice shelf shrank.
            Tom Reyes | reject | reported | attributed-stance | Tom Reyes filed a lawsuit on Monday, accusing the board of fraud.
        "#]],
    );
}

#[test]
fn a_person_described_by_age_is_the_one_just_spoken_of() {
    check(
        "Opposition leader Tom Reyes said the cuts would hurt families. The 52-year-old added that his party would vote against them.",
        expect![[r#"
            Tom Reyes | assess | reported | reported-speech | Opposition leader Tom Reyes said the cuts would hurt families.
            Tom Reyes | reject | reported | reported-speech | The 52-year-old added that his party would vote against them.
        "#]],
    );
}

#[test]
fn a_name_set_beside_a_role_may_open_with_titles() {
    check(
        "Vostria's president, General Tom Reyes, said the border would stay open.",
        expect![[r#"
            Tom Reyes | assess | reported | reported-speech | Vostria's president, General Tom Reyes, said the border would stay open.
        "#]],
    );
}

#[test]
fn a_statement_s_participle_a_voice_with_an_auxiliary_and_a_long_name() {
    check(
        "Norland and Vostria issued a joint statement calling for a halt to the drilling. Vostria's government has said it will not back down. Trade Minister Khalid bin Saud Al Rashid said talks would resume.",
        expect![[r#"
            Vostria | demand | reported | reported-speech | Norland and Vostria issued a joint statement calling for a halt to the drilling.
            Norland | demand | reported | reported-speech | Norland and Vostria issued a joint statement calling for a halt to the drilling.
            Vostria | reject | reported | reported-speech | Vostria's government has said it will not back down.
            Khalid bin Saud Al Rashid | assess | reported | reported-speech | Trade Minister Khalid bin Saud Al Rashid said talks would resume.
        "#]],
    );
}

#[test]
fn an_order_or_decree_is_a_demand() {
    check(
        "The Arctic Council issued an order to halt the drilling. Tom Reyes signed a decree banning night fishing.",
        expect![[r#"
            Arctic Council | demand | attributed | attributed-stance | The Arctic Council issued an order to halt the drilling.
            Tom Reyes | demand | attributed | attributed-stance | Tom Reyes signed a decree banning night fishing.
        "#]],
    );
}

#[test]
fn a_body_after_a_preposition_and_an_adjective_is_no_speaker() {
    check(
        "A source within the central Arctic Council said the vote was rigged. Crowds gathered outside the Arctic Council with banners supporting the ban.",
        expect![[r#""#]],
    );
}

#[test]
fn a_name_without_its_middle_initial_is_the_same_person() {
    check(
        "Energy adviser Lena K. Okafor resigned on Monday.\n\n\"I thanked Lena Okafor for her work,\" Tom Reyes said.\n\nOkafor said she had resigned over the pipeline.",
        expect![[r#"
            Tom Reyes | support | direct | quote-speaker-after | "I thanked Lena Okafor for her work," Tom Reyes said.
            Lena K. Okafor | assess | reported | reported-speech | Okafor said she had resigned over the pipeline.
        "#]],
    );
}

#[test]
fn the_members_of_a_list_of_examples_are_its_subject() {
    check(
        "Coastal states including Norland and Vostria have rejected the quota.",
        expect![[r#"
            Vostria | reject | attributed | attributed-stance | Coastal states including Norland and Vostria have rejected the quota.
            Norland | reject | attributed | attributed-stance | Coastal states including Norland and Vostria have rejected the quota.
        "#]],
    );
}

#[test]
fn a_spokesperson_nobody_names_speaks_for_the_body_the_phrase_names() {
    check(
        "A Kremlin spokesman said the offer would be studied. An Irish foreign ministry spokeswoman said Dublin backed the plan.",
        expect![[r#"
            Russia | assess | reported | reported-speech | A Kremlin spokesman said the offer would be studied.
            Ireland | support | reported | reported-speech | An Irish foreign ministry spokeswoman said Dublin backed the plan.
        "#]],
    );
}

#[test]
fn a_ministry_in_a_capital_is_that_state_s_whatever_body_came_before() {
    check(
        "The Chilean foreign ministry welcomed the vote. The foreign ministry in Lima said it opposed the text.",
        expect![[r#"
            Chilean Foreign Ministry | support | attributed | attributed-stance | The Chilean foreign ministry welcomed the vote.
            Peru | reject | reported | reported-speech | The foreign ministry in Lima said it opposed the text.
        "#]],
    );
}

#[test]
fn an_absolute_clause_after_with_has_its_own_subject() {
    check(
        "Delegates met again on Friday, with Vostria insisting that the quotas be cut first.",
        expect![[r#"
            Vostria | demand | attributed | attributed-stance | Delegates met again on Friday, with Vostria insisting that the quotas be cut first.
        "#]],
    );
}

#[test]
fn a_role_means_the_unnamed_person_described_since_the_named_one() {
    check(
        r#"Norland's chief negotiator, Ada Brenner, said the gap was narrowing. A senior Vostrian official said on Tuesday that the deadline was unrealistic. "We need more time," the official said."#,
        expect![[r#"
            Ada Brenner | assess | reported | reported-speech | Norland's chief negotiator, Ada Brenner, said the gap was narrowing.
        "#]],
    );
}

#[test]
fn a_statement_speaks_for_whoever_issued_it() {
    check(
        r#"The Arctic Council issued a statement on Sunday. "The season stays closed," the statement said. "We will review it in May," read the statement."#,
        expect![[r#"
            Arctic Council | assess | direct | quote-speaker-after | "The season stays closed," the statement said.
            Arctic Council | propose | direct | quote-speaker-after | "We will review it in May," read the statement.
        "#]],
    );
}

#[test]
fn the_unnamed_rest_of_a_subject_does_not_part_the_named_one_from_its_verb() {
    check(
        "Norland and other coastal states have said the quotas are too low.",
        expect![[r#"
            Norland | assess | reported | reported-speech | Norland and other coastal states have said the quotas are too low.
        "#]],
    );
    check(
        "Vostria and about 30 other states recognize the new council.",
        expect![[r#"
            Vostria | support | attributed | attributed-stance | Vostria and about 30 other states recognize the new council.
        "#]],
    );
}

#[test]
fn a_quotation_inside_a_speaker_s_report_is_that_speaker_s() {
    check(
        r#"Ingrid Solberg was quoted by a local broadcaster as saying that Vostria saw "no basis for a deal.""#,
        expect![[r#"
            Ingrid Solberg | reject | direct | quote-speaker-before | Ingrid Solberg was quoted by a local broadcaster as saying that Vostria saw "no basis for a deal."
        "#]],
    );
}

#[test]
fn the_two_mediators_are_the_pair_named_before() {
    check(
        r#"Norland and the Arctic Council brokered the accord. In a joint statement, the two mediators said the truce would be monitored. Asked about the accord, Pavel Orlov said he was "cautiously optimistic.""#,
        expect![[r#"
            Norland | assess | reported | reported-speech | In a joint statement, the two mediators said the truce would be monitored.
            Arctic Council | assess | reported | reported-speech | In a joint statement, the two mediators said the truce would be monitored.
            Pavel Orlov | assess | direct | quote-speaker-before | Asked about the accord, Pavel Orlov said he was "cautiously optimistic."
        "#]],
    );
}

#[test]
fn the_two_ministers_after_a_pair_do_not_overlap_into_a_panic() {
    check(
        "Norland and Vostria met on Monday. The two ministers said the talks were useful.",
        expect![[r#"
            Norland | assess | reported | reported-speech | The two ministers said the talks were useful.
            Vostria | assess | reported | reported-speech | The two ministers said the talks were useful.
        "#]],
    );
}

#[test]
fn particles_in_a_row_stay_inside_a_name() {
    check(
        "The commission's president, Ursula de la Vega, proposed a new fishing quota.",
        expect![[r#"
            Ursula de la Vega | propose | attributed | attributed-stance | The commission's president, Ursula de la Vega, proposed a new fishing quota.
        "#]],
    );
}

#[test]
fn the_audience_a_speaker_told_is_not_the_speaker() {
    check(
        r#"Archbishop Tomas Vela appealed for calm. "Violence is always a defeat," the cleric told worshippers in Cathedral Square."#,
        expect![[r#"
            Tomas Vela | demand | reported | reported-speech | Archbishop Tomas Vela appealed for calm.
            Tomas Vela | assess | direct | quote-speaker-after | "Violence is always a defeat," the cleric told worshippers in Cathedral Square.
        "#]],
    );
}

#[test]
fn a_demonym_in_a_role_picks_the_person_of_that_state() {
    check(
        r#"Peru's prime minister, Luis Vargas, met Chilean President Ana Rojas in Lima. Rojas said the border deal was close. "The ball is in their court," the Peruvian leader said."#,
        expect![[r#"
            Ana Rojas | assess | reported | reported-speech | Rojas said the border deal was close.
            Luis Vargas | demand | direct | quote-speaker-after | "The ball is in their court," the Peruvian leader said.
        "#]],
    );
}

#[test]
fn a_given_name_s_last_syllable_may_end_the_name() {
    check(
        "Foreign Minister Park Min-ho said the offer stood.",
        expect![[r#"
            Park Min-ho | assess | reported | reported-speech | Foreign Minister Park Min-ho said the offer stood.
        "#]],
    );
}

#[test]
fn both_sides_of_a_call_are_the_two_who_held_it() {
    check(
        "Pavel Orlov had a telephone conversation with Prime Minister Ingrid Solberg. Both sides expressed interest in further talks.",
        expect![[r#"
            Pavel Orlov | assess | reported | reported-speech | Both sides expressed interest in further talks.
            Ingrid Solberg | assess | reported | reported-speech | Both sides expressed interest in further talks.
        "#]],
    );
}

#[test]
fn a_lead_may_give_a_state_s_office_before_its_holder_s_name() {
    check(
        "Chile's foreign minister said on Monday that the talks could succeed. Marta Reyes made the remarks after meeting her Peruvian counterpart.",
        expect![[r#"
            Marta Reyes | assess | reported | reported-speech | Chile's foreign minister said on Monday that the talks could succeed.
        "#]],
    );
}

#[test]
fn the_one_an_outlet_quoted_is_the_speaker() {
    check(
        r#"Pavel Orlov met the envoy on Friday. State television quoted him as saying that the deal was "within reach.""#,
        expect![[r#"
            Pavel Orlov | assess | reported | reported-speech | State television quoted him as saying that the deal was "within reach."
        "#]],
    );
}

#[test]
fn a_possessive_pronoun_before_a_voice_speaks_for_its_owner() {
    check(
        "Vostria urged restraint on Tuesday. Its foreign ministry said it hoped the talks would resume soon.",
        expect![[r#"
            Vostria | demand | reported | reported-speech | Vostria urged restraint on Tuesday.
            Vostria | assess | reported | reported-speech | Its foreign ministry said it hoped the talks would resume soon.
        "#]],
    );
}

#[test]
fn a_bare_quotation_after_a_person_s_position_gives_their_words() {
    check(
        r#"Pavel Orlov also criticised the decision on social media. "This deal ignores the fishermen entirely. It will not last.""#,
        expect![[r#"
            Pavel Orlov | reject | reported | reported-speech | Pavel Orlov also criticised the decision on social media.
            Pavel Orlov | reject | direct | quote-continued | "This deal ignores the fishermen entirely.
            Pavel Orlov | reject | direct | quote-continued | It will not last."
        "#]],
    );
}

#[test]
fn and_inside_a_body_s_name_and_fighters_speaking_for_their_group() {
    check(
        r#""Open the border now," said the Farmers and Fishers Alliance. The Houthi rebels said they would keep the port closed."#,
        expect![[r#"
            Farmers and Fishers Alliance | assess | direct | quote-speaker-after | "Open the border now," said the Farmers and Fishers Alliance.
            Houthis | propose | reported | reported-speech | The Houthi rebels said they would keep the port closed.
        "#]],
    );
}

#[test]
fn readiness_to_punish_is_a_warning_and_a_door_left_open_an_offer() {
    check(
        "Ingrid Solberg said Norland was ready to retaliate against the tariffs. She left the door open to talks.",
        expect![[r#"
            Ingrid Solberg | warn | reported | reported-speech | Ingrid Solberg said Norland was ready to retaliate against the tariffs.
            Ingrid Solberg | propose | attributed | attributed-stance | She left the door open to talks.
        "#]],
    );
}

#[test]
fn a_quotation_opening_with_a_bare_verb_is_a_demand() {
    check(
        r#""Release the fishermen now," said Marta Lind."#,
        expect![[r#"
            Marta Lind | demand | direct | quote-speaker-after | "Release the fishermen now," said Marta Lind.
        "#]],
    );
}

#[test]
fn adverbs_of_time_between_subject_and_verb_and_being_for_or_against() {
    check(
        "Vostria has long opposed the quotas. Norland is against the new text, but the Arctic Council is in favor of it.",
        expect![[r#"
            Vostria | reject | attributed | attributed-stance | Vostria has long opposed the quotas.
            Norland | reject | attributed | attributed-stance | Norland is against the new text, but the Arctic Council is in favor of it.
            Arctic Council | support | attributed | attributed-stance | Norland is against the new text, but the Arctic Council is in favor of it.
        "#]],
    );
}

#[test]
fn a_demonym_and_titles_may_open_a_name_set_off_by_commas() {
    check(
        "Council chair-in-office, Chilean Foreign Minister Ana Rojas, confirmed the lack of progress.",
        expect![[r#"
            Ana Rojas | assess | reported | reported-speech | Council chair-in-office, Chilean Foreign Minister Ana Rojas, confirmed the lack of progress.
        "#]],
    );
}

#[test]
fn a_phrase_of_the_occasion_between_subject_and_verb() {
    check(
        "Ingrid Solberg speaking to a fisheries forum in Oslo called the new quotas unfair.",
        expect![[r#"
            Ingrid Solberg | reject | reported | reported-speech | Ingrid Solberg speaking to a fisheries forum in Oslo called the new quotas unfair.
        "#]],
    );
}

#[test]
fn a_state_s_representative_is_the_he_or_she_of_the_next_sentences() {
    check(
        "The representative of Norland said her country supported the draft. She added that access must be guaranteed. The speaker for Vostria, noting the risks, called for a wider process. Vostria's representative rejected the text.",
        expect![[r#"
            Norland | support | reported | reported-speech | The representative of Norland said her country supported the draft.
            Norland | demand | reported | reported-speech | She added that access must be guaranteed.
            Vostria | demand | reported | reported-speech | The speaker for Vostria, noting the risks, called for a wider process.
            Vostria | reject | attributed | attributed-stance | Vostria's representative rejected the text.
        "#]],
    );
}

#[test]
fn capitalised_words_after_an_organisation_word_may_go_on_naming_the_body() {
    check(
        "The Joint Task Force Harbour Shield said the patrols would continue. Foreign Ministry Spokesperson Ana Rojas said the patrols were illegal.",
        expect![[r#"
            Joint Task Force Harbour Shield | assess | reported | reported-speech | The Joint Task Force Harbour Shield said the patrols would continue.
            Ana Rojas | assess | reported | reported-speech | Foreign Ministry Spokesperson Ana Rojas said the patrols were illegal.
        "#]],
    );
}

#[test]
fn a_letter_requesting_and_crediting_someone() {
    check(
        "Marta Lind sent a letter requesting new quotas. She credited the fishermen with saving the season.",
        expect![[r#"
            Marta Lind | demand | reported | reported-speech | Marta Lind sent a letter requesting new quotas.
            Marta Lind | support | reported | reported-speech | She credited the fishermen with saving the season.
        "#]],
    );
}

#[test]
fn an_outlet_introduced_as_one_is_a_source_not_a_party() {
    check(
        "On Monday, the Norland daily Morgenposten revealed the deal. The Arctic Council confirmed the deal.",
        expect![[r#"
            Arctic Council | assess | reported | reported-speech | The Arctic Council confirmed the deal.
        "#]],
    );
}

#[test]
fn a_participle_after_a_quoted_phrase_continues_the_sentence_s_subject() {
    check(
        "Pavel Orlov called the tariff \"a provocation,\" adding that Vostria had offered two compromises.",
        expect![[r#"
            Pavel Orlov | propose | reported | reported-speech | Pavel Orlov called the tariff "a provocation," adding that Vostria had offered two compromises.
        "#]],
    );
}

#[test]
fn a_verb_coordinated_after_a_quoted_phrase_names_its_object_not_a_speaker() {
    check(
        "Marta Lind said her ministry had sent \"a fair offer\" and accused Norland of stalling.",
        expect![[r#"
            Marta Lind | assess | reported | reported-speech | Marta Lind said her ministry had sent "a fair offer" and accused Norland of stalling.
        "#]],
    );
}

#[test]
fn a_place_before_the_comma_of_a_name_set_off_by_commas_is_no_title() {
    check(
        "Vostria's envoy to Norland, Tomas Brekke, wrote that the talks had failed.",
        expect![[r#"
            Tomas Brekke | assess | reported | reported-speech | Vostria's envoy to Norland, Tomas Brekke, wrote that the talks had failed.
        "#]],
    );
}

#[test]
fn a_legislator_s_party_and_state_after_the_name_are_no_name() {
    check(
        "Sen. Dana Whitfield, D-Ore., said the treaty was overdue. Rep. Cole Barrow (R-Kan.) said the treaty was a mistake.",
        expect![[r#"
            Dana Whitfield | assess | reported | reported-speech | Sen. Dana Whitfield, D-Ore., said the treaty was overdue.
            Cole Barrow | reject | reported | reported-speech | Rep. Cole Barrow (R-Kan.) said the treaty was a mistake.
        "#]],
    );
}

#[test]
fn a_speaker_tag_means_one_speaker_all_through_a_transcript() {
    check(
        "President Ana Ferreira opened the press conference.\n\nTHE PRESIDENT: We reject the tariff on fish from Vostria.\n\nQ Did President Tomas Brekke call you? Brekke said so on Monday. Brekke wants a deal with you.\n\nTHE PRESIDENT: We will not accept any tariff on fish.",
        expect![[r#"
            Ana Ferreira | reject | direct | transcript-turn | We reject the tariff on fish from Vostria.
            Tomas Brekke | assess | reported | reported-speech | Brekke said so on Monday.
            Ana Ferreira | reject | direct | transcript-turn | We will not accept any tariff on fish.
        "#]],
    );
}

#[test]
fn a_pronoun_after_a_possessive_person_with_no_subject_before_it_is_that_person() {
    check(
        "Pavel Orlov spoke first. The hall then heard Tomas Brekke's long account of the war, as he argued that the border was never fixed.",
        expect![[r#"
            Tomas Brekke | assess | reported | reported-speech | The hall then heard Tomas Brekke's long account of the war, as he argued that the border was never fixed.
        "#]],
    );
}

#[test]
fn a_place_after_of_following_a_name_is_no_subject() {
    check(
        "Committee chairman Jonas Hale of New Hampshire has repeatedly said the tariff is illegal.",
        expect![[r#"
            Jonas Hale | assess | reported | reported-speech | Committee chairman Jonas Hale of New Hampshire has repeatedly said the tariff is illegal.
        "#]],
    );
}

#[test]
fn a_court_s_finding_is_its_position_and_its_name_keeps_the_state_after_of() {
    check(
        "The Supreme Court of the Netherlands heard the appeal on Monday. The court found that the fishing ban was unlawful.",
        expect![[r#"
            Supreme Court of the Netherlands | reject | reported | reported-speech | The court found that the fishing ban was unlawful.
        "#]],
    );
}

#[test]
fn a_lone_body_name_may_issue_a_statement_or_speak_after_an_adverb() {
    check(
        "Fiskeco issued a statement saying the quota was too low. Fiskeco further claimed that the survey was flawed. Pavel Orlov released a statement on Monday, calling the quota unfair.",
        expect![[r#"
            Fiskeco | assess | reported | reported-speech | Fiskeco issued a statement saying the quota was too low.
            Fiskeco | reject | reported | reported-speech | Fiskeco further claimed that the survey was flawed.
            Pavel Orlov | reject | reported | reported-speech | Pavel Orlov released a statement on Monday, calling the quota unfair.
        "#]],
    );
}

#[test]
fn an_outlet_reporting_someone_as_saying_and_a_titled_name_in_an_absolute_clause() {
    check(
        "The wire service reported Vostrian President Pavel Orlov as saying the border would stay closed. Norland backed the plan, with Prime Minister Ingrid Solberg calling it a fair compromise.",
        expect![[r#"
            Pavel Orlov | assess | reported | reported-speech | The wire service reported Vostrian President Pavel Orlov as saying the border would stay closed.
            Norland | support | attributed | attributed-stance | Norland backed the plan, with Prime Minister Ingrid Solberg calling it a fair compromise.
            Ingrid Solberg | support | reported | reported-speech | Norland backed the plan, with Prime Minister Ingrid Solberg calling it a fair compromise.
        "#]],
    );
}

#[test]
fn a_hyphenated_name_is_an_adjective_and_a_modifier_may_stand_before_a_voice() {
    check(
        "Norland's UN-backed government, which signed the accord in May, rejected the new quota.",
        expect![[r#"
            Norland | reject | attributed | attributed-stance | Norland's UN-backed government, which signed the accord in May, rejected the new quota.
        "#]],
    );
}

#[test]
fn a_person_speaking_inside_an_according_to_frame_holds_the_position() {
    check(
        "According to the Arctic Council, Pavel Orlov told the delegates that the quota was unfair.",
        expect![[r#"
            Pavel Orlov | reject | reported | reported-speech | According to the Arctic Council, Pavel Orlov told the delegates that the quota was unfair.
        "#]],
    );
}

#[test]
fn continuing_to_act_is_no_verb_of_saying() {
    check(
        "The Arctic Council said Vostria had continued to send patrol boats.",
        expect![[r#"
            Arctic Council | assess | reported | reported-speech | The Arctic Council said Vostria had continued to send patrol boats.
        "#]],
    );
}

#[test]
fn a_word_qualifying_the_role_after_a_quotation_keeps_the_speaker() {
    check(
        "\"The boats keep arriving every week,\" Vostrian navy spokesman Erik Dahl told reporters.",
        expect![[r#"
            Erik Dahl | assess | direct | quote-speaker-after | "The boats keep arriving every week," Vostrian navy spokesman Erik Dahl told reporters.
        "#]],
    );
}

#[test]
fn an_age_with_its_noun_a_politician_and_a_congratulation() {
    check(
        "Opposition leader Sara Holm rejected the count on Monday. The 41-year-old lawyer, who ran in the capital, said the count was rigged. The opposition politician urged calm. Pavel Orlov congratulated the winner, his office said.",
        expect![[r#"
            Sara Holm | reject | attributed | attributed-stance | Opposition leader Sara Holm rejected the count on Monday.
            Sara Holm | reject | reported | reported-speech | The 41-year-old lawyer, who ran in the capital, said the count was rigged.
            Sara Holm | demand | reported | reported-speech | The opposition politician urged calm.
            Pavel Orlov | support | reported | reported-speech | Pavel Orlov congratulated the winner, his office said.
        "#]],
    );
}

#[test]
fn an_official_page_titled_with_its_speaker_gives_the_text_to_the_speaker() {
    check_titled(
        "Press conference by Arctic Council Chair Marta Lind",
        "Good afternoon.\n\nWe call on Vostria to withdraw its patrol boats.\n\nThe council stands ready to host new talks.",
        expect![[r#"
            Marta Lind | demand | direct | transcript-turn | We call on Vostria to withdraw its patrol boats.
            Marta Lind | propose | direct | transcript-turn | The council stands ready to host new talks.
        "#]],
    );
    check_titled(
        "Statement by Marta Lind angers fishermen",
        "Fishermen in the north protested on Monday.\n\nThey want the quota raised.",
        expect![""],
    );
}

#[test]
fn capitals_after_an_article_with_no_title_name_a_thing_not_a_person() {
    check(
        "Marta Lind briefed the council. Voicing regret that the Tromso Three format had stalled, she urged both sides to return to talks.",
        expect![[r#"
            Marta Lind | demand | reported | reported-speech | Voicing regret that the Tromso Three format had stalled, she urged both sides to return to talks.
        "#]],
    );
}

#[test]
fn a_name_keeps_the_diacritics_the_body_writes_and_the_headline_drops() {
    check_titled(
        "Fisheries chief Ondrej Novak rejects the new quota",
        "Fisheries chief Ondřej Novák rejected the quota on Monday. Novák said the quota was unfair to small boats.",
        expect![[r#"
            Ondřej Novák | reject | attributed | attributed-stance | Fisheries chief Ondřej Novák rejected the quota on Monday.
            Ondřej Novák | reject | reported | reported-speech | Novák said the quota was unfair to small boats.
        "#]],
    );
}

#[test]
fn going_on_tells_of_words_only_before_a_quotation_a_colon_or_that() {
    check(
        "Fighting continued through the night near the harbour. \"We will hold the line,\" Pavel Orlov continued.",
        expect![[r#"
            Pavel Orlov | propose | direct | quote-speaker-after | "We will hold the line," Pavel Orlov continued.
        "#]],
    );
}

#[test]
fn imposing_a_measure_on_the_other_side_is_an_objection_and_threatening_one_a_warning() {
    check(
        "Ingrid Solberg said Norland is imposing new sanctions on Vostrian banks. Pavel Orlov threatened to impose tariffs on Norland.",
        expect![[r#"
            Ingrid Solberg | reject | reported | reported-speech | Ingrid Solberg said Norland is imposing new sanctions on Vostrian banks.
            Pavel Orlov | warn | reported | reported-speech | Pavel Orlov threatened to impose tariffs on Norland.
        "#]],
    );
}

#[test]
fn agreeing_that_a_thing_will_be_done_pledges_it_and_agreeing_that_a_thing_is_so_assesses_it() {
    check(
        "Ingrid Solberg and Pavel Orlov agreed that their envoys will meet again in March. Marta Lind and Pavel Orlov agreed there has been little change in the fishing zones.",
        expect![[r#"
            Pavel Orlov | propose | attributed | attributed-stance | Ingrid Solberg and Pavel Orlov agreed that their envoys will meet again in March.
            Ingrid Solberg | propose | attributed | attributed-stance | Ingrid Solberg and Pavel Orlov agreed that their envoys will meet again in March.
            Pavel Orlov | assess | attributed | attributed-stance | Marta Lind and Pavel Orlov agreed there has been little change in the fishing zones.
            Marta Lind | assess | attributed | attributed-stance | Marta Lind and Pavel Orlov agreed there has been little change in the fishing zones.
        "#]],
    );
}

#[test]
fn denials_without_a_word_of_refusal_reject() {
    check(
        "Pavel Orlov said Vostria has no intention of closing the strait. Ingrid Solberg said Norland is not targeting Vostrian fishermen.",
        expect![[r#"
            Pavel Orlov | reject | reported | reported-speech | Pavel Orlov said Vostria has no intention of closing the strait.
            Ingrid Solberg | reject | reported | reported-speech | Ingrid Solberg said Norland is not targeting Vostrian fishermen.
        "#]],
    );
}

#[test]
fn what_will_not_be_forgotten_a_threat_to_sue_and_a_forecast_of_harm_warn() {
    check(
        "Ingrid Solberg said Norland will not forget the seizure of its trawlers. Marta Lind said she intends to sue the Arctic Council. Pavel Orlov said the quota cut is going to lead to hunger in the north.",
        expect![[r#"
            Ingrid Solberg | warn | reported | reported-speech | Ingrid Solberg said Norland will not forget the seizure of its trawlers.
            Marta Lind | warn | reported | reported-speech | Marta Lind said she intends to sue the Arctic Council.
            Pavel Orlov | warn | reported | reported-speech | Pavel Orlov said the quota cut is going to lead to hunger in the north.
        "#]],
    );
}

#[test]
fn wanting_to_act_oneself_offers_and_wanting_to_see_others_act_demands() {
    check(
        "\"We want to reopen the northern ferry route,\" Ingrid Solberg said. \"We want to see Vostrian trawlers leave our waters,\" Marta Lind said.",
        expect![[r#"
            Ingrid Solberg | propose | direct | quote-speaker-after | "We want to reopen the northern ferry route," Ingrid Solberg said.
            Marta Lind | demand | direct | quote-speaker-after | "We want to see Vostrian trawlers leave our waters," Marta Lind said.
        "#]],
    );
}

#[test]
fn police_titles_an_alleged_thing_an_estimate_and_a_place_after_a_name_in_an_absolute_clause() {
    check(
        "Police Chief Superintendent Ola Berg said the harbour was closed. Prosecutors are investigating Pavel Orlov over alleged bribes. The Fishery Survey Bureau estimated the catch at two million tonnes. Norland backed the plan, with Ingrid Solberg of Tromso calling it fair.",
        expect![[r#"
            Ola Berg | assess | reported | reported-speech | Police Chief Superintendent Ola Berg said the harbour was closed.
            Fishery Survey Bureau | assess | reported | reported-speech | The Fishery Survey Bureau estimated the catch at two million tonnes.
            Norland | support | attributed | attributed-stance | Norland backed the plan, with Ingrid Solberg of Tromso calling it fair.
            Ingrid Solberg | support | reported | reported-speech | Norland backed the plan, with Ingrid Solberg of Tromso calling it fair.
        "#]],
    );
}

#[test]
fn a_complaint_filed_speaks_for_whoever_filed_it() {
    check(
        "The Arctic Council filed a complaint against the new quota on Monday. The complaint notes that the quota ignores the survey.",
        expect![[r#"
            Arctic Council | reject | attributed | attributed-stance | The Arctic Council filed a complaint against the new quota on Monday.
            Arctic Council | reject | reported | reported-speech | The complaint notes that the quota ignores the survey.
        "#]],
    );
}

#[test]
fn a_middle_name_a_glossed_acronym_and_a_sentence_adverb() {
    check(
        "Tomas Brekke led the delegation. Born Tomas Erik Brekke in 1950, he studied law. \"We will not sign,\" he declared. Agnes Lund of the Norland Fishery Agency (NFA) said the quota was too low. Additionally, Pavel Orlov said the quota was fair.",
        expect![[r#"
            Tomas Brekke | reject | direct | quote-speaker-after | "We will not sign," he declared.
            Agnes Lund | assess | reported | reported-speech | Agnes Lund of the Norland Fishery Agency (NFA) said the quota was too low.
            Pavel Orlov | assess | reported | reported-speech | Additionally, Pavel Orlov said the quota was fair.
        "#]],
    );
}

#[test]
fn the_owner_of_a_statement_before_a_colon_speaks_the_quotation() {
    check(
        "Pavel Orlov's statement read: \"The patrols will continue until the quota is fair.\"",
        expect![[r#"
            Pavel Orlov | propose | direct | quote-speaker-before | Pavel Orlov's statement read: "The patrols will continue until the quota is fair."
        "#]],
    );
}

#[test]
fn authorities_or_officials_in_a_state_speak_for_it() {
    check(
        "Authorities in Norland said the boats had been seized. On Monday, officials in Vostria said the seizure was illegal.",
        expect![[r#"
            Norland | assess | reported | reported-speech | Authorities in Norland said the boats had been seized.
            Vostria | assess | reported | reported-speech | On Monday, officials in Vostria said the seizure was illegal.
        "#]],
    );
}

#[test]
fn a_short_turn_sentence_counts_with_a_word_of_stance() {
    check(
        "PRIME MINISTER SOLBERG: Please, sit down. The Vostrian side proposed a new round of talks on the quota. I agree.",
        expect![[r#"
            Vostria | propose | attributed | attributed-stance | The Vostrian side proposed a new round of talks on the quota.
            Ingrid Solberg | support | direct | transcript-turn | I agree.
        "#]],
    );
}

#[test]
fn a_turn_s_claims_count_but_its_narration_of_events_does_not() {
    check(
        "PRIME MINISTER SOLBERG: The ministers met in the capital for two hours. Vostrian patrol boats are still sailing inside the fishing zone.",
        expect![[r#"
            Ingrid Solberg | assess | direct | transcript-turn | Vostrian patrol boats are still sailing inside the fishing zone.
        "#]],
    );
}

#[test]
fn a_paragraph_after_a_colon_is_a_block_quotation_of_the_speaker() {
    check(
        "In her ruling, Judge Marta Lind rejected the claim:\n\nThe fishing licence was issued lawfully and cannot be withdrawn now.\n\nThe ministry appealed on Friday.",
        expect![[r#"
            Marta Lind | reject | direct | quote-colon | The fishing licence was issued lawfully and cannot be withdrawn now.
        "#]],
    );
}

#[test]
fn a_signed_extract_runs_over_paragraphs_up_to_its_signature() {
    check(
        "Pavel Orlov wrote in his letter:\n\nThe tariff breaks the treaty of 1998.\n\nVostria will not pay it.\n\n– Pavel Orlov, letter to the council\n\nThe council meets on Monday.",
        expect![[r#"
            Pavel Orlov | assess | direct | quote-colon | The tariff breaks the treaty of 1998.
            Pavel Orlov | reject | direct | quote-colon | Vostria will not pay it.
        "#]],
    );
}

#[test]
fn an_acronym_of_a_body_named_before_is_that_body() {
    check(
        "The Coastal Fishers Alliance filed a complaint on Monday.\n\nThe CFA says the quota breaks the treaty.",
        expect![[r#"
            Coastal Fishers Alliance | reject | attributed | attributed-stance | The Coastal Fishers Alliance filed a complaint on Monday.
            Coastal Fishers Alliance | assess | reported | reported-speech | The CFA says the quota breaks the treaty.
        "#]],
    );
}

#[test]
fn a_state_s_court_is_named_with_its_state_after_it() {
    check(
        "Chile's Supreme Court has rejected the appeal against the fishing ban.",
        expect![[r#"
            Supreme Court of Chile | reject | attributed | attributed-stance | Chile's Supreme Court has rejected the appeal against the fishing ban.
        "#]],
    );
}

#[test]
fn a_briefer_s_agenda_and_deflections_are_no_position() {
    check(
        "MS. LIND: Good to see you all again. We have a few items at the top. I'm not aware of any request from Vostria. Well, the quota has to be cut this year.",
        expect![[r#"
            Marta Lind | demand | direct | transcript-turn | Well, the quota has to be cut this year.
        "#]],
    );
}

#[test]
fn a_verb_of_saying_after_will_tells_of_a_position() {
    check(
        "Ingrid Solberg travels to the summit tomorrow. She will make clear that the quota must be cut.",
        expect![[r#"
            Ingrid Solberg | demand | reported | reported-speech | She will make clear that the quota must be cut.
        "#]],
    );
}

#[test]
fn an_and_in_the_topic_of_a_statement_s_title_is_no_second_speaker() {
    check_titled(
        "Statement by Prime Minister Ingrid Solberg on Fishing Quotas and Patrols",
        "Vostria seized two trawlers yesterday. We will not accept the seizure of our boats.",
        expect![[r#"
            Ingrid Solberg | assess | direct | transcript-turn | Vostria seized two trawlers yesterday.
            Ingrid Solberg | reject | direct | transcript-turn | We will not accept the seizure of our boats.
        "#]],
    );
}

#[test]
fn a_joint_appearance_s_title_names_no_single_speaker() {
    check_titled(
        "Remarks by Prime Minister Ingrid Solberg and President Pavel Orlov",
        "We will not accept the seizure of our boats.",
        expect![""],
    );
}

#[test]
fn a_speaker_stating_its_own_course_pledges_it() {
    check(
        r#""We will keep the ferry line between our ports running all winter," Ingrid Solberg said."#,
        expect![[r#"
            Ingrid Solberg | propose | direct | quote-speaker-after | "We will keep the ferry line between our ports running all winter," Ingrid Solberg said.
        "#]],
    );
}

#[test]
fn cannot_negates_the_word_after_it() {
    check(
        r#""Norland cannot allow foreign trawlers to empty its fishing grounds," Ingrid Solberg said."#,
        expect![[r#"
            Ingrid Solberg | reject | direct | quote-speaker-after | "Norland cannot allow foreign trawlers to empty its fishing grounds," Ingrid Solberg said.
        "#]],
    );
}

#[test]
fn ruling_out_business_as_usual_is_a_warning() {
    check(
        r#""After the seizure of the trawlers it cannot be business as usual with Vostria," Pavel Orlov said."#,
        expect![[r#"
            Pavel Orlov | warn | direct | quote-speaker-after | "After the seizure of the trawlers it cannot be business as usual with Vostria," Pavel Orlov said.
        "#]],
    );
}

/// The themes the bundled rules (`seeds/themes.toml`) give each statement of
/// a text, one line each as `actor | themes | sentence`.
fn check_bundled_themes(body: &str, expected: Expect) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let read = |path: &str| std::fs::read_to_string(dir.join(path)).unwrap();
    let registry = Registry::parse(
        "actors.toml",
        &read("tests/fixtures/corpus/actors.toml"),
        "themes.toml",
        &read("../../seeds/themes.toml"),
    )
    .unwrap();
    let lines = records(&registry, "A test report", body)
        .into_iter()
        .map(|r| format!("{} | {} | {}", r.actor, r.themes.join(", "), r.sentence));
    assert_lines(lines, expected);
}

#[test]
fn the_vocabulary_of_forces_in_the_field_is_military_posture() {
    check_bundled_themes(
        r#""Vostria has moved warplanes and ground forces closer to our coast," Ingrid Solberg said."#,
        expect![[r#"
            Ingrid Solberg | military-posture | "Vostria has moved warplanes and ground forces closer to our coast," Ingrid Solberg said.
        "#]],
    );
}

#[test]
fn the_vocabulary_of_talking_is_the_negotiation_format() {
    check_bundled_themes(
        r#"Pavel Orlov said his envoy had a long conversation with her counterpart in Oslund."#,
        expect![[r#"
            Pavel Orlov | negotiation-format | Pavel Orlov said his envoy had a long conversation with her counterpart in Oslund.
        "#]],
    );
}

#[test]
fn security_concerns_belong_to_the_security_order() {
    check_bundled_themes(
        r#""Norland has legitimate security concerns in the north," Pavel Orlov said."#,
        expect![[r#"
            Pavel Orlov | security-order | "Norland has legitimate security concerns in the north," Pavel Orlov said.
        "#]],
    );
}

#[test]
fn restricting_trade_and_drilling_for_oil_are_the_economy() {
    check_bundled_themes(
        r#"Ingrid Solberg said Norland would restrict drilling for oil in the disputed waters."#,
        expect![[r#"
            Ingrid Solberg | sanctions-economy | Ingrid Solberg said Norland would restrict drilling for oil in the disputed waters.
        "#]],
    );
}

#[test]
fn the_contact_line_and_separatists_are_the_minsk_process() {
    check_bundled_themes(
        r#"Pavel Orlov said the separatists had shelled villages along the contact line."#,
        expect![[r#"
            Pavel Orlov | minsk-process, ukraine-conflict | Pavel Orlov said the separatists had shelled villages along the contact line.
        "#]],
    );
}

#[test]
fn a_relationship_between_states_is_diplomatic_relations() {
    check_bundled_themes(
        r#""We want a calmer relationship with Vostria," Ingrid Solberg said."#,
        expect![[r#"
            Ingrid Solberg | diplomatic-relations | "We want a calmer relationship with Vostria," Ingrid Solberg said.
        "#]],
    );
}

#[test]
fn a_speaker_tag_in_capitals_takes_the_article_s_spelling_of_the_name() {
    check(
        "Administrator Dara McLeod joined the call.\n\nADMINISTRATOR MCLEOD: We will cut the quota by half.",
        expect![[r#"
            Dara McLeod | propose | direct | transcript-turn | We will cut the quota by half.
        "#]],
    );
}

#[test]
fn a_spoken_opener_hides_no_greeting_and_an_interjection_is_no_position() {
    check(
        "PRIME MINISTER SOLBERG: So, good afternoon and good evening. Well, great. We will not accept the tariff.",
        expect![[r#"
            Ingrid Solberg | reject | direct | transcript-turn | We will not accept the tariff.
        "#]],
    );
}

#[test]
fn a_turn_that_cites_another_in_an_aside_keeps_its_words() {
    check(
        "Pavel Orlov spoke first.\n\nPRIME MINISTER SOLBERG: As Pavel said, this is a historic agreement on fishing.",
        expect![[r#"
            Ingrid Solberg | assess | direct | transcript-turn | As Pavel said, this is a historic agreement on fishing.
        "#]],
    );
}

#[test]
fn initials_joined_by_stops_open_a_name() {
    check(
        "Fisheries spokesman K.T. Lindqvist said the quota would be cut. \"We have no choice,\" said Lindqvist.",
        expect![[r#"
            K.T. Lindqvist | assess | reported | reported-speech | Fisheries spokesman K.T. Lindqvist said the quota would be cut.
            K.T. Lindqvist | assess | direct | quote-speaker-after | "We have no choice," said Lindqvist.
        "#]],
    );
}

#[test]
fn a_place_word_ends_no_person_s_name() {
    check(
        "Marta Lind visited the Northern Fishing Territory on Monday.\n\nNoting the Northern Fishing Territory's poverty, she urged Vostria to lift the ban.",
        expect![[r#"
            Marta Lind | demand | reported | reported-speech | Noting the Northern Fishing Territory's poverty, she urged Vostria to lift the ban.
        "#]],
    );
}

#[test]
fn a_headline_verb_in_title_case_is_no_name() {
    check(
        "‘Keep the Boats in Port’, Council Stresses as Fisheries Chief Calls for New Quota Talks",
        expect![""],
    );
}

#[test]
fn a_possessive_representative_after_an_opening_phrase_speaks_for_the_state() {
    check(
        "Addressing the council, Norland's representative firmly rejected the charge. He stressed that the boats had fished lawfully.",
        expect![[r#"
            Norland | reject | attributed | attributed-stance | Addressing the council, Norland's representative firmly rejected the charge.
            Norland | assess | reported | reported-speech | He stressed that the boats had fished lawfully.
        "#]],
    );
}

#[test]
fn a_common_word_followed_by_a_connector_heads_a_party_s_name() {
    check(
        "The opposition Union of Coastal Towns Party rejected the quota. Ingrid Solberg of the conservative Law and Order Party publicly welcomed the quota.",
        expect![[r#"
            Union of Coastal Towns Party | reject | attributed | attributed-stance | The opposition Union of Coastal Towns Party rejected the quota.
        "#]],
    );
}

#[test]
fn the_one_reporters_asked_answers_and_a_cue_after_a_determiner_is_a_noun() {
    check(
        "Pavel Orlov said on Monday that Vostria would talk. Reporters later asked Ingrid Solberg about the offer. She said, \"Talking is a good thing.\"",
        expect![[r#"
            Pavel Orlov | propose | reported | reported-speech | Pavel Orlov said on Monday that Vostria would talk.
            Ingrid Solberg | support | direct | quote-speaker-before | She said, "Talking is a good thing."
        "#]],
    );
}

#[test]
fn two_states_after_a_body_s_of_both_name_it() {
    check(
        "The High Court of Norway and Sweden ruled that the fishing ban was lawful.",
        expect![[r#"
            High Court of Norway and Sweden | assess | reported | reported-speech | The High Court of Norway and Sweden ruled that the fishing ban was lawful.
        "#]],
    );
}

#[test]
fn stance_words_inside_names_take_no_stance() {
    check(
        r#""The United Nations Progress Office has great experience in the north," Pavel Orlov said."#,
        expect![[r#"
            Pavel Orlov | assess | direct | quote-speaker-after | "The United Nations Progress Office has great experience in the north," Pavel Orlov said.
        "#]],
    );
}

#[test]
fn a_subject_that_is_nobody_denies() {
    check(
        r#""Neither Vostria nor its allies have troops on the island," Marta Lind said."#,
        expect![[r#"
            Marta Lind | reject | direct | quote-speaker-after | "Neither Vostria nor its allies have troops on the island," Marta Lind said.
        "#]],
    );
}

#[test]
fn calling_a_claim_groundless_rejects_it() {
    check(
        r#""The charges against our fishermen are groundless," Pavel Orlov said."#,
        expect![[r#"
            Pavel Orlov | reject | direct | quote-speaker-after | "The charges against our fishermen are groundless," Pavel Orlov said.
        "#]],
    );
}

#[test]
fn a_forecast_of_force_warns() {
    check(
        r#""Vostria is poised to seize the island by force," Ingrid Solberg said."#,
        expect![[r#"
            Ingrid Solberg | warn | direct | quote-speaker-after | "Vostria is poised to seize the island by force," Ingrid Solberg said.
        "#]],
    );
}

#[test]
fn harm_foreseen_warns_and_harm_averted_does_not() {
    check(
        r#""A blockade of the strait will have costs for Vostria," Ingrid Solberg said. "The new ferry line will reduce the risk of a crisis in the north," Marta Lind said."#,
        expect![[r#"
            Ingrid Solberg | warn | direct | quote-speaker-after | "A blockade of the strait will have costs for Vostria," Ingrid Solberg said.
            Marta Lind | assess | direct | quote-speaker-after | "The new ferry line will reduce the risk of a crisis in the north," Marta Lind said.
        "#]],
    );
}

#[test]
fn denying_an_intention_rejects_and_a_build_up_warns() {
    check(
        r#""Norland is not looking to provoke a quarrel with Vostria," Ingrid Solberg said. "Vostria is massing tanks near the border, and our resolve is firm," Marta Lind said."#,
        expect![[r#"
            Ingrid Solberg | reject | direct | quote-speaker-after | "Norland is not looking to provoke a quarrel with Vostria," Ingrid Solberg said.
            Marta Lind | warn | direct | quote-speaker-after | "Vostria is massing tanks near the border, and our resolve is firm," Marta Lind said.
        "#]],
    );
}

#[test]
fn checking_if_something_holds_is_no_condition() {
    check(
        r#"Marta Lind said the inspectors will check if the harbour in Oslund is safe for ferries."#,
        expect![[r#"
            Marta Lind | assess | reported | reported-speech | Marta Lind said the inspectors will check if the harbour in Oslund is safe for ferries.
        "#]],
    );
}

#[test]
fn announcing_what_a_speech_will_cover_is_no_position() {
    check(
        "PRIME MINISTER SOLBERG: Today I want to talk about the fishing season and the talks with Vostria. The quota must be cut.",
        expect![[r#"
            Ingrid Solberg | demand | direct | transcript-turn | The quota must be cut.
        "#]],
    );
}

#[test]
fn a_named_subject_keeps_its_verb_beside_unnamed_groups() {
    check(
        "The Arctic Council and several environmental groups have accused the shipping firms of hiding spills.",
        expect![[r#"
            Arctic Council | reject | reported | reported-speech | The Arctic Council and several environmental groups have accused the shipping firms of hiding spills.
        "#]],
    );
}

#[test]
fn going_to_court_against_a_measure_objects_to_it() {
    check(
        "The Harbour Workers Union sued to block the new port fees. Last week the Green League filed a lawsuit against the permit.",
        expect![[r#"
            Harbour Workers Union | reject | attributed | attributed-stance | The Harbour Workers Union sued to block the new port fees.
            Green League | reject | attributed | attributed-stance | Last week the Green League filed a lawsuit against the permit.
        "#]],
    );
}

#[test]
fn a_place_in_a_title_is_no_part_of_the_name_after_it() {
    check(
        "The special envoy for Yemen Lea Harmon said the truce must hold. EU envoy on Chad Omar Sadik says the border talks will resume.",
        expect![[r#"
            Lea Harmon | demand | reported | reported-speech | The special envoy for Yemen Lea Harmon said the truce must hold.
            Omar Sadik | assess | reported | reported-speech | EU envoy on Chad Omar Sadik says the border talks will resume.
        "#]],
    );
}

#[test]
fn an_adjective_after_the_opens_a_party_s_name() {
    check(
        "The All Farmers Congress has called for the count to be repeated.",
        expect![[r#"
            All Farmers Congress | demand | reported | reported-speech | The All Farmers Congress has called for the count to be repeated.
        "#]],
    );
}

#[test]
fn a_document_read_out_speaks_for_its_owner_or_its_issuer() {
    check(
        "\"Old limits may once have had reasons,\" reads Judge Ana Varga's opinion. \"That time has passed.\"\n\nThe Green League issued a statement on Friday. Their statement also read \"the permit breaks the law\".",
        expect![[r#"
            Ana Varga | assess | direct | quote-speaker-after | "Old limits may once have had reasons," reads Judge Ana Varga's opinion.
            Ana Varga | assess | direct | quote-continued | "That time has passed."
            Green League | assess | direct | quote-colon | Their statement also read "the permit breaks the law".
        "#]],
    );
}

#[test]
fn a_capitalised_cue_word_inside_a_name_is_no_cue() {
    check(
        "Judge Ana Varga issued a ruling against the port on Friday. The port's lawyers took the decision to the Court of Appeals on Monday.",
        expect![[r#""#]],
    );
}

#[test]
fn words_that_judge_stand_by_or_foresee_harm_carry_the_stance() {
    check(
        "Marta Lind said the new quota was \"a sad day for the coast\". Ingrid Solberg said Norland stands with the fishing towns. Pavel Orlov said the build-up of patrol boats had raised tensions.",
        expect![[r#"
            Marta Lind | reject | reported | reported-speech | Marta Lind said the new quota was "a sad day for the coast".
            Ingrid Solberg | support | reported | reported-speech | Ingrid Solberg said Norland stands with the fishing towns.
            Pavel Orlov | warn | reported | reported-speech | Pavel Orlov said the build-up of patrol boats had raised tensions.
        "#]],
    );
}

#[test]
fn a_hyphenated_adjective_a_body_s_own_noun_and_an_instruction() {
    check(
        "The Yemen-based Houthi movement said the port would stay closed. Marta Lind met the mayor. She also instructed the police to find who leaked the recording.",
        expect![[r#"
            Houthis | assess | reported | reported-speech | The Yemen-based Houthi movement said the port would stay closed.
            Marta Lind | demand | reported | reported-speech | She also instructed the police to find who leaked the recording.
        "#]],
    );
}

#[test]
fn a_former_office_and_a_passive_with_an_adverb_give_no_speaker() {
    check(
        "President Tom Reyes met the strikers. Former President Ana Diaz ruled in the 1990s. The union said the President accepted its demands. Diaz was also praised abroad.",
        expect![[r#"
            Tom Reyes | support | attributed | attributed-stance | The union said the President accepted its demands.
        "#]],
    );
}

#[test]
fn a_legislature_s_vote_with_its_place_set_off_by_commas() {
    check(
        "Yesterday, the Parliament of Tasmania (POT), Australia voted to ban the nets. The United States House of Representatives passed a resolution to end the tariffs. House of Commons Speaker Jane Roe voted against the motion.",
        expect![[r#"
            Parliament of Tasmania | demand | reported | reported-speech | Yesterday, the Parliament of Tasmania (POT), Australia voted to ban the nets.
            United States House of Representatives | demand | reported | reported-speech | The United States House of Representatives passed a resolution to end the tariffs.
            Jane Roe | reject | attributed | attributed-stance | House of Commons Speaker Jane Roe voted against the motion.
        "#]],
    );
}

#[test]
fn a_family_name_written_first_refers_back_to_the_full_name() {
    check(
        "Vice minister Ri Son Gu said talks could resume in May. Later, Ri said the offer would not stand for long.",
        expect![[r#"
            Ri Son Gu | assess | reported | reported-speech | Vice minister Ri Son Gu said talks could resume in May.
            Ri Son Gu | assess | reported | reported-speech | Later, Ri said the offer would not stand for long.
        "#]],
    );
}

#[test]
fn a_cue_phrase_holds_no_punctuation_between_its_words() {
    check(
        "Judge Ana Varga said the reasoning of an earlier Appeals Court ruling, that the permit was needed, no longer holds.",
        expect![[r#"
            Ana Varga | assess | reported | reported-speech | Judge Ana Varga said the reasoning of an earlier Appeals Court ruling, that the permit was needed, no longer holds.
        "#]],
    );
}

#[test]
fn a_court_ruled_with_a_clause_after_it_holds_a_position() {
    check(
        "The Court of Session ruled on Monday the levy was unlawful. King Harald ruled the islands for forty years.",
        expect![[r#"
            Court of Session | reject | reported | reported-speech | The Court of Session ruled on Monday the levy was unlawful.
        "#]],
    );
}

#[test]
fn a_count_before_a_plural_names_a_group_not_a_person() {
    check(
        "Two Norwegians rejected the new quota at the harbour meeting.",
        expect![[r#""#]],
    );
}

#[test]
fn according_to_a_titled_person_or_their_memo() {
    check(
        r#"According to Chilean Foreign Minister Pablo Rojas, the border will reopen in May.

According to the Valparaíso port director, Ines Baeza, during the night, two ships ran aground.

According to a memo posted online by Senator Luis Mena, the committee cancelled its hearing.

According to figures from the Arctic Council, the ice shelf shrank by a tenth."#,
        expect![[r#"
            Pablo Rojas | assess | reported | according-to | According to Chilean Foreign Minister Pablo Rojas, the border will reopen in May.
            Ines Baeza | assess | reported | according-to | According to the Valparaíso port director, Ines Baeza, during the night, two ships ran aground.
            Luis Mena | assess | reported | according-to | According to a memo posted online by Senator Luis Mena, the committee cancelled its hearing.
            Arctic Council | assess | reported | according-to | According to figures from the Arctic Council, the ice shelf shrank by a tenth.
        "#]],
    );
}

#[test]
fn bodies_named_with_a_common_word_or_a_state_of_two_words_and_names_with_particles() {
    check(
        r#"The Coast Guard said it had suspended the search.

The Central Bank of Sri Lanka warned that prices would keep rising.

Lieutenant Maria dela Paz of the Northern Naval Command said the patrols would resume.

Captain Ivo Rask of the navy's Northern Fleet Command said the exercise was over."#,
        expect![[r#"
            Coast Guard | assess | reported | reported-speech | The Coast Guard said it had suspended the search.
            Central Bank of Sri Lanka | warn | reported | reported-speech | The Central Bank of Sri Lanka warned that prices would keep rising.
            Maria dela Paz | assess | reported | reported-speech | Lieutenant Maria dela Paz of the Northern Naval Command said the patrols would resume.
            Ivo Rask | assess | reported | reported-speech | Captain Ivo Rask of the navy's Northern Fleet Command said the exercise was over.
        "#]],
    );
}

#[test]
fn said_then_a_description_and_the_name() {
    check(
        r#""We will keep looking for him," said his sister, Mira Halvorsen, after the hearing. "Nobody should give up."

"The rules must change," said a senior aide, Tomas Ekdahl."#,
        expect![[r#"
            Mira Halvorsen | propose | direct | quote-speaker-after | "We will keep looking for him," said his sister, Mira Halvorsen, after the hearing.
            Mira Halvorsen | reject | direct | quote-continued | "Nobody should give up."
            Tomas Ekdahl | demand | direct | quote-speaker-after | "The rules must change," said a senior aide, Tomas Ekdahl.
        "#]],
    );
}

#[test]
fn an_outlet_whose_name_opens_with_an_acronym_is_no_speaker() {
    check(
        r#"An eyewitness described for news agency PA Media how the fire spread, stating, "I saw smoke above the depot."

The daily Dagsavisen reported that the mayor had resigned."#,
        expect![[r#""#]],
    );
}

#[test]
fn an_unnamed_person_given_a_name() {
    check(
        r#"A retired teacher named Okonkwo said, "We will march again next week."

A man named as the driver was arrested."#,
        expect![[r#"
            Okonkwo | propose | direct | quote-speaker-before | A retired teacher named Okonkwo said, "We will march again next week."
        "#]],
    );
}

#[test]
fn a_document_from_a_body_speaks_for_it() {
    check(
        r#"A report from the Chilean government said nine citizens were missing.

A memo by the Arctic Council says the ice shelf is shrinking."#,
        expect![[r#"
            Chile | assess | reported | reported-speech | A report from the Chilean government said nine citizens were missing.
            Arctic Council | assess | reported | reported-speech | A memo by the Arctic Council says the ice shelf is shrinking.
        "#]],
    );
}

#[test]
fn a_partner_set_off_by_along_with_shares_the_verb() {
    check(
        r#"Senator Ada Brunvoll, along with Senator Kofi Mensah of Ohio, said the bill would protect voters.

Ada Brunvoll, together with Kofi Mensah, called for a recount."#,
        expect![[r#"
            Ada Brunvoll | assess | reported | reported-speech | Senator Ada Brunvoll, along with Senator Kofi Mensah of Ohio, said the bill would protect voters.
            Kofi Mensah | assess | reported | reported-speech | Senator Ada Brunvoll, along with Senator Kofi Mensah of Ohio, said the bill would protect voters.
            Ada Brunvoll | demand | reported | reported-speech | Ada Brunvoll, together with Kofi Mensah, called for a recount.
            Kofi Mensah | demand | reported | reported-speech | Ada Brunvoll, together with Kofi Mensah, called for a recount.
        "#]],
    );
}

#[test]
fn a_role_after_the_verb_is_no_part_of_the_subject() {
    check(
        r#"The Farmers Alliance of Upper Volta held a rally on Sunday.

The FAUV says its candidate carried every district.

The FAUV claims the leader of the rival bloc bought votes."#,
        expect![[r#"
            Farmers Alliance of Upper Volta | assess | reported | reported-speech | The FAUV says its candidate carried every district.
            Farmers Alliance of Upper Volta | assess | reported | reported-speech | The FAUV claims the leader of the rival bloc bought votes.
        "#]],
    );
}

#[test]
fn a_short_name_is_the_full_name_the_article_gives() {
    check(
        r#"Governor Quintana resigns

Governor Elena Quintana Ferrer said on Friday that she would resign.

Quintana said the protests had shown her the way.

Holt warns of losses

The carmaker Holt Motor Company said sales fell by a fifth.

Holt said it would close two plants.

A court fined Vesta Norway Limited for late filings. Vesta said it would appeal."#,
        expect![[r#"
            Elena Quintana Ferrer | propose | reported | reported-speech | Governor Elena Quintana Ferrer said on Friday that she would resign.
            Elena Quintana Ferrer | assess | reported | reported-speech | Quintana said the protests had shown her the way.
            Holt Motor Company | assess | reported | reported-speech | The carmaker Holt Motor Company said sales fell by a fifth.
            Holt Motor Company | propose | reported | reported-speech | Holt said it would close two plants.
            Vesta | reject | reported | reported-speech | Vesta said it would appeal.
        "#]],
    );
}

#[test]
fn a_state_legislator_title_is_no_part_of_the_name() {
    check(
        r#"Assemblywoman Rosa Delgado said the budget would pass.

Councilman Peter Haugen said the vote was rushed."#,
        expect![[r#"
            Rosa Delgado | assess | reported | reported-speech | Assemblywoman Rosa Delgado said the budget would pass.
            Peter Haugen | assess | reported | reported-speech | Councilman Peter Haugen said the vote was rushed.
        "#]],
    );
}

#[test]
fn a_given_name_before_a_place_or_outlet_makes_it_a_surname() {
    check(
        r#"Karen Post, the city's budget director, presented the plan on Monday.

Post said the cuts would spare schools.

Daniel Chad told the council the vote was rushed. Mr Chad said he would appeal."#,
        expect![[r#"
            Karen Post | propose | attributed | attributed-stance | Karen Post, the city's budget director, presented the plan on Monday.
            Karen Post | assess | reported | reported-speech | Post said the cuts would spare schools.
            Daniel Chad | assess | reported | reported-speech | Daniel Chad told the council the vote was rushed.
            Daniel Chad | reject | reported | reported-speech | Mr Chad said he would appeal.
        "#]],
    );
}

#[test]
fn a_person_of_a_described_body_is_the_speaker() {
    check(
        r#"Marta Olsen of the national tenants group Fair Rent Now said the bill would not stop evictions.

Amongst the critics, Olsen said the rules came too late.

According to the Regional Conference of Port Authorities, cargo volumes fell by a third."#,
        expect![[r#"
            Marta Olsen | assess | reported | reported-speech | Marta Olsen of the national tenants group Fair Rent Now said the bill would not stop evictions.
            Marta Olsen | assess | reported | reported-speech | Amongst the critics, Olsen said the rules came too late.
            Regional Conference of Port Authorities | assess | reported | according-to | According to the Regional Conference of Port Authorities, cargo volumes fell by a third.
        "#]],
    );
}

#[test]
fn who_after_a_name_in_a_phrase_is_that_name() {
    check(
        r#"Inspectors toured the farm of Councillor Hanne Dahl, who told reporters the fence had been cut twice.

The motion came from the office of Tomas Berg, who has not said whether he backs it."#,
        expect![[r#"
            Hanne Dahl | assess | reported | reported-speech | Inspectors toured the farm of Councillor Hanne Dahl, who told reporters the fence had been cut twice.
        "#]],
    );
}

#[test]
fn a_pronoun_after_a_subject_tells_the_gender_its_name_did_not() {
    check(
        r#"Councillor Daniel Moss said he had lost his seat.

Robin Okoye won the district, her first victory in a decade.

"We will be back," he said."#,
        expect![[r#"
            Daniel Moss | assess | reported | reported-speech | Councillor Daniel Moss said he had lost his seat.
            Daniel Moss | assess | direct | quote-speaker-after | "We will be back," he said.
        "#]],
    );
}

#[test]
fn what_a_body_puts_out_speaks_for_it() {
    check(
        r#"The Harbour Workers Union's strike notice claimed the port had broken the pay deal.

The Tidewater Group’s press release reported that the strike had cost millions.

The Dockers Union's DMCA notice alleged the code broke the law."#,
        expect![[r#"
            Harbour Workers Union | assess | reported | reported-speech | The Harbour Workers Union's strike notice claimed the port had broken the pay deal.
            Tidewater Group | assess | reported | reported-speech | The Tidewater Group’s press release reported that the strike had cost millions.
            Dockers Union | assess | reported | reported-speech | The Dockers Union's DMCA notice alleged the code broke the law.
        "#]],
    );
}

#[test]
fn a_legislator_who_brings_in_a_bill_proposes_it() {
    check(
        r#"Support came from Senator from Vermont Ingrid Solberg, who introduced a bill to cap rents.

Solberg, along with Senator Paul Greco of Maine, cosponsored the measure.

The treaty with Norland, which was signed in May, was later dropped."#,
        expect![[r#"
            Ingrid Solberg | propose | attributed | attributed-stance | Support came from Senator from Vermont Ingrid Solberg, who introduced a bill to cap rents.
            Ingrid Solberg | propose | attributed | attributed-stance | Solberg, along with Senator Paul Greco of Maine, cosponsored the measure.
            Paul Greco | propose | attributed | attributed-stance | Solberg, along with Senator Paul Greco of Maine, cosponsored the measure.
        "#]],
    );
}

#[test]
fn a_voice_of_those_against_the_owner_is_not_the_owner() {
    check(
        r#"Norland's main opposition group said the vote had been rigged.

Norland's government said the vote had been fair."#,
        expect![[r#"
            Norland | assess | reported | reported-speech | Norland's government said the vote had been fair.
        "#]],
    );
}

#[test]
fn a_role_used_before_any_holder_is_named_stays_with_that_unnamed_principal() {
    check(
        r#"The President met the governors of the coastal states on Monday to discuss the storm season, and the meeting ran for more than two hours in the residence's east wing.

Officials from several agencies joined by video, and the governors brought their own requests for help with shelters, fuel and the repair of roads after the floods of last year.

Talks on fishing rights with the neighbouring country continued, and President Tomas Varga of Norland sent a letter asking for a joint patrol of the shared bay.

Rain is forecast for the whole coast this week, and the ports have closed their outer docks to small boats until the wind drops below gale force. Schools in the lower districts will stay shut on Tuesday and Wednesday.

The President said the storm funds would be released by the end of the month."#,
        expect![[r#"
            Tomas Varga | demand | reported | reported-speech | Talks on fishing rights with the neighbouring country continued, and President Tomas Varga of Norland sent a letter asking for a joint patrol of the shared bay.
        "#]],
    );
}

#[test]
fn both_leaders_are_the_two_people_named_together_not_their_states() {
    check(
        r#"President Ana Ruiz met with Prime Minister Tomas Varga of Peru on Monday.

Customs offices in both Chile and Peru have opened new posts on the border.

Both leaders also stressed the need to prosecute smugglers."#,
        expect![[r#"
            Ana Ruiz | demand | reported | reported-speech | Both leaders also stressed the need to prosecute smugglers.
            Tomas Varga | demand | reported | reported-speech | Both leaders also stressed the need to prosecute smugglers.
        "#]],
    );
}

#[test]
fn a_no_break_space_inside_a_title_run_is_read_as_a_space() {
    check(
        "A delegation led by Deputy\u{a0}Commander Ana Ruiz said the port deal was welcome.",
        expect![[r#"
            Ana Ruiz | support | reported | reported-speech | A delegation led by Deputy Commander Ana Ruiz said the port deal was welcome.
        "#]],
    );
}

#[test]
fn the_owner_of_a_position_a_speaker_welcomes_holds_it_too() {
    check(
        r#"President Ana Ruiz met Prime Minister Tomas Varga on Monday.

She welcomed the Prime Minister's decision to open two new border posts.

She reaffirmed Chile's commitment to the joint patrols."#,
        expect![[r#"
            Ana Ruiz | support | attributed | attributed-stance | She welcomed the Prime Minister's decision to open two new border posts.
            Tomas Varga | propose | attributed | possessive-position | She welcomed the Prime Minister's decision to open two new border posts.
            Ana Ruiz | support | reported | reported-speech | She reaffirmed Chile's commitment to the joint patrols.
        "#]],
    );
}

#[test]
fn a_generational_suffix_does_not_part_two_leaders_who_met() {
    check(
        r#"President Tomas Varga, Jr. met on Monday with President Ana Ruiz of Peru.

The two leaders resolved to reopen the mountain railway."#,
        expect![[r#"
            Tomas Varga | propose | reported | reported-speech | The two leaders resolved to reopen the mountain railway.
            Ana Ruiz | propose | reported | reported-speech | The two leaders resolved to reopen the mountain railway.
        "#]],
    );
}

#[test]
fn raising_objections_or_ongoing_concerns_is_a_position() {
    check(
        r#"Minister Ana Ruiz raised ongoing concerns about the dam upstream.

Minister Tomas Varga raised objections to the new tolls."#,
        expect![[r#"
            Ana Ruiz | warn | reported | reported-speech | Minister Ana Ruiz raised ongoing concerns about the dam upstream.
            Tomas Varga | reject | reported | reported-speech | Minister Tomas Varga raised objections to the new tolls.
        "#]],
    );
}

#[test]
fn stressing_the_importance_of_a_thing_backs_it() {
    check(
        "Minister Ana Ruiz stressed the importance of open sea lanes for the region's ports.",
        expect![[r#"
            Ana Ruiz | support | reported | reported-speech | Minister Ana Ruiz stressed the importance of open sea lanes for the region's ports.
        "#]],
    );
}

#[test]
fn a_given_name_after_a_body_s_completed_name_opens_a_person() {
    check(
        "Assistant Secretary of the Navy for Acquisition Michael Roe defended the choice of the shipyard.",
        expect![[r#"
            Michael Roe | support | attributed | attributed-stance | Assistant Secretary of the Navy for Acquisition Michael Roe defended the choice of the shipyard.
        "#]],
    );
}

#[test]
fn a_passive_agent_after_what_the_position_calls_the_thing_holds_it() {
    check(
        r#"The new count was hailed as fair by officials in Chile and the European Union.

The tolls were rejected as unlawful by Peru."#,
        expect![[r#"
            Chile | support | reported | reported-speech | The new count was hailed as fair by officials in Chile and the European Union.
            European Union | support | reported | reported-speech | The new count was hailed as fair by officials in Chile and the European Union.
            Peru | reject | attributed | attributed-stance | The tolls were rejected as unlawful by Peru.
        "#]],
    );
}

#[test]
fn testifying_disclosing_and_branding_report_a_position() {
    check(
        r#"Minister Ana Ruiz testified that the dam had never been inspected.

Senator Tomas Varga branded the inquiry a waste of public money."#,
        expect![[r#"
            Ana Ruiz | assess | reported | reported-speech | Minister Ana Ruiz testified that the dam had never been inspected.
            Tomas Varga | assess | reported | reported-speech | Senator Tomas Varga branded the inquiry a waste of public money.
        "#]],
    );
}

#[test]
fn a_title_case_headline_verb_ends_the_full_name_before_it() {
    check_titled(
        "Press Call by Trade Advisor Maren Okafor Previewing Round Two of the Talks",
        "ADVISOR OKAFOR: We are confident the partners will sign the accord.",
        expect![[r#"
            Maren Okafor | assess | direct | transcript-turn | We are confident the partners will sign the accord.
        "#]],
    );
}

#[test]
fn agreeing_to_do_something_pledges_it_where_agreeing_to_a_thing_accepts_it() {
    check(
        "Vostria and Norland agreed to set up a joint commission on fishing quotas.\n\nOn Friday, Vostria agreed to the new catch limits.",
        expect![[r#"
            Norland | propose | attributed | attributed-stance | Vostria and Norland agreed to set up a joint commission on fishing quotas.
            Vostria | propose | attributed | attributed-stance | Vostria and Norland agreed to set up a joint commission on fishing quotas.
            Vostria | support | attributed | attributed-stance | On Friday, Vostria agreed to the new catch limits.
        "#]],
    );
}

#[test]
fn a_verb_of_restating_takes_the_stance_of_the_position_it_names() {
    check(
        "Fisheries Minister Lena Holt underscored the priority her government gives the quota pact.\n\nHolt also voiced her opposition to a longer season.",
        expect![[r#"
            Lena Holt | support | reported | reported-speech | Fisheries Minister Lena Holt underscored the priority her government gives the quota pact.
            Lena Holt | reject | reported | reported-speech | Holt also voiced her opposition to a longer season.
        "#]],
    );
}

#[test]
fn a_characterisation_takes_the_stance_of_its_one_word_of_judgement() {
    check(
        "Union leader Ivo Marsh called the new quota tables weak.",
        expect![[r#"
            Ivo Marsh | reject | reported | reported-speech | Union leader Ivo Marsh called the new quota tables weak.
        "#]],
    );
}

#[test]
fn what_should_be_done_is_a_demand() {
    check(
        "Harbour master Ola Berg said the quota rules should be changed before the season.",
        expect![[r#"
            Ola Berg | demand | reported | reported-speech | Harbour master Ola Berg said the quota rules should be changed before the season.
        "#]],
    );
}

#[test]
fn discussing_a_position_holds_it_where_discussing_a_topic_narrates() {
    check(
        "Lena Holt and Pavel Orlov discussed the need for a joint patrol of the fishing grounds. They also discussed the weather.",
        expect![[r#"
            Pavel Orlov | demand | reported | reported-speech | Lena Holt and Pavel Orlov discussed the need for a joint patrol of the fishing grounds.
            Lena Holt | demand | reported | reported-speech | Lena Holt and Pavel Orlov discussed the need for a joint patrol of the fishing grounds.
        "#]],
    );
}

#[test]
fn whoever_an_act_is_done_at_the_request_of_holds_the_wish() {
    check(
        "The assembly was dissolved at the request of Prime Minister Lena Holt. Observers returned at Vostria's invitation.",
        expect![[r#"
            Lena Holt | demand | attributed | possessive-position | The assembly was dissolved at the request of Prime Minister Lena Holt.
            Vostria | propose | attributed | possessive-position | Observers returned at Vostria's invitation.
        "#]],
    );
}

#[test]
fn examples_after_like_and_a_fellow_after_and_share_the_verb() {
    check(
        "Fishing nations like Vostria and Norland insist that the quotas be cut. Senator Ivo Marsh and fellow Senator Lena Holt proposed a new tax.",
        expect![[r#"
            Norland | demand | reported | reported-speech | Fishing nations like Vostria and Norland insist that the quotas be cut.
            Vostria | demand | reported | reported-speech | Fishing nations like Vostria and Norland insist that the quotas be cut.
            Lena Holt | propose | attributed | attributed-stance | Senator Ivo Marsh and fellow Senator Lena Holt proposed a new tax.
            Ivo Marsh | propose | attributed | attributed-stance | Senator Ivo Marsh and fellow Senator Lena Holt proposed a new tax.
        "#]],
    );
}

#[test]
fn the_one_agreed_with_holds_what_is_agreed() {
    check(
        "Senator Ivo Marsh agreed with Lena Holt that the herring quota was too high. Marsh agreed with the decision of the court.",
        expect![[r#"
            Ivo Marsh | support | attributed | attributed-stance | Senator Ivo Marsh agreed with Lena Holt that the herring quota was too high.
            Lena Holt | support | attributed | attributed-stance | Senator Ivo Marsh agreed with Lena Holt that the herring quota was too high.
            Ivo Marsh | support | attributed | attributed-stance | Marsh agreed with the decision of the court.
        "#]],
    );
}

#[test]
fn a_report_of_a_position_taken_gives_it_to_its_holder_too() {
    check(
        "Envoy Ivo Marsh said Vostria had accepted the truce. Marsh said Norland wants a war.",
        expect![[r#"
            Ivo Marsh | assess | reported | reported-speech | Envoy Ivo Marsh said Vostria had accepted the truce.
            Vostria | support | attributed | attributed-stance | Envoy Ivo Marsh said Vostria had accepted the truce.
            Ivo Marsh | assess | reported | reported-speech | Marsh said Norland wants a war.
        "#]],
    );
}

#[test]
fn a_verb_of_saying_inverted_after_what_was_said_has_the_name_after_it() {
    check(
        "The quota deal is a step forward, said Fisheries Minister Lena Holt on Tuesday.\n\nThe deal is \"fair to both fleets,\" said Ivo Marsh, a union leader.",
        expect![[r#"
            Lena Holt | support | reported | reported-speech | The quota deal is a step forward, said Fisheries Minister Lena Holt on Tuesday.
            Ivo Marsh | assess | direct | quote-speaker-after | The deal is "fair to both fleets," said Ivo Marsh, a union leader.
        "#]],
    );
}

#[test]
fn a_judgement_of_worth_after_a_plain_verb_of_saying_takes_its_stance() {
    check(
        "Union leader Ivo Marsh said the new quota was dubious. Minister Lena Holt said the vote was legitimate and fair.",
        expect![[r#"
            Ivo Marsh | reject | reported | reported-speech | Union leader Ivo Marsh said the new quota was dubious.
            Lena Holt | support | reported | reported-speech | Minister Lena Holt said the vote was legitimate and fair.
        "#]],
    );
}

#[test]
fn a_verb_of_conveying_is_a_cue_only_with_a_position_in_its_object() {
    check(
        "Trade envoy Mara Quist raised Danish objections to the new port fees.\n\nQuist also shared a stage with the harbour master and raised the fees for her own ships.",
        expect![[r#"
            Mara Quist | reject | reported | reported-speech | Trade envoy Mara Quist raised Danish objections to the new port fees.
        "#]],
    );
}

#[test]
fn a_telephone_call_is_no_characterisation() {
    check(
        "Premier Ivo Brandt called Chancellor Mia Lund on Friday to discuss the grain corridor.\n\nBrandt called the corridor a lifeline.",
        expect![[r#"
            Ivo Brandt | assess | reported | reported-speech | Brandt called the corridor a lifeline.
        "#]],
    );
}

#[test]
fn a_charge_laid_on_somebody_is_no_act_of_accusing() {
    check(
        "The pact allowed Poland to extradite accused smugglers, and lets Poland try anyone accused of piracy.\n\nPoland accused Estland of harbouring the pirates.",
        expect![[r#"
            Poland | reject | reported | reported-speech | Poland accused Estland of harbouring the pirates.
        "#]],
    );
}

#[test]
fn a_copula_with_a_noun_of_standing_gives_the_subject_its_stance() {
    check(
        "Senator Ada Roos is a longtime critic of the fishing quota.\n\nMayor Ben Ekdahl has been the bridge project's most vocal supporter.\n\nRoos is the leader of the opponents of the bridge.",
        expect![[r#"
            Ada Roos | reject | attributed | attributed-stance | Senator Ada Roos is a longtime critic of the fishing quota.
            Ben Ekdahl | support | attributed | attributed-stance | Mayor Ben Ekdahl has been the bridge project's most vocal supporter.
        "#]],
    );
}

#[test]
fn both_and_each_side_mean_the_two_last_named_together() {
    check(
        "Premier Ivo Brandt met Chancellor Mia Lund in Oslo on Monday.\n\nBoth voiced concern about the fishing quota.\n\nEach side pledged to publish its catch figures.",
        expect![[r#"
            Ivo Brandt | warn | reported | reported-speech | Both voiced concern about the fishing quota.
            Mia Lund | warn | reported | reported-speech | Both voiced concern about the fishing quota.
            Ivo Brandt | propose | reported | reported-speech | Each side pledged to publish its catch figures.
            Mia Lund | propose | reported | reported-speech | Each side pledged to publish its catch figures.
        "#]],
    );
}

#[test]
fn a_commitment_to_act_pledges_the_act() {
    check(
        "Minister Ivo Brandt reaffirmed his commitment to reopen the border crossing.\n\nBrandt reaffirmed his commitment to the border treaty.",
        expect![[r#"
            Ivo Brandt | propose | reported | reported-speech | Minister Ivo Brandt reaffirmed his commitment to reopen the border crossing.
            Ivo Brandt | support | reported | reported-speech | Brandt reaffirmed his commitment to the border treaty.
        "#]],
    );
}

#[test]
fn a_ruling_reaches_its_clause_across_a_hyphenated_word() {
    check(
        "District Judge Ann Moller ruled the two-year fishing ban violated the charter.",
        expect![[r#"
            Ann Moller | assess | reported | reported-speech | District Judge Ann Moller ruled the two-year fishing ban violated the charter.
        "#]],
    );
}

#[test]
fn a_known_given_name_opens_the_name_after_a_long_title() {
    check(
        "Head of Coast Guard Communications Tim Aldous said the search would go on.\n\nDeputy Minister of Foreign Affairs Nicole Varga said the talks had failed.",
        expect![[r#"
            Tim Aldous | assess | reported | reported-speech | Head of Coast Guard Communications Tim Aldous said the search would go on.
            Nicole Varga | assess | reported | reported-speech | Deputy Minister of Foreign Affairs Nicole Varga said the talks had failed.
        "#]],
    );
}

#[test]
fn a_pronoun_with_a_contracted_verb_is_a_subject() {
    check(
        "Minister Ivo Brandt arrives in Oslo on Monday.\n\nHe'll say that the quota must be cut.\n\nMinister Mia Lund stays at home, and she’s said the quota is fair.",
        expect![[r#"
            Ivo Brandt | demand | reported | reported-speech | He'll say that the quota must be cut.
            Mia Lund | assess | reported | reported-speech | Minister Mia Lund stays at home, and she’s said the quota is fair.
        "#]],
    );
}

#[test]
fn a_second_passive_participle_takes_its_own_agent() {
    check(
        "The fishing pact was welcomed by Norway and criticised by Iceland.",
        expect![[r#"
            Norway | support | attributed | attributed-stance | The fishing pact was welcomed by Norway and criticised by Iceland.
            Iceland | reject | reported | reported-speech | The fishing pact was welcomed by Norway and criticised by Iceland.
        "#]],
    );
}

#[test]
fn the_which_of_a_relative_clause_is_the_body_before_it() {
    check(
        "The quota plan drew a sharp reply from Iceland, which called it reckless.\n\nErik Moe is the spokesman for the Coastal League, which backs the plan.\n\nHe said the plan would save the fishery.",
        expect![[r#"
            Iceland | reject | reported | reported-speech | The quota plan drew a sharp reply from Iceland, which called it reckless.
            Coastal League | support | attributed | attributed-stance | Erik Moe is the spokesman for the Coastal League, which backs the plan.
            Erik Moe | assess | reported | reported-speech | He said the plan would save the fishery.
        "#]],
    );
}

#[test]
fn being_open_to_talks_offers_them() {
    check(
        "Minister Ivo Brandt said he was open to talks on the quota.",
        expect![[r#"
            Ivo Brandt | propose | reported | reported-speech | Minister Ivo Brandt said he was open to talks on the quota.
        "#]],
    );
}

#[test]
fn a_body_of_chiefs_is_no_person() {
    check(
        "Norway's Joint Chiefs of Staff said the patrol boats would stay in port.",
        expect![[r#"
            Norwegian Joint Chiefs of Staff | assess | reported | reported-speech | Norway's Joint Chiefs of Staff said the patrol boats would stay in port.
        "#]],
    );
}

#[test]
fn a_plural_role_after_a_meeting_is_the_two_who_met() {
    check(
        "President Ivo Brandt met President Mia Lund in Oslo on Monday.\n\nThe leaders agreed to share their catch figures.\n\nThe Presidents committed to a joint patrol.",
        expect![[r#"
            Ivo Brandt | propose | attributed | attributed-stance | The leaders agreed to share their catch figures.
            Mia Lund | propose | attributed | attributed-stance | The leaders agreed to share their catch figures.
            Ivo Brandt | propose | reported | reported-speech | The Presidents committed to a joint patrol.
            Mia Lund | propose | reported | reported-speech | The Presidents committed to a joint patrol.
        "#]],
    );
}

#[test]
fn an_adjective_of_judgement_with_its_object_is_a_stance() {
    check(
        "Erik Moe, the founder of the Coastal League, has long been highly critical of the quota.\n\nMinister Ana Ruiz is supportive of the new quota.\n\nGovernor Ivo Brandt remains skeptical of the quota.",
        expect![[r#"
            Erik Moe | reject | attributed | attributed-stance | Erik Moe, the founder of the Coastal League, has long been highly critical of the quota.
            Ana Ruiz | support | attributed | attributed-stance | Minister Ana Ruiz is supportive of the new quota.
            Ivo Brandt | reject | attributed | attributed-stance | Governor Ivo Brandt remains skeptical of the quota.
        "#]],
    );
}

#[test]
fn a_hyphenated_cue_is_read_across_its_hyphen() {
    check(
        "The quota bill was co-sponsored by Senator Tom Hale.",
        expect![[r#"
            Tom Hale | propose | attributed | attributed-stance | The quota bill was co-sponsored by Senator Tom Hale.
        "#]],
    );
}

#[test]
fn a_title_in_the_plural_is_no_part_of_the_first_name() {
    check(
        "Senators Ana Ruiz and Tom Hale rejected the quota bill.",
        expect![[r#"
            Tom Hale | reject | attributed | attributed-stance | Senators Ana Ruiz and Tom Hale rejected the quota bill.
            Ana Ruiz | reject | attributed | attributed-stance | Senators Ana Ruiz and Tom Hale rejected the quota bill.
        "#]],
    );
}

#[test]
fn a_participle_of_saying_hands_the_quotation_to_its_clause() {
    check(
        "After the count of the second round, Ana Ruiz issued a statement at her office in the harbour town saying, \"The simple fact is this count is far from over. We will go to court.\"\n\nIn a long post on her website before the vote, Lena Berg backed the quota plan, writing, \"It is the only way to save the fishery. Every boat will share the cost.\"",
        expect![[r#"
            Ana Ruiz | assess | direct | quote-colon | After the count of the second round, Ana Ruiz issued a statement at her office in the harbour town saying, "The simple fact is this count is far from over.
            Ana Ruiz | propose | direct | quote-colon | We will go to court."
            Lena Berg | support | direct | quote-speaker-before | In a long post on her website before the vote, Lena Berg backed the quota plan, writing, "It is the only way to save the fishery.
            Lena Berg | support | direct | quote-continued | Every boat will share the cost."
        "#]],
    );
}

#[test]
fn a_no_break_space_inside_a_name_is_a_space() {
    check(
        "Director Ivo\u{a0}Brandt said the quota would stay.",
        expect![[r#"
            Ivo Brandt | assess | reported | reported-speech | Director Ivo Brandt said the quota would stay.
        "#]],
    );
}

#[test]
fn the_other_side_of_a_meeting_is_the_person_after_a_run_of_titles() {
    check(
        "Premier Ivo Brandt met on May 3 with Harbour Party Chair, Director of the Office of Fisheries, and Foreign Minister Mia Lund in Oslo.\n\nBoth sides welcomed efforts to keep talking.",
        expect![[r#"
            Ivo Brandt | support | attributed | attributed-stance | Both sides welcomed efforts to keep talking.
            Mia Lund | support | attributed | attributed-stance | Both sides welcomed efforts to keep talking.
        "#]],
    );
}

#[test]
fn welcoming_a_guest_is_hosting_not_backing() {
    check(
        "President Tom Hale welcomed Prime Minister Ana Ruiz to the capital on Friday.\n\nMayor Lena Berg has welcomed more than 2,000 refugees to the city.\n\nMayor Lena Berg welcomed the decision to lower the quota.",
        expect![[r#"
            Lena Berg | support | attributed | attributed-stance | Mayor Lena Berg welcomed the decision to lower the quota.
        "#]],
    );
}

#[test]
fn a_common_adjective_after_a_lower_case_word_opens_a_body_s_name() {
    check(
        "Ana Ruiz belongs to the ruling New Harbour Party, which backs the quota.",
        expect![[r#"
            New Harbour Party | support | attributed | attributed-stance | Ana Ruiz belongs to the ruling New Harbour Party, which backs the quota.
        "#]],
    );
}

#[test]
fn an_act_in_an_irregular_past_is_reported_of_its_doer_in_a_turn() {
    check(
        "MAYOR BERG: Good morning. Governor Ivo Brandt has sought powers from the council to close the harbour.",
        expect![[r#"
            Ivo Brandt | demand | attributed | attributed-stance | Governor Ivo Brandt has sought powers from the council to close the harbour.
        "#]],
    );
}

#[test]
fn a_clause_of_its_own_parts_a_name_from_a_later_verb() {
    check(
        "I want Governor Ivo Brandt to understand why I say what I say.",
        expect![[r#""#]],
    );
}

#[test]
fn a_court_is_named_after_its_state_however_the_state_is_written() {
    check(
        "The U.S. Supreme Court declined to hear the quota case.\n\nThe Norwegian Supreme Court rejected the appeal.",
        expect![[r#"
            Supreme Court of the United States | reject | attributed | attributed-stance | The U.S. Supreme Court declined to hear the quota case.
            Supreme Court of Norway | reject | attributed | attributed-stance | The Norwegian Supreme Court rejected the appeal.
        "#]],
    );
}

#[test]
fn a_second_predicate_shares_a_subject_introduced_with_titles_or_a_description() {
    check(
        "Senator Ana Ruiz met fishermen in Bergen on Saturday and condemned the quota.\n\nThe Norwegian fishing alliance known as the Coastal League met in Oslo on Sunday and rejected the quota.",
        expect![[r#"
            Ana Ruiz | reject | attributed | attributed-stance | Senator Ana Ruiz met fishermen in Bergen on Saturday and condemned the quota.
            Coastal League | reject | attributed | attributed-stance | The Norwegian fishing alliance known as the Coastal League met in Oslo on Sunday and rejected the quota.
        "#]],
    );
}

#[test]
fn a_decree_signed_with_its_kind_named_orders_its_content() {
    check(
        "Premier Ivo Brandt signed a government decree banning trawling in the fjords.",
        expect![[r#"
            Ivo Brandt | demand | attributed | attributed-stance | Premier Ivo Brandt signed a government decree banning trawling in the fjords.
        "#]],
    );
}

#[test]
fn an_inverted_verb_of_saying_reaches_a_name_past_a_role_of_somebody_s() {
    check(
        "It is not for the court to weigh the quota, argued the government's lawyer, Tom Hale.",
        expect![[r#"
            Tom Hale | assess | reported | reported-speech | It is not for the court to weigh the quota, argued the government's lawyer, Tom Hale.
        "#]],
    );
}

#[test]
fn a_pair_in_a_clause_recalling_an_earlier_act_is_not_the_two_sides() {
    check(
        "Minister Ivo Brandt met with Foreign Minister Mia Lund in Oslo. The meeting was held as agreed by President Tomas Hill and President Ruth Adler last year.\n\nBoth sides welcomed a joint patrol.",
        expect![[r#"
            Ivo Brandt | support | attributed | attributed-stance | Both sides welcomed a joint patrol.
            Mia Lund | support | attributed | attributed-stance | Both sides welcomed a joint patrol.
        "#]],
    );
}

#[test]
fn they_opening_a_second_clause_is_the_pair_last_named() {
    check(
        "President Ivo Brandt met with Prime Minister Mia Lund in Oslo on Monday. President Brandt praised the Prime Minister’s work on the fisheries, and they welcomed the new quota agreement.",
        expect![[r#"
            Ivo Brandt | support | reported | reported-speech | President Brandt praised the Prime Minister’s work on the fisheries, and they welcomed the new quota agreement.
            Mia Lund | support | attributed | attributed-stance | President Brandt praised the Prime Minister’s work on the fisheries, and they welcomed the new quota agreement.
        "#]],
    );
}

#[test]
fn a_legal_form_with_a_slash_is_no_word_of_a_company_s_name() {
    check(
        "The chain will be sold to Vesta Group A/S, a Danish firm. On Thursday Vesta Group said it would keep all the stores.",
        expect![[r#"
            Vesta Group | propose | reported | reported-speech | On Thursday Vesta Group said it would keep all the stores.
        "#]],
    );
}

#[test]
fn the_source_a_reaction_came_from_holds_its_position() {
    check(
        "The fishing bill passed on Monday. Support for the bill came from Senator Ana Ruiz and Governor Tom Hale. Criticism has come from the Coastal League (CL) chair Ivo Brandt.",
        expect![[r#"
            Ana Ruiz | support | attributed | attributed-stance | Support for the bill came from Senator Ana Ruiz and Governor Tom Hale.
            Tom Hale | support | attributed | attributed-stance | Support for the bill came from Senator Ana Ruiz and Governor Tom Hale.
            Ivo Brandt | reject | attributed | attributed-stance | Criticism has come from the Coastal League (CL) chair Ivo Brandt.
        "#]],
    );
}

#[test]
fn a_modal_commits_to_the_act_and_neither_nor_denies_it_for_both() {
    check(
        "Norway would not accept the quota.\n\nThe count was disputed, and neither the Coastal League nor Sweden would endorse the result.\n\nFrance will back the plan.",
        expect![[r#"
            Norway | reject | attributed | attributed-stance | Norway would not accept the quota.
            Sweden | reject | attributed | attributed-stance | The count was disputed, and neither the Coastal League nor Sweden would endorse the result.
            Coastal League | reject | attributed | attributed-stance | The count was disputed, and neither the Coastal League nor Sweden would endorse the result.
            France | support | attributed | attributed-stance | France will back the plan.
        "#]],
    );
}

#[test]
fn a_body_before_a_pronoun_is_the_source_not_a_qualifier() {
    check(
        "The skipper was treated for weeks and according to the Danish Maritime Authority he died at sea.\n\nAccording to data from the Fishing Safety Archive, the storm sank four boats.",
        expect![[r#"
            Danish Maritime Authority | assess | reported | according-to | The skipper was treated for weeks and according to the Danish Maritime Authority he died at sea.
            Fishing Safety Archive | assess | reported | according-to | According to data from the Fishing Safety Archive, the storm sank four boats.
        "#]],
    );
}

#[test]
fn a_list_of_people_goes_on_past_the_place_each_is_from() {
    check(
        "The bill was co-sponsored by Senators Ana Ruiz of Utah, Tom Hale of Ohio, and Mia Lund of Iowa, all Republicans.\n\nSenators Ivo Brandt of Maine and Ruth Adler of Idaho rejected the bill.",
        expect![[r#"
            Ana Ruiz | propose | attributed | attributed-stance | The bill was co-sponsored by Senators Ana Ruiz of Utah, Tom Hale of Ohio, and Mia Lund of Iowa, all Republicans.
            Tom Hale | propose | attributed | attributed-stance | The bill was co-sponsored by Senators Ana Ruiz of Utah, Tom Hale of Ohio, and Mia Lund of Iowa, all Republicans.
            Mia Lund | propose | attributed | attributed-stance | The bill was co-sponsored by Senators Ana Ruiz of Utah, Tom Hale of Ohio, and Mia Lund of Iowa, all Republicans.
            Ruth Adler | reject | attributed | attributed-stance | Senators Ivo Brandt of Maine and Ruth Adler of Idaho rejected the bill.
            Ivo Brandt | reject | attributed | attributed-stance | Senators Ivo Brandt of Maine and Ruth Adler of Idaho rejected the bill.
        "#]],
    );
}

#[test]
fn a_portfolio_after_of_is_part_of_the_title_or_the_body_s_name() {
    check(
        "Minister of Foreign Affairs Kerstin Moll said the quota was unfair.\n\nThe Ministry of Foreign Affairs said the talks would go on.",
        expect![[r#"
            Kerstin Moll | reject | reported | reported-speech | Minister of Foreign Affairs Kerstin Moll said the quota was unfair.
            Ministry of Foreign Affairs | assess | reported | reported-speech | The Ministry of Foreign Affairs said the talks would go on.
        "#]],
    );
}

#[test]
fn a_state_s_body_named_in_full_before_speaks_for_itself() {
    check(
        "The Norway Fisheries Commission delayed the count. Norway's fisheries commission has said it is still checking the catch.\n\nSweden's foreign ministry said the count was fair.",
        expect![[r#"
            Norway Fisheries Commission | assess | reported | reported-speech | Norway's fisheries commission has said it is still checking the catch.
            Swedish Foreign Ministry | assess | reported | reported-speech | Sweden's foreign ministry said the count was fair.
        "#]],
    );
}

#[test]
fn sanctions_raised_or_renewed_are_a_measure_against_a_party() {
    check(
        "Norway has increased sanctions on the trawler fleet.\n\nSweden imposed additional sanctions on the shipping firms.\n\nDenmark still has not sanctioned the trawlers.",
        expect![[r#"
            Norway | reject | attributed | attributed-stance | Norway has increased sanctions on the trawler fleet.
            Sweden | reject | attributed | attributed-stance | Sweden imposed additional sanctions on the shipping firms.
        "#]],
    );
}

#[test]
fn a_second_subject_after_and_goes_on_a_clause_opened_by_with() {
    check(
        "Republican lawmakers attacked the inquiry, with Ivo Brandt of Maine calling the probe a farce and Ruth Adler of Idaho calling it a sham.",
        expect![[r#"
            Ivo Brandt | reject | reported | reported-speech | Republican lawmakers attacked the inquiry, with Ivo Brandt of Maine calling the probe a farce and Ruth Adler of Idaho calling it a sham.
            Ruth Adler | reject | reported | reported-speech | Republican lawmakers attacked the inquiry, with Ivo Brandt of Maine calling the probe a farce and Ruth Adler of Idaho calling it a sham.
        "#]],
    );
}

#[test]
fn a_role_after_a_body_s_word_is_a_person_of_that_body() {
    check(
        "After a delay, commission president Tom Hale announced the totals.\n\nThe electoral commission president says every vote has a loser.\n\nThe Coastal League met on Monday. The league chairman said the quota was unfair.",
        expect![[r#"
            Tom Hale | propose | reported | reported-speech | After a delay, commission president Tom Hale announced the totals.
            Tom Hale | assess | reported | reported-speech | The electoral commission president says every vote has a loser.
            Coastal League | reject | reported | reported-speech | The league chairman said the quota was unfair.
        "#]],
    );
}

#[test]
fn the_holder_of_a_title_follows_the_body_the_title_is_of() {
    check(
        "The head of the Coastal League Zorbek Halvorsen said the quota was unfair.\n\nDeputy Secretary of the Navy for Fisheries Ilse Varga: \"The quota stands until May.\"",
        expect![[r#"
            Zorbek Halvorsen | reject | reported | reported-speech | The head of the Coastal League Zorbek Halvorsen said the quota was unfair.
            Ilse Varga | assess | direct | quote-colon | Deputy Secretary of the Navy for Fisheries Ilse Varga: "The quota stands until May."
        "#]],
    );
}

#[test]
fn a_name_s_who_clause_needs_no_comma_unless_the_name_is_an_object() {
    check(
        "The motion was tabled by Maria Olsen who said the harbour fees were unfair.\n\nSupporters of Maria Olsen who said the fees were unfair marched on Sunday.",
        expect![[r#"
            Maria Olsen | reject | reported | attributed-stance | The motion was tabled by Maria Olsen who said the harbour fees were unfair.
        "#]],
    );
}

#[test]
fn a_document_that_reads_out_its_words_speaks_for_its_issuer() {
    check(
        "The decree signed by Governor Tor Lund read: \"Every harbour stays open through the winter.\"\n\nA letter issued by the Coastal League said the quota must be cut.\n\nTor Lund read the report aloud before the vote.",
        expect![[r#"
            Tor Lund | assess | direct | quote-speaker-before | The decree signed by Governor Tor Lund read: "Every harbour stays open through the winter."
            Coastal League | demand | reported | reported-speech | A letter issued by the Coastal League said the quota must be cut.
        "#]],
    );
}

#[test]
fn a_participle_after_a_conjunction_of_time_has_the_main_clause_s_subject() {
    check(
        "The Coastal League closed its ports on Monday, days after offering to reopen the quota talks.\n\nHours after proposing a truce, Norway sent two frigates north.",
        expect![[r#"
            Coastal League | propose | attributed | attributed-stance | The Coastal League closed its ports on Monday, days after offering to reopen the quota talks.
            Norway | propose | attributed | attributed-stance | Hours after proposing a truce, Norway sent two frigates north.
        "#]],
    );
}

#[test]
fn having_no_intention_of_an_act_rejects_it() {
    check(
        "Halvard Group said it had no intentions of selling its stores.\n\nA week later the firm said it does not have any intention of closing the depot.",
        expect![[r#"
            Halvard Group | reject | reported | reported-speech | Halvard Group said it had no intentions of selling its stores.
            Halvard Group | reject | reported | reported-speech | A week later the firm said it does not have any intention of closing the depot.
        "#]],
    );
}

#[test]
fn a_participle_of_saying_after_a_comma_has_the_clause_s_subject() {
    check(
        "The High Court upheld the fishing ban, ruling that the league had no standing.\n\nIn May Norway started backing the league's claim to the shelf.",
        expect![[r#"
            High Court | assess | reported | reported-speech | The High Court upheld the fishing ban, ruling that the league had no standing.
            Norway | support | attributed | attributed-stance | In May Norway started backing the league's claim to the shelf.
        "#]],
    );
}

#[test]
fn an_office_in_an_appositive_ties_the_person_to_its_state() {
    check(
        "Kerem Aslan, Turkey's foreign minister, arrived on Monday. Dara Nouri, Iran's foreign minister, met him at the airport.\n\nThe Turkish minister said the border would stay open.",
        expect![[r#"
            Kerem Aslan | assess | reported | reported-speech | The Turkish minister said the border would stay open.
        "#]],
    );
}

#[test]
fn a_state_s_possessive_after_a_name_s_comma_is_the_name_s_office() {
    check(
        "Peter Aslan, Turkey's foreign minister, said the border would stay open.",
        expect![[r#"
            Peter Aslan | assess | reported | reported-speech | Peter Aslan, Turkey's foreign minister, said the border would stay open.
        "#]],
    );
}

#[test]
fn remarks_that_only_came_at_a_time_are_no_position() {
    check(
        "Tomas Wik's remarks came as the quota talks entered their third day.\n\nTomas Wik's demands include a smaller quota.",
        expect![[r#"
            Tomas Wik | demand | attributed | possessive-position | Tomas Wik's demands include a smaller quota.
        "#]],
    );
}

#[test]
fn the_owner_of_a_role_after_an_inverted_verb_is_not_the_speaker() {
    check(
        "Anna Berg leads the Coastal League.\n\n\"The talks are not serious,\" said Berg's deputy, Ola Lie.\n\n\"The talks will go on,\" said the Coastal League's spokesman.\n\nThe Coastal League's spokeswoman said the quota was unfair.",
        expect![[r#"
            Ola Lie | assess | direct | quote-speaker-after | "The talks are not serious," said Berg's deputy, Ola Lie.
            Coastal League | assess | direct | quote-speaker-after | "The talks will go on," said the Coastal League's spokesman.
            Coastal League | reject | reported | reported-speech | The Coastal League's spokeswoman said the quota was unfair.
        "#]],
    );
}

#[test]
fn a_body_s_lower_case_word_owns_its_voice() {
    check(
        "The Coastal League held a vote on Monday.\n\nThe league's spokesman said the quota was unfair.\n\n\"We will appeal,\" said the league's spokeswoman.",
        expect![[r#"
            Coastal League | reject | reported | reported-speech | The league's spokesman said the quota was unfair.
            Coastal League | reject | direct | quote-speaker-after | "We will appeal," said the league's spokeswoman.
        "#]],
    );
}

#[test]
fn a_short_quotation_opening_its_sentence_before_its_speaker_is_a_quotation() {
    check(
        "\"We will appeal,\" said the Coastal League.\n\nCritics called the ruling \"a farce\" on Monday, Tor Lund said.",
        expect![[r#"
            Coastal League | reject | direct | quote-speaker-after | "We will appeal," said the Coastal League.
            Tor Lund | reject | reported | reported-speech | Critics called the ruling "a farce" on Monday, Tor Lund said.
        "#]],
    );
}

#[test]
fn the_issuers_of_a_document_speak_through_it() {
    check(
        "A joint statement by Norway and Iceland called for a smaller quota.\n\nThe declaration, issued by the Coastal League, called the vote illegal.",
        expect![[r#"
            Iceland | demand | reported | reported-speech | A joint statement by Norway and Iceland called for a smaller quota.
            Norway | demand | reported | reported-speech | A joint statement by Norway and Iceland called for a smaller quota.
            Coastal League | reject | reported | reported-speech | The declaration, issued by the Coastal League, called the vote illegal.
        "#]],
    );
}

#[test]
fn being_adamant_holds_a_view() {
    check(
        "Tomas Wik was adamant that the vote would go ahead.",
        expect![[r#"
            Tomas Wik | assess | reported | reported-speech | Tomas Wik was adamant that the vote would go ahead.
        "#]],
    );
}

#[test]
fn a_bare_both_before_a_verb_of_saying_is_the_pair_just_named() {
    check(
        "Anna Berg and Tomas Wik will meet again in May. Both said they were hopeful.",
        expect![[r#"
            Anna Berg | assess | reported | reported-speech | Both said they were hopeful.
            Tomas Wik | assess | reported | reported-speech | Both said they were hopeful.
        "#]],
    );
}

#[test]
fn the_leader_of_an_unnamed_group_speaks_for_it() {
    check(
        "Supporters of the quota, led by Tomas Wik, argue it will protect the stocks.",
        expect![[r#"
            Tomas Wik | assess | reported | reported-speech | Supporters of the quota, led by Tomas Wik, argue it will protect the stocks.
        "#]],
    );
}

#[test]
fn hearsay_about_a_subject_s_words_keeps_them_the_subject_s() {
    check(
        "Tomas Wik is reported to have said that the quota was unfair.\n\nAnna Berg is expected to announce her decision on Friday.",
        expect![[r#"
            Tomas Wik | reject | reported | reported-speech | Tomas Wik is reported to have said that the quota was unfair.
        "#]],
    );
}

#[test]
fn words_hyphenated_to_a_title_belong_to_the_title() {
    check(
        "League Chairman-in-Office Tor Lund said the quota would be cut.\n\nAmbassador-at-Large Eva Dahl said the report was troubling.",
        expect![[r#"
            Tor Lund | assess | reported | reported-speech | League Chairman-in-Office Tor Lund said the quota would be cut.
            Eva Dahl | warn | reported | reported-speech | Ambassador-at-Large Eva Dahl said the report was troubling.
        "#]],
    );
}

#[test]
fn a_state_s_office_with_nobody_named_in_it_is_the_state_speaking() {
    check(
        "Kenya's foreign minister said the vote was fair.\n\nThe Kenyan defence minister warned of a crackdown.\n\nKenya's opposition leader said the vote was rigged.",
        expect![[r#"
            Kenya | assess | reported | reported-speech | Kenya's foreign minister said the vote was fair.
            Kenya | warn | reported | reported-speech | The Kenyan defence minister warned of a crackdown.
        "#]],
    );
}

#[test]
fn the_subject_of_the_verb_before_a_colon_speaks_after_an_opening_phrase() {
    check(
        "Addressing the delegates, Ines Moreau proposed: \"Let every port cut its fees by half.\"",
        expect![[r#"
            Ines Moreau | propose | direct | quote-speaker-before | Addressing the delegates, Ines Moreau proposed: "Let every port cut its fees by half."
        "#]],
    );
}

#[test]
fn a_day_after_a_body_s_name_dates_the_sentence() {
    check(
        "The tariff cut was endorsed by the Coastal League on Monday.",
        expect![[r#"
            Coastal League | support | attributed | attributed-stance | The tariff cut was endorsed by the Coastal League on Monday.
        "#]],
    );
}

#[test]
fn a_step_still_required_of_an_agent_is_no_position() {
    check(
        "To take effect, the treaty must still be ratified by the Coastal League.\n\nThe treaty was ratified by the Coastal League.",
        expect![[r#"
            Coastal League | support | attributed | attributed-stance | The treaty was ratified by the Coastal League.
        "#]],
    );
}

#[test]
fn a_cue_word_after_a_determiner_and_an_adverb_is_an_adjective() {
    check(
        "Senator Ann Ross from Vermont had the most pledged delegates, with 60.\n\nMayor Ola Brun backed a widely criticised levy.",
        expect![[r#"
            Ola Brun | support | attributed | attributed-stance | Mayor Ola Brun backed a widely criticised levy.
        "#]],
    );
}

#[test]
fn a_colon_announces_a_quotation_however_short() {
    check(
        "Mayor Ola Brun, asked about the levy, was blunt: \"It stays.\"",
        expect![[r#"
            Ola Brun | assess | direct | quote-colon | Mayor Ola Brun, asked about the levy, was blunt: "It stays."
        "#]],
    );
}

#[test]
fn the_word_lists_read_british_spellings_too() {
    check(
        "The Coastal League recognises the new council.",
        expect![[r#"
            Coastal League | support | attributed | attributed-stance | The Coastal League recognises the new council.
        "#]],
    );
}

#[test]
fn a_participle_after_a_report_has_the_voice_of_the_state_as_subject() {
    check(
        "The representative of Chile said the Council must act now, stressing that talks were the only path.",
        expect![[r#"
            Chile | demand | reported | reported-speech | The representative of Chile said the Council must act now, stressing that talks were the only path.
        "#]],
    );
}

#[test]
fn an_office_held_once_is_the_former_office_later() {
    check(
        "Former President Rosa Vidal returned to Lima on Monday.\n\nThe former president said the vote had been rigged.\n\nIvo Kral, a former mayor of the port, arrived later.\n\nThe mayor said the port would stay open.",
        expect![[r#"
            Rosa Vidal | reject | reported | reported-speech | The former president said the vote had been rigged.
        "#]],
    );
}

#[test]
fn a_description_set_off_after_a_name_is_that_person() {
    check(
        "Ivo Kral, a veteran diplomat, arrived in Lima on Monday.\n\nThe diplomat said a deal was within reach.",
        expect![[r#"
            Ivo Kral | assess | reported | reported-speech | The diplomat said a deal was within reach.
        "#]],
    );
}

#[test]
fn refusing_to_give_ground_rejects() {
    check(
        "Mayor Ola Brun said the port would not cede its quay to the league.\n\nThe Coastal League said it would not withdraw its boats.",
        expect![[r#"
            Ola Brun | reject | reported | reported-speech | Mayor Ola Brun said the port would not cede its quay to the league.
            Coastal League | reject | reported | reported-speech | The Coastal League said it would not withdraw its boats.
        "#]],
    );
}

#[test]
fn a_sentence_opening_with_per_cites_its_source() {
    check(
        "Per the decree signed by Mayor Ola Brun, ports must report their catches weekly.\n\nThe levy rose by five dollars per tonne, the port said.",
        expect![[r#"
            Ola Brun | demand | reported | according-to | Per the decree signed by Mayor Ola Brun, ports must report their catches weekly.
        "#]],
    );
}

#[test]
fn judging_a_step_and_threatening_to_act() {
    check(
        "Mayor Ola Brun said the levy was a step in the right direction.\n\nThe Coastal League said it would not hesitate to act.\n\nIvo Kral said the levy was dead on arrival.",
        expect![[r#"
            Ola Brun | support | reported | reported-speech | Mayor Ola Brun said the levy was a step in the right direction.
            Coastal League | warn | reported | reported-speech | The Coastal League said it would not hesitate to act.
            Ivo Kral | reject | reported | reported-speech | Ivo Kral said the levy was dead on arrival.
        "#]],
    );
}

#[test]
fn a_pronoun_the_subject_does_not_fit_finds_the_person_of_that_gender_beside_it() {
    check(
        "Mayor David Brun met Anna Kral in the port on Monday.\n\n\"We made real progress,\" she said.\n\n\"The quay stays open,\" he said.",
        expect![[r#"
            Anna Kral | assess | direct | quote-speaker-after | "We made real progress," she said.
            David Brun | assess | direct | quote-speaker-after | "The quay stays open," he said.
        "#]],
    );
}

#[test]
fn a_pronoun_tells_the_gender_a_name_did_not() {
    check(
        "Kari Berg met Ola Lund in the port on Monday.\n\n\"We made real progress,\" she said.\n\n\"The quay stays open,\" he said.",
        expect![[r#"
            Kari Berg | assess | direct | quote-speaker-after | "We made real progress," she said.
        "#]],
    );
}

#[test]
fn given_names_spelled_like_month_abbreviations_are_names() {
    check(
        "Deputy Minister Jan Nowak said the levy was fair.\n\nThe envoy, Li Jun, said the port would stay open.",
        expect![[r#"
            Jan Nowak | assess | reported | reported-speech | Deputy Minister Jan Nowak said the levy was fair.
            Li Jun | assess | reported | reported-speech | The envoy, Li Jun, said the port would stay open.
        "#]],
    );
}

#[test]
fn the_voices_of_two_states_listed_after_their_phrase_both_speak() {
    check(
        "The representatives of Chile and Peru said the truce must hold.",
        expect![[r#"
            Peru | demand | reported | reported-speech | The representatives of Chile and Peru said the truce must hold.
            Chile | demand | reported | reported-speech | The representatives of Chile and Peru said the truce must hold.
        "#]],
    );
}

#[test]
fn a_list_of_examples_set_off_by_commas_is_the_subject() {
    check(
        "Several ports, including Chile and Peru, called for lower fees.",
        expect![[r#"
            Peru | demand | reported | reported-speech | Several ports, including Chile and Peru, called for lower fees.
            Chile | demand | reported | reported-speech | Several ports, including Chile and Peru, called for lower fees.
        "#]],
    );
}

#[test]
fn backing_a_thing_and_voting_against_it_in_a_reported_clause() {
    check(
        "Mayor Ola Brun said she backed the levy.\n\nIvo Kral said he would vote against the levy.",
        expect![[r#"
            Ola Brun | support | reported | reported-speech | Mayor Ola Brun said she backed the levy.
            Ivo Kral | reject | reported | reported-speech | Ivo Kral said he would vote against the levy.
        "#]],
    );
}

#[test]
fn a_question_put_to_the_speaker_is_no_demand_but_asking_for_a_thing_is() {
    check(
        "\"It may take a while,\" Ola Brun said when asked about the vote.\n\nIvo Kral asked the court to halt the count.",
        expect![[r#"
            Ola Brun | assess | direct | quote-speaker-after | "It may take a while," Ola Brun said when asked about the vote.
            Ivo Kral | demand | reported | reported-speech | Ivo Kral asked the court to halt the count.
        "#]],
    );
}

#[test]
fn an_abbreviated_title_names_the_office_a_description_later_refers_to() {
    check(
        "Gov. Ana Ruiz spoke on Monday.\n\nThe governor said the levy must go.",
        expect![[r#"
            Ana Ruiz | demand | reported | reported-speech | The governor said the levy must go.
        "#]],
    );
}

#[test]
fn a_generic_noun_after_a_body_opening_the_sentence_before_means_that_body() {
    check(
        "The Harbour Workers Union said the levy was unfair.\n\nThe Harbour Workers Union called for talks.\n\nThe Fishing Council of Lund urged the ports to wait.\n\nThe group also warned of job losses.",
        expect![[r#"
            Harbour Workers Union | reject | reported | reported-speech | The Harbour Workers Union said the levy was unfair.
            Harbour Workers Union | demand | reported | reported-speech | The Harbour Workers Union called for talks.
            Fishing Council of Lund | demand | reported | reported-speech | The Fishing Council of Lund urged the ports to wait.
            Fishing Council of Lund | warn | reported | reported-speech | The group also warned of job losses.
        "#]],
    );
}

#[test]
fn the_government_is_the_state_whose_leader_was_named_before() {
    check(
        "Chilean President Ana Ruiz opened the port on Monday.\n\nThe government said the levy would stay.\n\nFormer Peruvian President Ivo Kral spoke later.\n\nThe administration called for calm.",
        expect![[r#"
            Chile | assess | reported | reported-speech | The government said the levy would stay.
            Chile | demand | reported | reported-speech | The administration called for calm.
        "#]],
    );
}

#[test]
fn a_person_cited_by_an_agency_as_saying_speaks() {
    check(
        "Minister Ana Ruiz was cited by Interfax as saying the talks had failed.",
        expect![[r#"
            Ana Ruiz | assess | reported | reported-speech | Minister Ana Ruiz was cited by Interfax as saying the talks had failed.
        "#]],
    );
}

#[test]
fn a_role_in_the_plural_opening_a_sentence_names_nobody() {
    check(
        "Prosecutors said the mayor had lied.\n\nCommanders said the port was safe.",
        expect![""],
    );
}

#[test]
fn appealing_a_ruling_objects_to_it() {
    check(
        "Mayor Ana Ruiz said the city would appeal the ruling.",
        expect![[r#"
            Ana Ruiz | reject | reported | reported-speech | Mayor Ana Ruiz said the city would appeal the ruling.
        "#]],
    );
}

#[test]
fn a_body_speaks_through_the_voice_a_relative_whose_names() {
    check(
        "The levy was set by the Harbour Board, whose spokeswoman said it would stay.",
        expect![[r#"
            Harbour Board | propose | reported | reported-speech | The levy was set by the Harbour Board, whose spokeswoman said it would stay.
        "#]],
    );
}

#[test]
fn disagreeing_objects() {
    check(
        "Trader Ivo Kral disagreed, calling the levy a burden.",
        expect![[r#"
            Ivo Kral | reject | reported | attributed-stance | Trader Ivo Kral disagreed, calling the levy a burden.
        "#]],
    );
}

#[test]
fn an_occupation_before_a_name_or_set_off_after_it_only_describes_the_person() {
    check(
        "Historian Jane Roe said the levy was unfair.\n\nLena Holm, a retired nurse, said the vote was fair.",
        expect![[r#"
            Jane Roe | reject | reported | reported-speech | Historian Jane Roe said the levy was unfair.
            Lena Holm | assess | reported | reported-speech | Lena Holm, a retired nurse, said the vote was fair.
        "#]],
    );
}

#[test]
fn people_unnamed_in_the_plural_are_not_the_he_of_the_next_sentence() {
    check(
        "Mayor Ana Ruiz spoke first.\n\nOfficials later asked Tom Rask about the levy.\n\nHe said the levy must go.",
        expect![[r#"
            Tom Rask | demand | reported | reported-speech | He said the levy must go.
        "#]],
    );
}

#[test]
fn quotations_in_single_marks_with_double_ones_inside() {
    check(
        "'He told me \"no deal\",' Mayor Ana Ruiz said of the minister.\n\nTom Rask hit back, calling the claim 'nonsense'.",
        expect![[r#"
            Ana Ruiz | assess | direct | quote-speaker-after | 'He told me "no deal",' Mayor Ana Ruiz said of the minister.
            Tom Rask | reject | reported | reported-speech | Tom Rask hit back, calling the claim 'nonsense'.
        "#]],
    );
}

#[test]
fn a_foreign_secretary_is_the_foreign_minister_later() {
    check(
        "Chile's Foreign Secretary Lena Holm arrived on Monday.\n\nThe foreign minister said the port must reopen.",
        expect![[r#"
            Lena Holm | demand | reported | reported-speech | The foreign minister said the port must reopen.
        "#]],
    );
}

#[test]
fn the_leaders_of_listed_states_speak_for_each_and_backing_to_come_supports() {
    check(
        "Leaders of Chile, Peru and Bolivia said they would back the levy.",
        expect![[r#"
            Bolivia | support | reported | reported-speech | Leaders of Chile, Peru and Bolivia said they would back the levy.
            Peru | support | reported | reported-speech | Leaders of Chile, Peru and Bolivia said they would back the levy.
            Chile | support | reported | reported-speech | Leaders of Chile, Peru and Bolivia said they would back the levy.
        "#]],
    );
}

#[test]
fn titled_members_of_a_list_of_examples_are_the_subject() {
    check(
        "Several mayors, including Chilean Mayor Ana Ruiz and Peruvian Mayor Tom Rask, urged a delay.",
        expect![[r#"
            Tom Rask | demand | reported | reported-speech | Several mayors, including Chilean Mayor Ana Ruiz and Peruvian Mayor Tom Rask, urged a delay.
            Ana Ruiz | demand | reported | reported-speech | Several mayors, including Chilean Mayor Ana Ruiz and Peruvian Mayor Tom Rask, urged a delay.
        "#]],
    );
}

#[test]
fn the_country_is_the_state_that_opened_the_sentence_before() {
    check(
        "Chile hosted the summit on Monday.\n\nThe country said the port must reopen.\n\nThe talks were held in Peru.\n\nThe country said the port must close.",
        expect![[r#"
            Chile | demand | reported | reported-speech | The country said the port must reopen.
        "#]],
    );
}

#[test]
fn readiness_to_talk_under_a_condition_is_an_offer_and_to_respond_a_warning() {
    check(
        "Mayor Ana Ruiz said the city was ready to resume talks if the union returned to the table.\n\nTom Rask said the union was ready to respond if the city cut wages.",
        expect![[r#"
            Ana Ruiz | propose | reported | reported-speech | Mayor Ana Ruiz said the city was ready to resume talks if the union returned to the table.
            Tom Rask | warn | reported | reported-speech | Tom Rask said the union was ready to respond if the city cut wages.
        "#]],
    );
}

#[test]
fn a_phrase_of_time_or_a_qualifying_name_between_subject_and_verb() {
    check(
        "Chile last week rejected Peru's demand.\n\nPeru and its OPEC partners rejected the quota.",
        expect![[r#"
            Chile | reject | attributed | attributed-stance | Chile last week rejected Peru's demand.
            Peru | demand | attributed | possessive-position | Chile last week rejected Peru's demand.
            Peru | reject | attributed | attributed-stance | Peru and its OPEC partners rejected the quota.
        "#]],
    );
}

#[test]
fn a_position_noun_after_an_owner_is_the_owners_alone() {
    check(
        "Chile on Friday rejected Peru's demand.",
        expect![[r#"
            Chile | reject | attributed | attributed-stance | Chile on Friday rejected Peru's demand.
            Peru | demand | attributed | possessive-position | Chile on Friday rejected Peru's demand.
        "#]],
    );
}

#[test]
fn a_relative_who_after_a_description_set_off_after_the_name() {
    check(
        "The levy drew a rebuke from Tom Rask, the union leader, who called it unfair.",
        expect![[r#"
            Tom Rask | reject | reported | reported-speech | The levy drew a rebuke from Tom Rask, the union leader, who called it unfair.
        "#]],
    );
}

#[test]
fn remarks_others_took_up_hold_their_reaction_not_the_speakers_position() {
    check(
        "Mayor Ana Ruiz spoke on Monday.\n\nRuiz's remarks were welcomed by farmers.",
        expect![""],
    );
}

#[test]
fn an_institution_named_again_by_its_head_noun() {
    check(
        "The Harbor Hospital released a statement on Monday.\n\nThe hospital asked for patience.",
        expect![[r#"
            Harbor Hospital | demand | reported | reported-speech | The hospital asked for patience.
        "#]],
    );
}

#[test]
fn a_reaction_drawn_from_a_source_is_the_sources_position() {
    check(
        "The levy drew sharp criticism from Mayor Ana Ruiz.",
        expect![[r#"
        Ana Ruiz | reject | attributed | attributed-stance | The levy drew sharp criticism from Mayor Ana Ruiz.
    "#]],
    );
}

#[test]
fn a_body_whose_name_holds_its_state_is_the_body() {
    check(
        "The U.S. State Department said on Monday that it opposed the levy.",
        expect![[r#"
            US State Department | reject | reported | reported-speech | The U.S. State Department said on Monday that it opposed the levy.
        "#]],
    );
}

#[test]
fn a_dotted_abbreviation_opening_a_bodys_name_is_written_plain() {
    check(
        "The U.K. Home Office said that it opposed the levy.",
        expect![[r#"
        UK Home Office | reject | reported | reported-speech | The U.K. Home Office said that it opposed the levy.
    "#]],
    );
}

#[test]
fn a_vote_to_undo_or_pass_a_thing_takes_the_stance_of_its_verb() {
    check(
        "The Coastal Assembly voted to reject the levy.\n\nThe Coastal Assembly voted to approve the budget.",
        expect![[r#"
            Coastal Assembly | reject | attributed | attributed-stance | The Coastal Assembly voted to reject the levy.
            Coastal Assembly | support | attributed | attributed-stance | The Coastal Assembly voted to approve the budget.
        "#]],
    );
}

#[test]
fn a_place_after_a_person_is_no_side_of_a_meeting() {
    check(
        "Mayor Ana Ruiz of Oslo met Tom Hale on Monday.\n\nBoth said they wanted a deal by June.",
        expect![[r#"
            Ana Ruiz | assess | reported | reported-speech | Both said they wanted a deal by June.
            Tom Hale | assess | reported | reported-speech | Both said they wanted a deal by June.
        "#]],
    );
}

#[test]
fn officials_at_a_body_speak_for_it() {
    check(
        "Officials at the Coastal League said the ruling was unfair.",
        expect![[r#"
            Coastal League | reject | reported | reported-speech | Officials at the Coastal League said the ruling was unfair.
        "#]],
    );
}

#[test]
fn a_named_group_led_by_someone_speaks_for_itself() {
    check(
        "The Coastal League, led by Tom Hale, rejected the ruling.",
        expect![[r#"
            Coastal League | reject | attributed | attributed-stance | The Coastal League, led by Tom Hale, rejected the ruling.
        "#]],
    );
}

#[test]
fn withholding_a_signature_refuses_the_deal() {
    check(
        "Chile said on Monday it would not sign the accord.",
        expect![[r#"
        Chile | reject | reported | reported-speech | Chile said on Monday it would not sign the accord.
    "#]],
    );
}

#[test]
fn staying_away_from_a_pact_refuses_it() {
    check(
        "Peru said it will not take part in the summit.",
        expect![[r#"
        Peru | reject | reported | reported-speech | Peru said it will not take part in the summit.
    "#]],
    );
}

#[test]
fn calling_a_thing_flawed_objects_to_it() {
    check(
        "The Coastal League called the ruling \"deeply flawed\".",
        expect![[r#"
        Coastal League | reject | reported | reported-speech | The Coastal League called the ruling "deeply flawed".
    "#]],
    );
}

#[test]
fn a_title_after_a_given_name_is_a_surname() {
    check(
        "Former mayor Helen Bishop accused the council of hiding the costs. Bishop said the audit was unlawful.",
        expect![[r#"
            Helen Bishop | reject | reported | reported-speech | Former mayor Helen Bishop accused the council of hiding the costs.
            Helen Bishop | reject | reported | reported-speech | Bishop said the audit was unlawful.
        "#]],
    );
}

#[test]
fn a_passive_agent_may_follow_a_title_in_lower_case() {
    check(
        "The budget was welcomed by opposition leader Tom Brandt.",
        expect![[r#"
            Tom Brandt | support | attributed | attributed-stance | The budget was welcomed by opposition leader Tom Brandt.
        "#]],
    );
}

#[test]
fn calling_a_text_one_sided_objects_to_it() {
    check(
        "The representative of Egypt said the draft was unbalanced and politicised.",
        expect![[r#"
            Egypt | reject | reported | reported-speech | The representative of Egypt said the draft was unbalanced and politicised.
        "#]],
    );
}

#[test]
fn calls_rejected_are_the_object_of_the_rejection() {
    check(
        "Mayor Ines Duarte on Friday rejected calls for a recount.",
        expect![[r#"
            Ines Duarte | reject | attributed | attributed-stance | Mayor Ines Duarte on Friday rejected calls for a recount.
        "#]],
    );
}

#[test]
fn a_title_in_lower_case_opens_the_name_in_an_apposition() {
    check(
        "The bill's author, state Rep. Nora Falk, called the veto a betrayal.",
        expect![[r#"
            Nora Falk | reject | reported | reported-speech | The bill's author, state Rep. Nora Falk, called the veto a betrayal.
        "#]],
    );
}

#[test]
fn an_appeal_filed_or_announced_objects_to_the_ruling() {
    check(
        "Attorney General Ruth Meyer appealed the verdict on Monday. Meyer later said she would appeal.",
        expect![[r#"
            Ruth Meyer | reject | reported | reported-speech | Attorney General Ruth Meyer appealed the verdict on Monday.
            Ruth Meyer | reject | reported | reported-speech | Meyer later said she would appeal.
        "#]],
    );
}

#[test]
fn appealing_to_somebody_still_asks_them_to_act() {
    check(
        "Attorney General Ruth Meyer said she will appeal to residents for calm.",
        expect![[r#"
            Ruth Meyer | demand | reported | reported-speech | Attorney General Ruth Meyer said she will appeal to residents for calm.
        "#]],
    );
}

#[test]
fn a_client_speaks_through_counsel() {
    check(
        "Lawyers for Daniel Chad argued that the search was unlawful. Organisers from the Civic Front said the march would go ahead.",
        expect![[r#"
            Daniel Chad | reject | reported | reported-speech | Lawyers for Daniel Chad argued that the search was unlawful.
            Civic Front | assess | reported | reported-speech | Organisers from the Civic Front said the march would go ahead.
        "#]],
    );
}

#[test]
fn insisting_that_a_thing_is_so_claims_it() {
    check(
        "Finance Minister Lena Ortiz insisted the budget was balanced.",
        expect![[r#"
            Lena Ortiz | assess | reported | reported-speech | Finance Minister Lena Ortiz insisted the budget was balanced.
        "#]],
    );
}

#[test]
fn insisting_that_a_thing_be_done_still_demands_it() {
    check(
        "Finance Minister Lena Ortiz insisted that the banks repay the loans.",
        expect![[r#"
            Lena Ortiz | demand | reported | reported-speech | Finance Minister Lena Ortiz insisted that the banks repay the loans.
        "#]],
    );
}

#[test]
fn insisting_there_was_no_wrongdoing_denies_it() {
    check(
        "The Coastal League insisted there had been no wrongdoing.",
        expect![[r#"
            Coastal League | reject | reported | reported-speech | The Coastal League insisted there had been no wrongdoing.
        "#]],
    );
}

#[test]
fn disagreeing_alone_objects() {
    check(
        "Senator Joan Pryce backed the treaty. Senator Ravi Mehta disagreed.",
        expect![[r#"
            Joan Pryce | support | attributed | attributed-stance | Senator Joan Pryce backed the treaty.
            Ravi Mehta | reject | attributed | attributed-stance | Senator Ravi Mehta disagreed.
        "#]],
    );
}

#[test]
fn an_arms_race_foreseen_is_a_warning() {
    check(
        "Senator Ravi Mehta said the plan would set off an arms race.",
        expect![[r#"
            Ravi Mehta | warn | reported | reported-speech | Senator Ravi Mehta said the plan would set off an arms race.
        "#]],
    );
}

#[test]
fn promising_justice_for_the_guilty_is_a_warning() {
    check(
        "Foreign Secretary Helen Marsh said there could be no impunity for the attack. Marsh said she would not stand idly by.",
        expect![[r#"
            Helen Marsh | warn | reported | reported-speech | Foreign Secretary Helen Marsh said there could be no impunity for the attack.
            Helen Marsh | warn | reported | reported-speech | Marsh said she would not stand idly by.
        "#]],
    );
}

#[test]
fn a_state_speaks_through_those_who_rule_it() {
    check(
        "Mali's military leaders rejected the sanctions as illegal.",
        expect![[r#"
            Mali | reject | attributed | attributed-stance | Mali's military leaders rejected the sanctions as illegal.
        "#]],
    );
}

#[test]
fn membership_of_any_body_is_not_nato_enlargement() {
    check_bundled_themes(
        "The Arctic Council suspended Vostria's membership on Friday.\n\nIngrid Solberg said Norland backs NATO membership for its neighbour.",
        expect![[r#"
            Arctic Council |  | The Arctic Council suspended Vostria's membership on Friday.
            Ingrid Solberg | nato-enlargement | Ingrid Solberg said Norland backs NATO membership for its neighbour.
        "#]],
    );
}

#[test]
fn a_body_introduced_by_its_kind_is_a_speaker_in_a_list() {
    check(
        "On Monday, Oslo-based retailer Vestra and Danish carmaker Holm Group announced their merger.",
        expect![[r#"
            Holm Group | propose | reported | reported-speech | On Monday, Oslo-based retailer Vestra and Danish carmaker Holm Group announced their merger.
            Vestra | propose | reported | reported-speech | On Monday, Oslo-based retailer Vestra and Danish carmaker Holm Group announced their merger.
        "#]],
    );
}

#[test]
fn a_national_branch_is_not_the_company_named_alone() {
    check(
        "Vestra Polska said its profits fell.\n\nVestra said it would sell the unit.\n\nKlimo Europe reported that sales were higher. Klimo said it would hire staff.",
        expect![[r#"
            Vestra Polska | assess | reported | reported-speech | Vestra Polska said its profits fell.
            Vestra | propose | reported | reported-speech | Vestra said it would sell the unit.
            Klimo Europe | assess | reported | reported-speech | Klimo Europe reported that sales were higher.
            Klimo | propose | reported | reported-speech | Klimo said it would hire staff.
        "#]],
    );
}

#[test]
fn a_heading_does_not_govern_the_paragraph_under_it() {
    check(
        "Letter from Oslo\n\nThe agency Nordstat said exports fell.",
        expect![[r#"
            Nordstat | assess | reported | reported-speech | The agency Nordstat said exports fell.
        "#]],
    );
}

#[test]
fn posting_says_something_only_where_words_are_posted() {
    check(
        "Vestra Group posted a loss for the year. Ingrid Solberg posted on social media that the vote had been fair.",
        expect![[r#"
            Ingrid Solberg | assess | reported | reported-speech | Ingrid Solberg posted on social media that the vote had been fair.
        "#]],
    );
}

#[test]
fn a_speaker_described_between_commas_after_a_quotation_goes_on_speaking() {
    check(
        "“We will not sign this text,” Ingrid Solberg, a senior official at the Arctic Council, told reporters. “It ignores the north.”",
        expect![[r#"
            Ingrid Solberg | reject | direct | quote-speaker-after | “We will not sign this text,” Ingrid Solberg, a senior official at the Arctic Council, told reporters.
            Ingrid Solberg | reject | direct | quote-continued | “It ignores the north.”
        "#]],
    );
}

#[test]
fn refusing_to_recognise_a_result_rejects_it() {
    check(
        "Pavel Orlov said his government would not recognise the results.",
        expect![[r#"
            Pavel Orlov | reject | reported | reported-speech | Pavel Orlov said his government would not recognise the results.
        "#]],
    );
}

#[test]
fn denying_a_claim_its_standing_rejects_it() {
    check(
        "Ingrid Solberg said the report lacked credibility. Pavel Orlov said the inquiry was politically motivated.",
        expect![[r#"
            Ingrid Solberg | reject | reported | reported-speech | Ingrid Solberg said the report lacked credibility.
            Pavel Orlov | reject | reported | reported-speech | Pavel Orlov said the inquiry was politically motivated.
        "#]],
    );
}

#[test]
fn judging_an_election_supports_or_rejects_its_result() {
    check(
        "Ingrid Solberg said the vote had been free and fair. Pavel Orlov said the vote was neither free nor fair.",
        expect![[r#"
            Ingrid Solberg | support | reported | reported-speech | Ingrid Solberg said the vote had been free and fair.
            Pavel Orlov | reject | reported | reported-speech | Pavel Orlov said the vote was neither free nor fair.
        "#]],
    );
}

#[test]
fn judging_a_text_a_good_basis_supports_it() {
    check(
        "Ingrid Solberg said the draft was a good basis for talks. Pavel Orlov said the text was fair and balanced.",
        expect![[r#"
            Ingrid Solberg | support | reported | reported-speech | Ingrid Solberg said the draft was a good basis for talks.
            Pavel Orlov | support | reported | reported-speech | Pavel Orlov said the text was fair and balanced.
        "#]],
    );
}

#[test]
fn a_commitment_stated_is_a_pledge() {
    check(
        "Ingrid Solberg said Norland was committed to the peace process.",
        expect![[r#"
            Ingrid Solberg | propose | reported | reported-speech | Ingrid Solberg said Norland was committed to the peace process.
            Norland | propose | reported | reported-speech | Ingrid Solberg said Norland was committed to the peace process.
        "#]],
    );
}

#[test]
fn saying_it_was_time_to_act_demands_it() {
    check(
        "Pavel Orlov said it was time for both sides to return to the table.",
        expect![[r#"
            Pavel Orlov | demand | reported | reported-speech | Pavel Orlov said it was time for both sides to return to the table.
        "#]],
    );
}

#[test]
fn naming_an_act_a_crime_or_a_sham_rejects_it() {
    check(
        "Ingrid Solberg said the strikes amounted to war crimes. Pavel Orlov said the inquiry was a whitewash and the vote a sham.",
        expect![[r#"
            Ingrid Solberg | reject | reported | reported-speech | Ingrid Solberg said the strikes amounted to war crimes.
            Pavel Orlov | reject | reported | reported-speech | Pavel Orlov said the inquiry was a whitewash and the vote a sham.
        "#]],
    );
}

#[test]
fn blocking_a_deal_rejects_it_and_not_standing_in_its_way_lets_it_pass() {
    check(
        "Pavel Orlov said Vostria would block the deal. Ingrid Solberg said Norland would not stand in the way of the agreement.",
        expect![[r#"
            Pavel Orlov | reject | reported | reported-speech | Pavel Orlov said Vostria would block the deal.
            Ingrid Solberg | support | reported | reported-speech | Ingrid Solberg said Norland would not stand in the way of the agreement.
        "#]],
    );
}

#[test]
fn a_response_kept_in_store_and_harm_foreseen_warn() {
    check(
        "Pavel Orlov said Vostria reserved the right to respond. Ingrid Solberg said further escalation would be disastrous.",
        expect![[r#"
            Pavel Orlov | warn | reported | reported-speech | Pavel Orlov said Vostria reserved the right to respond.
            Ingrid Solberg | warn | reported | reported-speech | Ingrid Solberg said further escalation would be disastrous.
        "#]],
    );
}

#[test]
fn an_outcome_judged_the_best_or_overdue_is_supported() {
    check(
        "Ingrid Solberg said the deal was the best possible outcome. Pavel Orlov said the decision was long overdue.",
        expect![[r#"
            Ingrid Solberg | support | reported | reported-speech | Ingrid Solberg said the deal was the best possible outcome.
            Pavel Orlov | support | reported | reported-speech | Pavel Orlov said the decision was long overdue.
        "#]],
    );
}

#[test]
fn hitting_out_and_pushing_back_object_and_a_weight_thrown_behind_backs() {
    check(
        "Pavel Orlov hit out at the Arctic Council over the delays. Ingrid Solberg pushed back against the criticism. Marta Lind threw her weight behind the plan.",
        expect![[r#"
            Pavel Orlov | reject | reported | reported-speech | Pavel Orlov hit out at the Arctic Council over the delays.
            Ingrid Solberg | reject | reported | reported-speech | Ingrid Solberg pushed back against the criticism.
            Marta Lind | support | reported | reported-speech | Marta Lind threw her weight behind the plan.
        "#]],
    );
}

#[test]
fn an_arabic_surname_is_the_person_without_its_article_or_capitalised() {
    check(
        "Sheikh Hamad al-Nuaimi said talks would resume.\n\nAl-Nuaimi said Norland would host them.\n\nMohammed al-Sadr said the count had been rigged.\n\nSadr said his supporters would protest.",
        expect![[r#"
            Hamad al-Nuaimi | assess | reported | reported-speech | Sheikh Hamad al-Nuaimi said talks would resume.
            Hamad al-Nuaimi | assess | reported | reported-speech | Al-Nuaimi said Norland would host them.
            Mohammed al-Sadr | reject | reported | reported-speech | Mohammed al-Sadr said the count had been rigged.
            Mohammed al-Sadr | assess | reported | reported-speech | Sadr said his supporters would protest.
        "#]],
    );
}

#[test]
fn the_former_and_the_latter_are_the_two_named_together_before() {
    check(
        "Ingrid Solberg met Pavel Orlov in Oslo on Monday.\n\nThe latter said Vostria would not give up its claims. The former, however, said talks would go on.",
        expect![[r#"
            Pavel Orlov | reject | reported | reported-speech | The latter said Vostria would not give up its claims.
            Ingrid Solberg | assess | reported | reported-speech | The former, however, said talks would go on.
        "#]],
    );
}

#[test]
fn an_office_of_a_state_with_nobody_named_is_the_state() {
    check(
        "The President of Kenya noted that trade had grown. The observer for Vostria said the blockade must end.",
        expect![[r#"
            Kenya | assess | reported | reported-speech | The President of Kenya noted that trade had grown.
            Vostria | demand | reported | reported-speech | The observer for Vostria said the blockade must end.
        "#]],
    );
}

#[test]
fn an_intention_stated_offers_a_course() {
    check(
        "Vestra Group stated its intention to leave the market.",
        expect![[r#"
            Vestra Group | propose | reported | reported-speech | Vestra Group stated its intention to leave the market.
        "#]],
    );
}

#[test]
fn an_act_called_arbitrary_is_objected_to() {
    check(
        "Judge Marta Lind wrote that the agency had acted arbitrarily.",
        expect![[r#"
            Marta Lind | reject | reported | reported-speech | Judge Marta Lind wrote that the agency had acted arbitrarily.
        "#]],
    );
}

#[test]
fn it_after_a_body_nobody_named_is_not_the_body_named_before() {
    check(
        "The Arctic Council said the figures were wrong.\n\nThe government has denied the allegations. It said the police had acted lawfully.",
        expect![[r#"
            Arctic Council | assess | reported | reported-speech | The Arctic Council said the figures were wrong.
        "#]],
    );
}

#[test]
fn clauses_set_against_each_other_keep_their_own_stance() {
    check(
        "Opposition leader Pavel Orlov dismissed the talks as theatre, while party chief Ingrid Solberg said she would back any deal that cut emissions.",
        expect![[r#"
            Pavel Orlov | reject | reported | reported-speech | Opposition leader Pavel Orlov dismissed the talks as theatre, while party chief Ingrid Solberg said she would back any deal that cut emissions.
            Ingrid Solberg | support | reported | reported-speech | Opposition leader Pavel Orlov dismissed the talks as theatre, while party chief Ingrid Solberg said she would back any deal that cut emissions.
        "#]],
    );
}

#[test]
fn harm_foreseen_in_plain_words_warns() {
    check(
        "Pavel Orlov said the talks were doomed to fail. Ingrid Solberg said the tariffs would hurt farmers and would backfire.",
        expect![[r#"
            Pavel Orlov | warn | reported | reported-speech | Pavel Orlov said the talks were doomed to fail.
            Ingrid Solberg | warn | reported | reported-speech | Ingrid Solberg said the tariffs would hurt farmers and would backfire.
        "#]],
    );
}

#[test]
fn a_duty_owed_by_others_is_a_demand() {
    check(
        "Ingrid Solberg said the council needed to do more to protect civilians. Pavel Orlov said lawmakers had a duty to act.",
        expect![[r#"
            Ingrid Solberg | demand | reported | reported-speech | Ingrid Solberg said the council needed to do more to protect civilians.
            Pavel Orlov | demand | reported | reported-speech | Pavel Orlov said lawmakers had a duty to act.
        "#]],
    );
}

#[test]
fn openness_to_a_compromise_is_an_offer() {
    check(
        "Ingrid Solberg said Norland was open to a compromise.",
        expect![[r#"
            Ingrid Solberg | propose | reported | reported-speech | Ingrid Solberg said Norland was open to a compromise.
        "#]],
    );
}

#[test]
fn a_plan_called_unworkable_or_a_travesty_is_rejected() {
    check(
        "Pavel Orlov said the plan was unworkable and a step in the wrong direction. Ingrid Solberg said the verdict was a travesty and her party would table a motion of no confidence.",
        expect![[r#"
            Pavel Orlov | reject | reported | reported-speech | Pavel Orlov said the plan was unworkable and a step in the wrong direction.
            Ingrid Solberg | reject | reported | reported-speech | Ingrid Solberg said the verdict was a travesty and her party would table a motion of no confidence.
        "#]],
    );
}

#[test]
fn leaving_the_next_step_to_others_demands_it_and_an_open_door_offers() {
    check(
        "Ingrid Solberg said it was up to Vostria to make the next move. Pavel Orlov said the door to dialogue remained open.",
        expect![[r#"
            Ingrid Solberg | demand | reported | reported-speech | Ingrid Solberg said it was up to Vostria to make the next move.
            Pavel Orlov | propose | reported | reported-speech | Pavel Orlov said the door to dialogue remained open.
        "#]],
    );
}

#[test]
fn no_choice_but_to_respond_warns() {
    check(
        "Pavel Orlov said Vostria had no choice but to respond.",
        expect![[r#"
            Pavel Orlov | warn | reported | reported-speech | Pavel Orlov said Vostria had no choice but to respond.
        "#]],
    );
}

#[test]
fn regret_and_cowardice_object_and_full_confidence_backs() {
    check(
        "Ingrid Solberg said she regretted the decision and called the attack cowardly. Pavel Orlov said he had full confidence in the negotiators.",
        expect![[r#"
            Ingrid Solberg | reject | reported | reported-speech | Ingrid Solberg said she regretted the decision and called the attack cowardly.
            Pavel Orlov | support | reported | reported-speech | Pavel Orlov said he had full confidence in the negotiators.
        "#]],
    );
}

#[test]
fn a_lone_capital_is_a_platform_not_a_speaker() {
    check(
        "Senator Tomas Reyhill opposed the bill. In a post on X, the senator wrote that it would raise prices.",
        expect![[r#"
            Tomas Reyhill | reject | attributed | attributed-stance | Senator Tomas Reyhill opposed the bill.
            Tomas Reyhill | assess | reported | reported-speech | In a post on X, the senator wrote that it would raise prices.
        "#]],
    );
}

#[test]
fn members_listed_after_a_lower_case_title_or_among_them_speak() {
    check(
        "Critics of the plan, including opposition leader Tomas Reyhill, say it goes too far. Several lawmakers, among them Senator Joan Okafor, said the bill was unconstitutional.",
        expect![[r#"
            Tomas Reyhill | reject | reported | reported-speech | Critics of the plan, including opposition leader Tomas Reyhill, say it goes too far.
            Joan Okafor | reject | reported | reported-speech | Several lawmakers, among them Senator Joan Okafor, said the bill was unconstitutional.
        "#]],
    );
}

#[test]
fn a_measure_going_too_far_or_not_far_enough_is_objected_to() {
    check(
        "Pavel Orlov said the plan went too far. Ingrid Solberg said the reforms did not go far enough. Marta Lind said the offer went far enough.",
        expect![[r#"
            Pavel Orlov | reject | reported | reported-speech | Pavel Orlov said the plan went too far.
            Ingrid Solberg | reject | reported | reported-speech | Ingrid Solberg said the reforms did not go far enough.
            Marta Lind | support | reported | reported-speech | Marta Lind said the offer went far enough.
        "#]],
    );
}

#[test]
fn a_pledge_to_act_against_a_thing_objects_to_it() {
    check(
        "Pavel Orlov vowed to veto the bill. Ingrid Solberg promised to fight corruption.",
        expect![[r#"
            Pavel Orlov | reject | reported | reported-speech | Pavel Orlov vowed to veto the bill.
            Ingrid Solberg | propose | reported | reported-speech | Ingrid Solberg promised to fight corruption.
        "#]],
    );
}

#[test]
fn a_un_agency_is_found_with_the_un_spelled_out_and_moral_condemnation_objects() {
    check(
        "The United Nations refugee agency said thousands had fled. Pavel Orlov called the shelling unconscionable.",
        expect![[r#"
            UNHCR | assess | reported | reported-speech | The United Nations refugee agency said thousands had fled.
            Pavel Orlov | reject | reported | reported-speech | Pavel Orlov called the shelling unconscionable.
        "#]],
    );
}

#[test]
fn a_state_s_office_is_not_a_speaker_quoted_in_the_next_sentence() {
    check(
        "Kenya's lead negotiator rejected the condition. “We will keep talking,” said Tomas Reyhill.",
        expect![[r#"
            Kenya | reject | attributed | attributed-stance | Kenya's lead negotiator rejected the condition.
            Tomas Reyhill | propose | direct | quote-speaker-after | “We will keep talking,” said Tomas Reyhill.
        "#]],
    );
}

#[test]
fn a_company_named_by_its_trade_speaks_through_a_company_spokeswoman() {
    check(
        "Orion Technologies said it would appeal. “We disagree with the findings,” a company spokeswoman said.",
        expect![[r#"
            Orion Technologies | reject | reported | reported-speech | Orion Technologies said it would appeal.
            Orion Technologies | reject | direct | quote-speaker-after | “We disagree with the findings,” a company spokeswoman said.
        "#]],
    );
}

#[test]
fn a_state_s_armed_forces_speak_for_it_and_a_project_on_a_cause_is_a_body() {
    check(
        "The Kenyan military called for calm. The watchdog group the Project on Fair Wages called the deal a scandal.",
        expect![[r#"
            Kenya | demand | reported | reported-speech | The Kenyan military called for calm.
            Project on Fair Wages | reject | reported | reported-speech | The watchdog group the Project on Fair Wages called the deal a scandal.
        "#]],
    );
}

#[test]
fn a_course_ruled_out_is_objected_to() {
    check(
        "Pavel Orlov said joint debt was out of the question. Ingrid Solberg called the plan a non-starter.",
        expect![[r#"
            Pavel Orlov | reject | reported | reported-speech | Pavel Orlov said joint debt was out of the question.
            Ingrid Solberg | reject | reported | reported-speech | Ingrid Solberg called the plan a non-starter.
        "#]],
    );
}

#[test]
fn buyers_demand_is_no_demand_and_a_renewed_demand_is_one() {
    check(
        "Ingrid Solberg said global demand for steel would recover. Pavel Orlov renewed his demand for talks.",
        expect![[r#"
            Ingrid Solberg | assess | reported | reported-speech | Ingrid Solberg said global demand for steel would recover.
            Pavel Orlov | demand | reported | reported-speech | Pavel Orlov renewed his demand for talks.
        "#]],
    );
}

#[test]
fn an_and_in_the_field_a_body_is_for_stays_in_its_name() {
    check(
        "The Centers for Disease Control and Prevention said it was sending a team. The Ministry of Trade and Industry said exports fell.",
        expect![[r#"
            Centers for Disease Control and Prevention | assess | reported | reported-speech | The Centers for Disease Control and Prevention said it was sending a team.
            Ministry of Trade and Industry | assess | reported | reported-speech | The Ministry of Trade and Industry said exports fell.
        "#]],
    );
}

#[test]
fn an_outcome_that_is_a_relief_is_welcomed_and_one_not_on_the_table_is_refused() {
    check(
        "“The ruling is a huge relief,” said Pavel Orlov. Ingrid Solberg said sanctions relief was not on the table.",
        expect![[r#"
            Pavel Orlov | support | direct | quote-speaker-after | “The ruling is a huge relief,” said Pavel Orlov.
            Ingrid Solberg | reject | reported | reported-speech | Ingrid Solberg said sanctions relief was not on the table.
        "#]],
    );
}

#[test]
fn talks_called_pointless_are_refused_and_signalled_openness_offers() {
    check(
        "Pavel Orlov said further talks were pointless. Ingrid Solberg signalled openness to a deal.",
        expect![[r#"
            Pavel Orlov | reject | reported | reported-speech | Pavel Orlov said further talks were pointless.
            Ingrid Solberg | propose | reported | reported-speech | Ingrid Solberg signalled openness to a deal.
        "#]],
    );
}

#[test]
fn warnings_dismissed_as_hysteria_are_refused() {
    check(
        "Pavel Orlov called the warnings from Norland “hysteria.”",
        expect![[r#"
            Pavel Orlov | reject | reported | reported-speech | Pavel Orlov called the warnings from Norland “hysteria.”
        "#]],
    );
}

#[test]
fn a_vote_promised_for_or_against_a_thing_takes_its_side() {
    check(
        "Pavel Orlov said he would vote no. Ingrid Solberg said she would vote for the bill. Marta Lind said she would not vote for it.",
        expect![[r#"
            Pavel Orlov | reject | reported | reported-speech | Pavel Orlov said he would vote no.
            Ingrid Solberg | support | reported | reported-speech | Ingrid Solberg said she would vote for the bill.
            Marta Lind | reject | reported | reported-speech | Marta Lind said she would not vote for it.
        "#]],
    );
}

#[test]
fn one_counted_among_those_who_act_acts() {
    check(
        "Marta Lind was among those who had called for an inquiry. Pavel Orlov is one of the lawmakers who voted against the budget.",
        expect![[r#"
            Marta Lind | demand | reported | reported-speech | Marta Lind was among those who had called for an inquiry.
            Pavel Orlov | reject | attributed | attributed-stance | Pavel Orlov is one of the lawmakers who voted against the budget.
        "#]],
    );
}

#[test]
fn shooting_back_and_cold_water_object_and_doubling_down_restates() {
    check(
        "Ingrid Solberg shot back that the report was biased. Marta Lind poured cold water on hopes of a deal. Pavel Orlov doubled down on his demand for a recount.",
        expect![[r#"
            Ingrid Solberg | reject | reported | reported-speech | Ingrid Solberg shot back that the report was biased.
            Marta Lind | reject | reported | reported-speech | Marta Lind poured cold water on hopes of a deal.
            Pavel Orlov | demand | reported | reported-speech | Pavel Orlov doubled down on his demand for a recount.
        "#]],
    );
}

#[test]
fn sounding_the_alarm_warns_and_skepticism_voiced_objects() {
    check(
        "Marta Lind sounded the alarm over rising debt. Ingrid Solberg voiced skepticism about the plan.",
        expect![[r#"
            Marta Lind | warn | reported | reported-speech | Marta Lind sounded the alarm over rising debt.
            Ingrid Solberg | reject | reported | reported-speech | Ingrid Solberg voiced skepticism about the plan.
        "#]],
    );
}

#[test]
fn a_course_stated_in_reported_speech_pledges_it() {
    check(
        "Marta Lind said she will ask parliament to extend the mandate. Pavel Orlov said his government would open a consulate in Kenya. Ingrid Solberg said it would take years to rebuild the port.",
        expect![[r#"
            Marta Lind | propose | reported | reported-speech | Marta Lind said she will ask parliament to extend the mandate.
            Pavel Orlov | propose | reported | reported-speech | Pavel Orlov said his government would open a consulate in Kenya.
            Ingrid Solberg | assess | reported | reported-speech | Ingrid Solberg said it would take years to rebuild the port.
        "#]],
    );
}

#[test]
fn a_capital_city_after_a_name_word_is_a_surname() {
    check(
        "Senator Kemi Santiago said the bill was a mistake. Later Santiago said the vote would be close. Nairobi said the talks had failed.",
        expect![[r#"
            Kemi Santiago | reject | reported | reported-speech | Senator Kemi Santiago said the bill was a mistake.
            Kemi Santiago | assess | reported | reported-speech | Later Santiago said the vote would be close.
            Kenya | assess | reported | reported-speech | Nairobi said the talks had failed.
        "#]],
    );
}

#[test]
fn given_names_from_many_places_tell_the_pronoun_whom() {
    check(
        "Trade Minister Priya Sharma met Agriculture Minister Chinedu Okoro on Monday. He said the tariffs must be cut.",
        expect![[r#"
            Chinedu Okoro | demand | reported | reported-speech | He said the tariffs must be cut.
        "#]],
    );
}

#[test]
fn a_state_s_armed_forces_speak_for_it() {
    check(
        "Kenya's army said the rebels had fired first. Norland's air force said it had downed ten drones.",
        expect![[r#"
            Kenya | assess | reported | reported-speech | Kenya's army said the rebels had fired first.
            Norland | assess | reported | reported-speech | Norland's air force said it had downed ten drones.
        "#]],
    );
}

#[test]
fn judgements_of_news_speech_take_their_stance() {
    check(
        "“We do not need foreign troops on our soil,” Pavel Orlov said. “This crime will not go unpunished,” Ingrid Solberg said. Marta Lind said the demands were unrealistic. Pavel Orlov said the armed groups ought to disarm. “It is vital that aid reaches the camps,” Ingrid Solberg said. “The plant poses a threat to the region,” Marta Lind said. “This is a landmark ruling,” Pavel Orlov said. Ingrid Solberg said she doubted the plan would work. “The lawsuit is frivolous,” Marta Lind said.",
        expect![[r#"
            Pavel Orlov | reject | direct | quote-speaker-after | “We do not need foreign troops on our soil,” Pavel Orlov said.
            Ingrid Solberg | warn | direct | quote-speaker-after | “This crime will not go unpunished,” Ingrid Solberg said.
            Marta Lind | reject | reported | reported-speech | Marta Lind said the demands were unrealistic.
            Pavel Orlov | demand | reported | reported-speech | Pavel Orlov said the armed groups ought to disarm.
            Ingrid Solberg | demand | direct | quote-speaker-after | “It is vital that aid reaches the camps,” Ingrid Solberg said.
            Marta Lind | warn | direct | quote-speaker-after | “The plant poses a threat to the region,” Marta Lind said.
            Pavel Orlov | support | direct | quote-speaker-after | “This is a landmark ruling,” Pavel Orlov said.
            Ingrid Solberg | reject | reported | reported-speech | Ingrid Solberg said she doubted the plan would work.
            Marta Lind | reject | direct | quote-speaker-after | “The lawsuit is frivolous,” Marta Lind said.
        "#]],
    );
}

#[test]
fn a_verb_of_saying_with_a_thing_done_for_its_object_is_no_statement() {
    check(
        "Marta Lind called a snap election for June. Kenya recalled its ambassador from Norland. Vostria Motors reported weaker-than-expected profit. Ingrid Solberg called the election a sham. Pavel Orlov recalled that the talks had failed before.",
        expect![[r#"
            Ingrid Solberg | reject | reported | reported-speech | Ingrid Solberg called the election a sham.
            Pavel Orlov | assess | reported | reported-speech | Pavel Orlov recalled that the talks had failed before.
        "#]],
    );
}

#[test]
fn a_us_agency_after_the_dotted_abbreviation_and_the_treasury_speak() {
    check(
        "The U.S. Food and Drug Administration said the drug was safe. The U.S. Treasury said it would impose sanctions on three banks. Treasury Secretary Ana Ruiz said rates must fall. The Fed said it would raise rates.",
        expect![[r#"
            US Food and Drug Administration | assess | reported | reported-speech | The U.S. Food and Drug Administration said the drug was safe.
            US Treasury Department | reject | reported | reported-speech | The U.S. Treasury said it would impose sanctions on three banks.
            Ana Ruiz | demand | reported | reported-speech | Treasury Secretary Ana Ruiz said rates must fall.
            Federal Reserve | propose | reported | reported-speech | The Fed said it would raise rates.
        "#]],
    );
}

#[test]
fn it_after_a_sentence_of_narration_is_the_body_it_opened_with() {
    check(
        "Ingrid Solberg said the talks were over. The European Union imposed new sanctions on Norland on Monday. It said the measures targeted the arms trade.",
        expect![[r#"
            Ingrid Solberg | assess | reported | reported-speech | Ingrid Solberg said the talks were over.
            European Union | assess | reported | reported-speech | It said the measures targeted the arms trade.
        "#]],
    );
}

#[test]
fn bodies_named_for_their_aim_and_confederations() {
    check(
        "The Committee to Protect Reporters said the arrests must end. The Kenyan Football Confederation said the match would go ahead.",
        expect![[r#"
            Committee to Protect Reporters | demand | reported | reported-speech | The Committee to Protect Reporters said the arrests must end.
            Kenyan Football Confederation | assess | reported | reported-speech | The Kenyan Football Confederation said the match would go ahead.
        "#]],
    );
}

#[test]
fn a_surname_with_particles_refers_to_the_person_in_any_case() {
    check(
        "Finance Minister Anna van der Berg said the budget was sound.\n\nVan der Berg said it would pass. Mr. van der Berg added that the vote was close.",
        expect![[r#"
            Anna van der Berg | assess | reported | reported-speech | Finance Minister Anna van der Berg said the budget was sound.
            Anna van der Berg | propose | reported | reported-speech | Van der Berg said it would pass.
            Anna van der Berg | assess | reported | reported-speech | Mr. van der Berg added that the vote was close.
        "#]],
    );
}

#[test]
fn a_bloc_s_ministers_speak_for_it() {
    check(
        "EU foreign ministers said the sanctions must stay. G7 finance ministers agreed to cap the price of oil.",
        expect![[r#"
            European Union | demand | reported | reported-speech | EU foreign ministers said the sanctions must stay.
            G7 | propose | attributed | attributed-stance | G7 finance ministers agreed to cap the price of oil.
        "#]],
    );
}

#[test]
fn shouting_lauding_regretting_and_doubting_are_cues() {
    check(
        "“The count is not over,” Marta Lind shouted. Pavel Orlov lauded the deal as a milestone. Ingrid Solberg regretted that the talks had failed. Marta Lind was sceptical about the plan.",
        expect![[r#"
            Marta Lind | assess | direct | quote-speaker-after | “The count is not over,” Marta Lind shouted.
            Pavel Orlov | support | reported | reported-speech | Pavel Orlov lauded the deal as a milestone.
            Ingrid Solberg | reject | attributed | attributed-stance | Ingrid Solberg regretted that the talks had failed.
            Marta Lind | reject | attributed | attributed-stance | Marta Lind was sceptical about the plan.
        "#]],
    );
}

#[test]
fn terms_the_speaker_offers_under_a_condition_propose() {
    check(
        "“If the talks succeed, we will lift the tariffs,” Marta Lind said. “If they attack, we will respond with force,” Ingrid Solberg said.",
        expect![[r#"
            Marta Lind | propose | direct | quote-speaker-after | “If the talks succeed, we will lift the tariffs,” Marta Lind said.
            Ingrid Solberg | warn | direct | quote-speaker-after | “If they attack, we will respond with force,” Ingrid Solberg said.
        "#]],
    );
}

#[test]
fn an_office_named_by_a_word_of_stance_takes_no_position() {
    check(
        "“We call on all parties to respect the ceasefire,” Kenyan mediator Ali Hassan said. “We are satisfied with the outcome,” war crimes prosecutor Ana Ruiz said.",
        expect![[r#"
            Ali Hassan | demand | direct | quote-speaker-after | “We call on all parties to respect the ceasefire,” Kenyan mediator Ali Hassan said.
            Ana Ruiz | support | direct | quote-speaker-after | “We are satisfied with the outcome,” war crimes prosecutor Ana Ruiz said.
        "#]],
    );
}

#[test]
fn the_partner_of_a_joint_statement_signs_it_too() {
    check(
        "Kenya said in a joint statement with Uganda that the border would reopen. Marta Lind, in a joint statement with Pavel Orlov, called for calm.",
        expect![[r#"
            Kenya | assess | reported | reported-speech | Kenya said in a joint statement with Uganda that the border would reopen.
            Uganda | assess | reported | reported-speech | Kenya said in a joint statement with Uganda that the border would reopen.
            Marta Lind | demand | reported | reported-speech | Marta Lind, in a joint statement with Pavel Orlov, called for calm.
            Pavel Orlov | demand | reported | reported-speech | Marta Lind, in a joint statement with Pavel Orlov, called for calm.
        "#]],
    );
}

#[test]
fn a_state_of_mind_reported_in_the_past_is_the_reporter_s_claim() {
    check(
        "Envoy Ivo Marsh said Vostria wanted a seat on the council. Marsh said Vostria had rejected the truce.",
        expect![[r#"
            Ivo Marsh | assess | reported | reported-speech | Envoy Ivo Marsh said Vostria wanted a seat on the council.
            Ivo Marsh | assess | reported | reported-speech | Marsh said Vostria had rejected the truce.
            Vostria | reject | attributed | attributed-stance | Marsh said Vostria had rejected the truce.
        "#]],
    );
}

#[test]
fn a_bare_verb_after_an_auxiliary_is_a_verb() {
    check(
        "Norland does not support the levy. Vostria will not oppose the levy. Kenya won't back the levy.",
        expect![[r#"
            Norland | reject | attributed | attributed-stance | Norland does not support the levy.
            Vostria | support | attributed | attributed-stance | Vostria will not oppose the levy.
            Kenya | reject | attributed | attributed-stance | Kenya won't back the levy.
        "#]],
    );
}

#[test]
fn a_wish_denied_refuses_the_thing_wished_for() {
    check(
        "Norland does not want foreign troops on its soil. Vostria is not seeking a new round of talks.",
        expect![[r#"
            Norland | reject | attributed | attributed-stance | Norland does not want foreign troops on its soil.
            Vostria | reject | attributed | attributed-stance | Vostria is not seeking a new round of talks.
        "#]],
    );
}

#[test]
fn no_longer_denies_the_verb_as_not_does() {
    check(
        "Vostria no longer backs the levy.",
        expect![[r#"
            Vostria | reject | attributed | attributed-stance | Vostria no longer backs the levy.
        "#]],
    );
}

#[test]
fn a_label_before_a_colon_in_mixed_case_is_no_speaker() {
    check(
        "Background: The levy has divided the council since March.\n\nMarta Lind said the levy would pass.\n\nUpdate: The vote was moved to Friday.",
        expect![[r#"
            Marta Lind | assess | reported | reported-speech | Marta Lind said the levy would pass.
        "#]],
    );
}

#[test]
fn people_in_the_plural_that_narration_brings_in_are_whom_they_means() {
    check(
        "Marta Lind and Ivo Marsh said the levy was fair.\n\nPolice in Lund arrested two protesters on Monday. They said the men had thrown paint.\n\nBoth ministers said the levy would stay. They said it was needed.",
        expect![[r#"
            Ivo Marsh | assess | reported | reported-speech | Marta Lind and Ivo Marsh said the levy was fair.
            Marta Lind | assess | reported | reported-speech | Marta Lind and Ivo Marsh said the levy was fair.
            Marta Lind | assess | reported | reported-speech | Both ministers said the levy would stay.
            Ivo Marsh | assess | reported | reported-speech | Both ministers said the levy would stay.
            Marta Lind | assess | reported | reported-speech | They said it was needed.
            Ivo Marsh | assess | reported | reported-speech | They said it was needed.
        "#]],
    );
}

#[test]
fn not_only_denies_nothing() {
    check(
        "Ivo Marsh said the levy was not only unfair but dangerous. Marta Lind said she not just welcomed the levy but would defend it.",
        expect![[r#"
            Ivo Marsh | reject | reported | reported-speech | Ivo Marsh said the levy was not only unfair but dangerous.
            Marta Lind | support | reported | reported-speech | Marta Lind said she not just welcomed the levy but would defend it.
        "#]],
    );
}

#[test]
fn asking_whether_puts_a_question_not_a_request() {
    check(
        "Ivo Marsh asked whether the levy had raised anything. Marta Lind asked the council to delay the vote.",
        expect![[r#"
            Ivo Marsh | assess | reported | reported-speech | Ivo Marsh asked whether the levy had raised anything.
            Marta Lind | demand | reported | reported-speech | Marta Lind asked the council to delay the vote.
        "#]],
    );
}

#[test]
fn a_course_reported_for_the_speaker_s_own_body_is_a_pledge() {
    check(
        "Marta Lind said her ministry would publish the full contract. Ivo Marsh said we would reopen the border.",
        expect![[r#"
            Marta Lind | propose | reported | reported-speech | Marta Lind said her ministry would publish the full contract.
            Ivo Marsh | propose | reported | reported-speech | Ivo Marsh said we would reopen the border.
        "#]],
    );
}

#[test]
fn a_quotation_over_paragraphs_is_its_last_paragraph_s_speaker_s() {
    check(
        "Ivo Marsh said the council had answered every letter.\n\n“We have waited long enough. The council has ignored our letters for a year.\n\n“Now we will act,” said Marta Lind.",
        expect![[r#"
            Ivo Marsh | assess | reported | reported-speech | Ivo Marsh said the council had answered every letter.
            Marta Lind | assess | direct | quote-continued | “We have waited long enough.
            Marta Lind | reject | direct | quote-continued | The council has ignored our letters for a year.
            Marta Lind | propose | direct | quote-speaker-after | “Now we will act,” said Marta Lind.
        "#]],
    );
}

#[test]
fn a_one_word_body_described_between_commas_speaks() {
    check(
        "Nordbank, the Norland lender, said profits fell. Harbo, which runs the port, said the levy would hurt trade.",
        expect![[r#"
            Nordbank | assess | reported | reported-speech | Nordbank, the Norland lender, said profits fell.
            Harbo | warn | reported | reported-speech | Harbo, which runs the port, said the levy would hurt trade.
        "#]],
    );
}

#[test]
fn the_premier_is_the_prime_minister() {
    check(
        "Prime Minister Hamid Rezaei visited the port on Monday. The premier said the levy would stay.",
        expect![[r#"
            Hamid Rezaei | assess | reported | reported-speech | The premier said the levy would stay.
        "#]],
    );
}

#[test]
fn the_idioms_of_diplomacy_take_their_stance() {
    check(
        "Ivo Marsh said all options were on the table. Marta Lind said the ball was in Norland's court. Marsh said the accord was not worth the paper it was written on. “The offer is off the table,” Lind said.",
        expect![[r#"
            Ivo Marsh | warn | reported | reported-speech | Ivo Marsh said all options were on the table.
            Marta Lind | demand | reported | reported-speech | Marta Lind said the ball was in Norland's court.
            Ivo Marsh | reject | reported | reported-speech | Marsh said the accord was not worth the paper it was written on.
            Marta Lind | reject | direct | quote-speaker-after | “The offer is off the table,” Lind said.
        "#]],
    );
}

#[test]
fn offices_outside_government_stand_for_their_holder() {
    check(
        "Coach Marta Silva said the team was ready. The coach said the players were tired.",
        expect![[r#"
            Marta Silva | propose | reported | reported-speech | Coach Marta Silva said the team was ready.
            Marta Silva | assess | reported | reported-speech | The coach said the players were tired.
        "#]],
    );
}

#[test]
fn the_one_joined_in_a_position_holds_it_too() {
    check(
        "Norland joined Vostria in condemning the attack. Marta Lind, who joined the council in May, said the levy was fair.",
        expect![[r#"
            Norland | reject | attributed | attributed-stance | Norland joined Vostria in condemning the attack.
            Vostria | reject | attributed | attributed-stance | Norland joined Vostria in condemning the attack.
            Marta Lind | assess | reported | reported-speech | Marta Lind, who joined the council in May, said the levy was fair.
        "#]],
    );
}

#[test]
fn a_sentence_of_counts_alone_ends() {
    check(
        "Marta Lind said the levy was fair.\n\nTwo of 10.\n\n2019.",
        expect![[r#"
            Marta Lind | assess | reported | reported-speech | Marta Lind said the levy was fair.
        "#]],
    );
}

#[test]
fn a_one_word_body_that_spoke_is_the_company_after_it() {
    check(
        "Halvex Group said it would cut jobs. Tellco said prices would rise. The company said costs had doubled.\n\nKorvabank, Vostria's largest lender, said rates would rise. The lender said loans had slowed.",
        expect![[r#"
            Halvex Group | propose | reported | reported-speech | Halvex Group said it would cut jobs.
            Tellco | assess | reported | reported-speech | Tellco said prices would rise.
            Tellco | assess | reported | reported-speech | The company said costs had doubled.
            Korvabank | assess | reported | reported-speech | Korvabank, Vostria's largest lender, said rates would rise.
            Korvabank | assess | reported | reported-speech | The lender said loans had slowed.
        "#]],
    );
}

#[test]
fn a_company_named_for_its_trade_speaks() {
    check(
        "Korvata Energy said it would not raise prices. Fisheries Minister Ivo Marsh said quotas would stay.",
        expect![[r#"
            Korvata Energy | reject | reported | reported-speech | Korvata Energy said it would not raise prices.
            Ivo Marsh | assess | reported | reported-speech | Fisheries Minister Ivo Marsh said quotas would stay.
        "#]],
    );
}

#[test]
fn reported_speech_shifts_an_obligation_into_the_past() {
    check(
        "Marta Lind said it was essential that the convoys be allowed through. Ivo Marsh said the parties had to return to the table.",
        expect![[r#"
            Marta Lind | demand | reported | reported-speech | Marta Lind said it was essential that the convoys be allowed through.
            Ivo Marsh | demand | reported | reported-speech | Ivo Marsh said the parties had to return to the table.
        "#]],
    );
}

#[test]
fn harm_forecast_with_a_modal_warns() {
    check(
        "Marta Lind said the levy would hit pensioners hardest. Ivo Marsh said the firm reported a loss.",
        expect![[r#"
            Marta Lind | warn | reported | reported-speech | Marta Lind said the levy would hit pensioners hardest.
            Ivo Marsh | assess | reported | reported-speech | Ivo Marsh said the firm reported a loss.
        "#]],
    );
}

#[test]
fn declining_to_say_keeps_a_position_back() {
    check(
        "Ivo Marsh refused to say whether the troops would stay. Marta Lind declined to give details of the plan. Pavel Orlov refused to sign the accord.",
        expect![[r#"
            Pavel Orlov | reject | attributed | attributed-stance | Pavel Orlov refused to sign the accord.
        "#]],
    );
}

#[test]
fn judgements_of_fairness_and_readiness_in_reported_speech() {
    check(
        "Marta Lind said the new rules were discriminatory. Ivo Marsh said Norland could live with the compromise. Pavel Orlov said the union was eager to resume talks.",
        expect![[r#"
            Marta Lind | reject | reported | reported-speech | Marta Lind said the new rules were discriminatory.
            Ivo Marsh | support | reported | reported-speech | Ivo Marsh said Norland could live with the compromise.
            Pavel Orlov | propose | reported | reported-speech | Pavel Orlov said the union was eager to resume talks.
        "#]],
    );
}

#[test]
fn a_body_spokesman_set_off_after_a_name_describes_that_person() {
    check(
        "Ivo Kessler, a government spokesman, said the talks would resume. The ban stays, Anna Berg, an army spokeswoman, said.",
        expect![[r#"
            Ivo Kessler | assess | reported | reported-speech | Ivo Kessler, a government spokesman, said the talks would resume.
            Anna Berg | assess | reported | reported-speech | The ban stays, Anna Berg, an army spokeswoman, said.
        "#]],
    );
}

#[test]
fn an_office_after_for_or_to_in_an_appositive_is_another_persons() {
    check(
        "Ivo Kessler, a spokesman for the president, said the talks would resume. The president said the rebels must disarm.",
        expect![[r#"
            Ivo Kessler | assess | reported | reported-speech | Ivo Kessler, a spokesman for the president, said the talks would resume.
        "#]],
    );
}

#[test]
fn a_role_of_two_words_means_the_person_it_described() {
    check(
        "Lars Holm, the managing director of Nordvik, said sales fell. The managing director said costs rose. Mia Dahl, chief executive of Tellco, said prices would fall. The chief executive added that jobs were safe.",
        expect![[r#"
            Lars Holm | assess | reported | reported-speech | Lars Holm, the managing director of Nordvik, said sales fell.
            Lars Holm | assess | reported | reported-speech | The managing director said costs rose.
            Mia Dahl | assess | reported | reported-speech | Mia Dahl, chief executive of Tellco, said prices would fall.
            Mia Dahl | assess | reported | reported-speech | The chief executive added that jobs were safe.
        "#]],
    );
}

#[test]
fn a_name_compared_with_like_or_unlike() {
    check(
        "Unlike Vostria, Norland said the levy was fair. Marta Lind, like Ivo Marsh, believes the plan is flawed. Norland, as well as Vostria, said the talks were useful.",
        expect![[r#"
            Norland | assess | reported | reported-speech | Unlike Vostria, Norland said the levy was fair.
            Marta Lind | reject | reported | reported-speech | Marta Lind, like Ivo Marsh, believes the plan is flawed.
            Ivo Marsh | reject | reported | reported-speech | Marta Lind, like Ivo Marsh, believes the plan is flawed.
            Norland | assess | reported | reported-speech | Norland, as well as Vostria, said the talks were useful.
            Vostria | assess | reported | reported-speech | Norland, as well as Vostria, said the talks were useful.
        "#]],
    );
}

#[test]
fn a_plural_name_owns_with_a_straight_apostrophe() {
    check(
        "The Philippines' foreign ministry said the ship had left. 'We will not sign it,' said Marta Lind.",
        expect![[r#"
            Philippines | assess | reported | reported-speech | The Philippines' foreign ministry said the ship had left.
            Marta Lind | reject | direct | quote-speaker-after | 'We will not sign it,' said Marta Lind.
        "#]],
    );
}

#[test]
fn an_outlet_described_after_its_name_or_titled_by_its_kind_holds_no_position() {
    check(
        "Novaya Zora, an independent newspaper, reported that the levy was unfair. Broadcaster Kanal Nord said the vote was rigged. Marta Lind, an independent candidate, said the plan was flawed.",
        expect![[r#"
            Marta Lind | reject | reported | reported-speech | Marta Lind, an independent candidate, said the plan was flawed.
        "#]],
    );
}

#[test]
fn a_company_described_by_its_trade_before_or_after_its_name() {
    check(
        "Swiss drugmaker Novala said the trial had failed. Orbis Technologies said sales fell. The German company said demand was weak. The tech giant said costs rose.",
        expect![[r#"
            Novala | assess | reported | reported-speech | Swiss drugmaker Novala said the trial had failed.
            Orbis Technologies | assess | reported | reported-speech | Orbis Technologies said sales fell.
            Orbis Technologies | assess | reported | reported-speech | The German company said demand was weak.
            Orbis Technologies | assess | reported | reported-speech | The tech giant said costs rose.
        "#]],
    );
}

#[test]
fn an_answer_tag_is_the_briefer_the_title_names() {
    check_titled(
        "Press Briefing by Spokesperson Dara Hollis",
        "QUESTION: Will Norland sign the accord?\n\nANSWER: Norland will not sign an accord that ignores its interests.\n\nQ: And the levy?\n\nA: We want it lifted at once.",
        expect![[r#"
            Dara Hollis | reject | direct | transcript-turn | Norland will not sign an accord that ignores its interests.
            Dara Hollis | demand | direct | transcript-turn | We want it lifted at once.
        "#]],
    );
}

#[test]
fn a_quoted_question_is_no_demand_and_a_rhetorical_one_refuses() {
    check(
        "“Who in their right mind would sign this?” Marta Lind asked. “Who would ever agree to such terms?” said Ivo Marsh.",
        expect![[r#"
            Marta Lind | assess | direct | quote-speaker-after | “Who in their right mind would sign this?” Marta Lind asked.
            Ivo Marsh | reject | direct | quote-speaker-after | “Who would ever agree to such terms?” said Ivo Marsh.
        "#]],
    );
}

#[test]
fn a_given_name_tells_which_person_a_pronoun_passes_by() {
    check(
        "Oleksiy Darvan announced the levy. Mina Okafor condemned it. He said the levy was fair.",
        expect![[r#"
            Oleksiy Darvan | propose | reported | reported-speech | Oleksiy Darvan announced the levy.
            Mina Okafor | reject | attributed | attributed-stance | Mina Okafor condemned it.
            Oleksiy Darvan | assess | reported | reported-speech | He said the levy was fair.
        "#]],
    );
}

#[test]
fn a_company_named_for_its_trade_is_the_company_after_it() {
    check(
        "Kestrel Mining said it would close the pit. The company said costs had doubled. Mining stocks fell after Vantor Capital said the bid was fair.",
        expect![[r#"
            Kestrel Mining | propose | reported | reported-speech | Kestrel Mining said it would close the pit.
            Kestrel Mining | assess | reported | reported-speech | The company said costs had doubled.
            Vantor Capital | assess | reported | reported-speech | Mining stocks fell after Vantor Capital said the bid was fair.
        "#]],
    );
}

#[test]
fn those_spoken_for_in_an_aside_leave_the_speaker_the_subject() {
    check(
        "The delegate of Norway, also speaking for Denmark, Finland, Iceland and Sweden, urged the council to act.",
        expect![[r#"
            Norway | demand | reported | reported-speech | The delegate of Norway, also speaking for Denmark, Finland, Iceland and Sweden, urged the council to act.
        "#]],
    );
}

#[test]
fn a_one_word_body_takes_a_cue_of_several_words() {
    check(
        "Tellco hit back at the regulator, calling the fine unjustified. Norland refuted the allegations.",
        expect![[r#"
            Tellco | reject | reported | reported-speech | Tellco hit back at the regulator, calling the fine unjustified.
            Norland | reject | reported | reported-speech | Norland refuted the allegations.
        "#]],
    );
}

#[test]
fn a_course_not_ruled_out_is_kept_open() {
    check(
        "Norland did not rule out military action against the rebels. Marta Lind did not rule out talks with the rebels. Ivo Marsh refused to rule out new tariffs on steel. Vostria ruled out talks.",
        expect![[r#"
            Norland | warn | reported | reported-speech | Norland did not rule out military action against the rebels.
            Marta Lind | support | reported | reported-speech | Marta Lind did not rule out talks with the rebels.
            Ivo Marsh | warn | attributed | attributed-stance | Ivo Marsh refused to rule out new tariffs on steel.
            Vostria | reject | reported | reported-speech | Vostria ruled out talks.
        "#]],
    );
}

#[test]
fn a_source_cited_by_one_word_is_a_body() {
    check(
        "Prices rose four percent last year, according to Eurostat. According to Kestrel, a research group, the cuts will fall on the poor.",
        expect![[r#"
            Eurostat | assess | reported | according-to | Prices rose four percent last year, according to Eurostat.
            Kestrel | assess | reported | according-to | According to Kestrel, a research group, the cuts will fall on the poor.
        "#]],
    );
}

#[test]
fn idioms_of_advocacy_and_opposition_are_cues() {
    check(
        "Norland campaigned against the dam for years. Vostria came out in favour of the plan. Marta Lind argued for a longer transition. Ivo Marsh voiced reservations about the treaty. Ingrid Solberg walked away from the coalition talks. Pavel Orlov held out the prospect of lower fees.",
        expect![[r#"
            Norland | reject | attributed | attributed-stance | Norland campaigned against the dam for years.
            Vostria | support | reported | reported-speech | Vostria came out in favour of the plan.
            Marta Lind | demand | reported | reported-speech | Marta Lind argued for a longer transition.
            Ivo Marsh | reject | reported | reported-speech | Ivo Marsh voiced reservations about the treaty.
            Ingrid Solberg | reject | attributed | attributed-stance | Ingrid Solberg walked away from the coalition talks.
            Pavel Orlov | propose | attributed | attributed-stance | Pavel Orlov held out the prospect of lower fees.
        "#]],
    );
}

#[test]
fn more_trades_close_a_company_name() {
    check(
        "Kestrel Oil said it would close two refineries. The company said margins had collapsed. Oil prices rose on the news.",
        expect![[r#"
            Kestrel Oil | propose | reported | reported-speech | Kestrel Oil said it would close two refineries.
            Kestrel Oil | assess | reported | reported-speech | The company said margins had collapsed.
        "#]],
    );
}

#[test]
fn a_possessive_inside_a_body_name_stays_in_the_name() {
    check(
        "The People's Party said it would vote against the budget. The Transport Workers' Union said the strike would go ahead. The union demanded a pay rise.",
        expect![[r#"
            People's Party | reject | reported | reported-speech | The People's Party said it would vote against the budget.
            Transport Workers' Union | assess | reported | reported-speech | The Transport Workers' Union said the strike would go ahead.
            Transport Workers' Union | demand | attributed | attributed-stance | The union demanded a pay rise.
        "#]],
    );
}

#[test]
fn one_an_unnamed_source_stands_near_is_no_speaker() {
    check(
        "Sources close to Prime Minister Ivo Marsh said he would not resign. A source in Marta Lind's office said she would stay. A spokesman for Ingrid Solberg said she would run again.",
        expect![[r#"
            Ingrid Solberg | propose | reported | reported-speech | A spokesman for Ingrid Solberg said she would run again.
        "#]],
    );
}

#[test]
fn another_party_s_past_act_is_reported_not_held() {
    check(
        "Marta Lind said the rebels had demanded a ransom. Ivo Marsh said Vostria rejected the offer. Ingrid Solberg said she had rejected the plan.",
        expect![[r#"
            Marta Lind | assess | reported | reported-speech | Marta Lind said the rebels had demanded a ransom.
            Ivo Marsh | assess | reported | reported-speech | Ivo Marsh said Vostria rejected the offer.
            Vostria | reject | attributed | attributed-stance | Ivo Marsh said Vostria rejected the offer.
            Ingrid Solberg | reject | reported | reported-speech | Ingrid Solberg said she had rejected the plan.
        "#]],
    );
}

#[test]
fn charging_and_lamenting_object_and_a_blockade_is_a_force_kept_open() {
    check(
        "Marta Lind charged that the ministry had hidden the figures. Ivo Marsh lamented the decision to close the mine. The farmers' union Norland Growers did not rule out blockading the ports.",
        expect![[r#"
            Marta Lind | reject | reported | reported-speech | Marta Lind charged that the ministry had hidden the figures.
            Ivo Marsh | reject | reported | reported-speech | Ivo Marsh lamented the decision to close the mine.
            Norland Growers | warn | reported | reported-speech | The farmers' union Norland Growers did not rule out blockading the ports.
        "#]],
    );
}

#[test]
fn a_known_body_s_head_noun_means_it() {
    check(
        "The International Monetary Fund said Norland must raise taxes. The fund warned that reserves were low. The World Bank cut its forecast. The bank said growth would slow.",
        expect![[r#"
            IMF | demand | reported | reported-speech | The International Monetary Fund said Norland must raise taxes.
            IMF | warn | reported | reported-speech | The fund warned that reserves were low.
            World Bank | assess | reported | reported-speech | The bank said growth would slow.
        "#]],
    );
}

#[test]
fn the_government_after_a_state_as_subject_is_that_state() {
    check(
        "Vostria expelled two diplomats on Tuesday. The government said the diplomats had spied on the army.",
        expect![[r#"
            Vostria | reject | attributed | attributed-stance | Vostria expelled two diplomats on Tuesday.
            Vostria | assess | reported | reported-speech | The government said the diplomats had spied on the army.
        "#]],
    );
}

#[test]
fn a_second_name_set_off_after_its_role_joins_the_subject() {
    check(
        "Marta Lind and her Vostrian counterpart, Ivo Marsh, said the two countries would build a bridge.",
        expect![[r#"
            Ivo Marsh | assess | reported | reported-speech | Marta Lind and her Vostrian counterpart, Ivo Marsh, said the two countries would build a bridge.
            Marta Lind | assess | reported | reported-speech | Marta Lind and her Vostrian counterpart, Ivo Marsh, said the two countries would build a bridge.
        "#]],
    );
}

#[test]
fn demand_as_a_market_and_support_received_take_no_stance() {
    check(
        "Marta Lind said demand for steel had doubled. Ivo Marsh said the mill had received financial support from the state.",
        expect![[r#"
            Marta Lind | assess | reported | reported-speech | Marta Lind said demand for steel had doubled.
            Ivo Marsh | assess | reported | reported-speech | Ivo Marsh said the mill had received financial support from the state.
        "#]],
    );
}

#[test]
fn those_an_elliptical_clause_names_share_the_statement() {
    check(
        "Norland said it would send troops to the mission, as did Vostria. Marta Lind said the treaty was outdated, a view shared by Ivo Marsh.",
        expect![[r#"
            Norland | propose | reported | reported-speech | Norland said it would send troops to the mission, as did Vostria.
            Vostria | propose | reported | reported-speech | Norland said it would send troops to the mission, as did Vostria.
            Marta Lind | assess | reported | reported-speech | Marta Lind said the treaty was outdated, a view shared by Ivo Marsh.
            Ivo Marsh | assess | reported | reported-speech | Marta Lind said the treaty was outdated, a view shared by Ivo Marsh.
        "#]],
    );
}

#[test]
fn a_presiding_speaker_speaks_for_the_state_an_aside_says_it_represents() {
    check(
        "The Council President, speaking in her capacity as the representative of Norland, said the blockade was unacceptable.",
        expect![[r#"
            Norland | reject | reported | reported-speech | The Council President, speaking in her capacity as the representative of Norland, said the blockade was unacceptable.
        "#]],
    );
}

#[test]
fn a_transcript_tag_of_an_office_alone_is_its_holder() {
    check(
        "Prime Minister Ivo Marsh held a press conference on Friday.\n\nPRIME MINISTER: We will not raise taxes this year.\n\nQUESTION: Will you resign?",
        expect![[r#"
            Ivo Marsh | reject | direct | transcript-turn | We will not raise taxes this year.
        "#]],
    );
}

#[test]
fn a_condition_set_with_only_is_a_demand() {
    check(
        "Marta Lind said Norland would sign the treaty only if the border was demilitarised. Ivo Marsh said Vostria would respond if attacked.",
        expect![[r#"
            Marta Lind | demand | reported | reported-speech | Marta Lind said Norland would sign the treaty only if the border was demilitarised.
            Ivo Marsh | warn | reported | reported-speech | Ivo Marsh said Vostria would respond if attacked.
        "#]],
    );
}

#[test]
fn a_body_named_between_a_person_and_her_pronoun_leaves_her_gender_learned() {
    check(
        "Ivo Marsh, the defence minister, defended the purchase of new frigates. Sasha Wren, a senior lawmaker from the Liberal Union, said her party would vote against the deal. He said the navy needed the ships.",
        expect![[r#"
            Ivo Marsh | support | attributed | attributed-stance | Ivo Marsh, the defence minister, defended the purchase of new frigates.
            Sasha Wren | reject | reported | reported-speech | Sasha Wren, a senior lawmaker from the Liberal Union, said her party would vote against the deal.
            Ivo Marsh | assess | reported | reported-speech | He said the navy needed the ships.
        "#]],
    );
}

#[test]
fn what_one_says_owned_before_a_colon_is_the_owner_s_quotation() {
    check(
        "Marta Lind's message to the unions was simple: \"There is no more money for wages.\"",
        expect![[r#"
            Marta Lind | assess | direct | quote-colon | Marta Lind's message to the unions was simple: "There is no more money for wages."
        "#]],
    );
}

#[test]
fn worry_and_risks_warn_in_reported_speech() {
    check(
        "Marta Lind said she was worried about the safety of the observers. Ivo Marsh said the strike risks deepening the fuel shortage.",
        expect![[r#"
            Marta Lind | warn | reported | reported-speech | Marta Lind said she was worried about the safety of the observers.
            Ivo Marsh | warn | reported | reported-speech | Ivo Marsh said the strike risks deepening the fuel shortage.
        "#]],
    );
}

#[test]
fn a_delegate_in_capitals_with_the_delegation_in_brackets_speaks() {
    check(
        "The Council met on Tuesday.\n\nPAVEL ORLOV (Norland) said his delegation would vote against the draft. He called for a ceasefire.\n\nNEW YORK (Wire) — The vote was delayed.",
        expect![[r#"
            Pavel Orlov | reject | reported | reported-speech | PAVEL ORLOV (Norland) said his delegation would vote against the draft.
            Pavel Orlov | demand | reported | reported-speech | He called for a ceasefire.
        "#]],
    );
}

#[test]
fn a_bracket_and_an_appositive_may_both_part_a_subject_from_its_verb() {
    check(
        "Marta Lind (Norway), speaking in her national capacity, said the draft was balanced.",
        expect![[r#"
            Marta Lind | assess | reported | reported-speech | Marta Lind (Norway), speaking in her national capacity, said the draft was balanced.
        "#]],
    );
}

#[test]
fn an_interview_s_answers_are_the_person_its_introduction_names() {
    check(
        "Marta Lind, the trade minister of Norland, spoke to our correspondent in Oslo.\n\nQ: Will Norland sign the fishing accord?\n\nA: We will not sign it in its present form.\n\nQ. And the tariffs?\n\nA. We reject them outright.",
        expect![[r#"
            Marta Lind | reject | direct | transcript-turn | We will not sign it in its present form.
            Marta Lind | reject | direct | transcript-turn | We reject them outright.
        "#]],
    );
}

#[test]
fn an_agency_or_a_pollster_after_a_slash_is_no_photo_credit() {
    check(
        "OSLO (Reuters/AFP) — Norland's foreign ministry condemned the shelling.\n\nA Reuters/Ipsos poll showed Marta Lind ahead. Lind said the poll was encouraging.\n\nPickets outside the port. REUTERS/Jane Roe",
        expect![[r#"
            Norland | reject | attributed | attributed-stance | OSLO (Reuters/AFP) — Norland's foreign ministry condemned the shelling.
            Marta Lind | assess | reported | reported-speech | Lind said the poll was encouraging.
        "#]],
    );
}

#[test]
fn a_voice_after_an_inverted_verb_speaks_for_its_body() {
    check(
        "\"The queues at the border are getting longer,\" said a spokesman for the World Bank.",
        expect![[r#"
            World Bank | assess | direct | quote-speaker-after | "The queues at the border are getting longer," said a spokesman for the World Bank.
        "#]],
    );
}

#[test]
fn after_an_inverted_verb_a_body_before_a_role_and_a_name_is_the_employer() {
    check(
        "\"Rates will stay high until the summer,\" warned Kestrel Bank governor Ivo Marsh.",
        expect![[r#"
            Ivo Marsh | warn | direct | quote-speaker-after | "Rates will stay high until the summer," warned Kestrel Bank governor Ivo Marsh.
        "#]],
    );
}

#[test]
fn an_and_between_two_names_that_end_in_a_body_s_word_joins_two_bodies() {
    check(
        "Kestrel Bank and Orla Securities said they would appeal the fine.",
        expect![[r#"
            Orla Securities | reject | reported | reported-speech | Kestrel Bank and Orla Securities said they would appeal the fine.
            Kestrel Bank | reject | reported | reported-speech | Kestrel Bank and Orla Securities said they would appeal the fine.
        "#]],
    );
}

#[test]
fn faulting_and_deriding_object_and_heaping_praise_backs() {
    check(
        "Ivo Marsh faulted the regulator for approving the fare rise. Marta Lind heaped praise on the rescue crews.",
        expect![[r#"
            Ivo Marsh | reject | reported | reported-speech | Ivo Marsh faulted the regulator for approving the fare rise.
            Marta Lind | support | reported | reported-speech | Marta Lind heaped praise on the rescue crews.
        "#]],
    );
}

#[test]
fn a_possessive_opening_a_sentence_with_a_noun_of_position_holds_it() {
    check(
        "Ivo Marsh's rejection of the pay offer angered the unions. Marta Lind's threat to leave the coalition rattled investors. Norland's main opposition party met on Monday.",
        expect![[r#"
            Ivo Marsh | reject | attributed | possessive-position | Ivo Marsh's rejection of the pay offer angered the unions.
            Marta Lind | warn | attributed | possessive-position | Marta Lind's threat to leave the coalition rattled investors.
        "#]],
    );
}

#[test]
fn readiness_after_said_offers_and_idioms_of_harm_foretold_warn() {
    check(
        "Ivo Marsh said the company was eager to settle the dispute. Marta Lind said the rebels ignored the truce at their peril.",
        expect![[r#"
            Ivo Marsh | propose | reported | reported-speech | Ivo Marsh said the company was eager to settle the dispute.
            Marta Lind | warn | reported | reported-speech | Marta Lind said the rebels ignored the truce at their peril.
        "#]],
    );
}

#[test]
fn a_readout_s_the_parties_or_two_companies_are_the_pair_named_before() {
    check(
        "Officials from Norway and Sweden met in Oslo. The parties reaffirmed their commitment to the fishing accord.\n\nKestrel Energy and Orla Power signed a deal on Monday. The two companies said the merger would close in May.",
        expect![[r#"
            Norway | support | reported | reported-speech | The parties reaffirmed their commitment to the fishing accord.
            Sweden | support | reported | reported-speech | The parties reaffirmed their commitment to the fishing accord.
            Kestrel Energy | assess | reported | reported-speech | The two companies said the merger would close in May.
            Orla Power | assess | reported | reported-speech | The two companies said the merger would close in May.
        "#]],
    );
}

#[test]
fn in_his_view_opening_a_sentence_makes_the_owner_its_source() {
    check(
        "Ivo Marsh spoke to reporters on Monday. In his view, the tariffs had failed.",
        expect![[r#"
            Ivo Marsh | assess | reported | according-to | In his view, the tariffs had failed.
        "#]],
    );
}

#[test]
fn one_of_a_group_set_off_before_the_name_after_an_inverted_verb() {
    check(
        "\"The turnout was the largest in years,\" said one of the organisers, Marta Lind, 31.",
        expect![[r#"
            Marta Lind | assess | direct | quote-speaker-after | "The turnout was the largest in years," said one of the organisers, Marta Lind, 31.
        "#]],
    );
}

#[test]
fn remarking_on_a_topic_alone_takes_no_position() {
    check(
        "Ivo Marsh commented on the planned summit on Tuesday. Marta Lind responded to the audit, saying it was flawed.",
        expect![[r#"
            Marta Lind | reject | reported | reported-speech | Marta Lind responded to the audit, saying it was flawed.
        "#]],
    );
}

#[test]
fn an_office_held_abroad_ties_its_holder_to_the_state_that_owns_it() {
    check(
        "Chile's ambassador to the UN, Ana Lobo, said the inspections were over. The Chilean diplomat also rejected claims of a secret site.",
        expect![[r#"
            Ana Lobo | assess | reported | reported-speech | Chile's ambassador to the UN, Ana Lobo, said the inspections were over.
            Ana Lobo | reject | attributed | attributed-stance | The Chilean diplomat also rejected claims of a secret site.
        "#]],
    );
}

#[test]
fn a_body_speaks_through_its_manifesto_and_a_statement_read_from_it() {
    check(
        "The Liberal Union's manifesto calls for a wealth tax.\n\n\"We condemn the shelling of the port,\" read a statement from the World Bank.",
        expect![[r#"
            Liberal Union | demand | reported | reported-speech | The Liberal Union's manifesto calls for a wealth tax.
            World Bank | reject | direct | quote-speaker-after | "We condemn the shelling of the port," read a statement from the World Bank.
        "#]],
    );
}

#[test]
fn a_report_a_body_published_speaks_for_it_in_the_next_sentence() {
    check(
        "The Liberal Union published its annual report on Tuesday. The report concluded that wages had fallen for a third year.",
        expect![[r#"
            Liberal Union | assess | reported | reported-speech | The report concluded that wages had fallen for a third year.
        "#]],
    );
}

#[test]
fn a_course_decided_on_or_called_off_is_a_position() {
    check(
        "Kestrel Foods decided to move production to Poland. Orla Bank called off its planned takeover of Kestrel Foods. Marta Lind signed the decree on Monday.",
        expect![[r#"
            Kestrel Foods | propose | attributed | attributed-stance | Kestrel Foods decided to move production to Poland.
            Orla Bank | reject | attributed | attributed-stance | Orla Bank called off its planned takeover of Kestrel Foods.
            Marta Lind | demand | attributed | attributed-stance | Marta Lind signed the decree on Monday.
        "#]],
    );
}

#[test]
fn not_being_against_a_thing_or_raising_no_objection_consents() {
    check(
        "Ivo Marsh is not against foreign investment in the port. Marta Lind raised no objection to the sale.",
        expect![[r#"
            Ivo Marsh | support | attributed | attributed-stance | Ivo Marsh is not against foreign investment in the port.
            Marta Lind | support | reported | reported-speech | Marta Lind raised no objection to the sale.
        "#]],
    );
}

#[test]
fn a_verb_of_stance_inverted_after_a_quotation_names_its_speaker() {
    check(
        "\"Pay the nurses what they are owed,\" demanded Marta Lind, the union leader.",
        expect![[r#"
            Marta Lind | demand | direct | quote-speaker-after | "Pay the nurses what they are owed," demanded Marta Lind, the union leader.
        "#]],
    );
}

#[test]
fn the_plural_of_any_role_after_both_is_the_two_people_named_before() {
    check(
        "Judge Ivo Marsh and Judge Pavel Orlov heard the appeal. Both judges said the statute was void.",
        expect![[r#"
            Ivo Marsh | assess | reported | reported-speech | Both judges said the statute was void.
            Pavel Orlov | assess | reported | reported-speech | Both judges said the statute was void.
        "#]],
    );
}

#[test]
fn a_calling_set_beside_a_name_calls_the_person_later() {
    check(
        "Tomas Berg, the billionaire founder of Kestrel Foods, spoke on Monday. The billionaire said he would sell the company.",
        expect![[r#"
            Tomas Berg | propose | reported | reported-speech | The billionaire said he would sell the company.
        "#]],
    );
}

#[test]
fn a_legislature_passing_the_bill_binds_others() {
    check(
        "The Senate of Chile passed the bill by 40 votes to 12.",
        expect![[r#"
            Senate of Chile | demand | reported | reported-speech | The Senate of Chile passed the bill by 40 votes to 12.
        "#]],
    );
}

#[test]
fn an_aside_between_dashes_keeps_the_subject_with_its_verb() {
    check(
        "Tomas Berg — who has chaired the union since 2019 — said the strike would go ahead.",
        expect![[r#"
            Tomas Berg | assess | reported | reported-speech | Tomas Berg — who has chaired the union since 2019 — said the strike would go ahead.
        "#]],
    );
}

#[test]
fn the_bare_verb_of_a_plural_subject_with_its_object_is_a_cue() {
    check(
        "Chile and Peru support the treaty, but Argentina opposes it. Their support for the treaty is firm. Chile urged Peru to pull back its ships.",
        expect![[r#"
            Peru | support | attributed | attributed-stance | Chile and Peru support the treaty, but Argentina opposes it.
            Chile | support | attributed | attributed-stance | Chile and Peru support the treaty, but Argentina opposes it.
            Argentina | reject | attributed | attributed-stance | Chile and Peru support the treaty, but Argentina opposes it.
            Chile | demand | reported | reported-speech | Chile urged Peru to pull back its ships.
        "#]],
    );
}

#[test]
fn a_verb_of_saying_in_the_present_of_a_plural_subject_is_a_cue() {
    check(
        "Chile and Peru warn that the dam will flood the valley. Marta Lind met Ivo Marsh to reaffirm the accord.",
        expect![[r#"
            Peru | warn | reported | reported-speech | Chile and Peru warn that the dam will flood the valley.
            Chile | warn | reported | reported-speech | Chile and Peru warn that the dam will flood the valley.
        "#]],
    );
}

#[test]
fn a_speakers_tag_in_capitals_on_its_own_line_opens_the_turn() {
    check_titled(
        "Press conference in Santiago",
        "PRIME MINISTER BERG:\nChile will never accept foreign bases on its soil. We expect our neighbours to agree.",
        expect![[r#"
            Berg | reject | direct | transcript-turn | Chile will never accept foreign bases on its soil.
            Berg | demand | direct | transcript-turn | We expect our neighbours to agree.
        "#]],
    );
}

/// Like [`check`], with a registry of the test's own actors.
fn check_with_actors(actors: &str, body: &str, expected: Expect) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let themes = std::fs::read_to_string(dir.join("tests/fixtures/corpus/themes.toml")).unwrap();
    let registry = Registry::parse("actors.toml", actors, "themes.toml", &themes).unwrap();
    let lines = records(&registry, "A test report", body)
        .into_iter()
        .map(|r| {
            format!(
                "{} | {} | {} | {} | {}",
                r.actor, r.stance, r.quote, r.rule, r.sentence
            )
        });
    assert_lines(lines, expected);
}

#[test]
fn a_registered_description_of_an_office_means_the_holder_the_article_names() {
    check_with_actors(
        "[[actor]]\nname = \"Ana Ruiz\"\nkind = \"person\"\nrole = \"President of Chile\"\naffiliation = \"Chile\"\naliases = [\"the Chilean president\"]\n",
        "Chilean President Tomas Berg opened the port on Monday. The Chilean president said the tariffs would fall.",
        expect![[r#"
            Tomas Berg | assess | reported | reported-speech | The Chilean president said the tariffs would fall.
        "#]],
    );
}

#[test]
fn the_office_an_article_gives_a_registered_person_outranks_the_registry_role() {
    check_with_actors(
        "[[actor]]\nname = \"Ana Ruiz\"\nkind = \"person\"\nrole = \"Former President of Chile\"\naffiliation = \"Chile\"\naliases = [\"Ruiz\"]\n\n[[actor]]\nname = \"Luis Soto\"\nkind = \"person\"\nrole = \"President of Chile\"\naffiliation = \"Chile\"\naliases = [\"the Chilean president\"]\n",
        "Chilean President Ana Ruiz opened the port on Monday. The Chilean president said the tariffs would fall.",
        expect![[r#"
            Ana Ruiz | assess | reported | reported-speech | The Chilean president said the tariffs would fall.
        "#]],
    );
}

#[test]
fn a_cue_in_a_gerund_after_a_preposition_is_not_the_named_ones() {
    check(
        "Chile accused Peru of using banned nets. Tomas Berg accused Prime Minister Ana Ruiz on Monday of misleading parliament.",
        expect![[r#"
            Chile | reject | reported | reported-speech | Chile accused Peru of using banned nets.
            Tomas Berg | reject | reported | reported-speech | Tomas Berg accused Prime Minister Ana Ruiz on Monday of misleading parliament.
        "#]],
    );
}

#[test]
fn the_kingdom_or_the_emirate_is_the_state_named_before() {
    check(
        "Jordan said it would reopen the crossing. The kingdom said the decision would help trade.",
        expect![[r#"
            Jordan | propose | reported | reported-speech | Jordan said it would reopen the crossing.
            Jordan | assess | reported | reported-speech | The kingdom said the decision would help trade.
        "#]],
    );
}

#[test]
fn a_passive_agent_is_the_person_a_body_or_an_office_introduces() {
    check(
        "The claims were dismissed by Harbour Authority chairman Tomas Berg. The levy was described by Chile's finance minister, Ana Ruiz, as unfair.",
        expect![[r#"
            Tomas Berg | reject | reported | reported-speech | The claims were dismissed by Harbour Authority chairman Tomas Berg.
            Ana Ruiz | reject | reported | reported-speech | The levy was described by Chile's finance minister, Ana Ruiz, as unfair.
        "#]],
    );
}

#[test]
fn the_role_of_two_named_as_often_is_the_one_named_first() {
    check_titled(
        "Remarks by President Tomas Berg after his call with President Ivo Marsh",
        "THE PRESIDENT: I told him that Chile will never accept the new tariffs.",
        expect![[r#"
            Tomas Berg | reject | direct | transcript-turn | I told him that Chile will never accept the new tariffs.
        "#]],
    );
}

#[test]
fn an_officials_tag_in_a_background_briefing_names_nobody() {
    check_titled(
        "Background press call on the port talks",
        "SENIOR ADMINISTRATION OFFICIAL: We will not lift the tariffs this year.\n\nMS. LIND: We welcome the talks.",
        expect![[r#"
            Marta Lind | support | direct | transcript-turn | We welcome the talks.
        "#]],
    );
}

#[test]
fn a_bodys_own_noun_after_its_name_speaks_for_it_but_not_after_a_possessive() {
    check(
        "The Kestrel party said it would boycott the vote. Arctic Council members agreed to share the data. Norland's allies said they would send ships.",
        expect![[r#"
            Kestrel | reject | reported | reported-speech | The Kestrel party said it would boycott the vote.
            Arctic Council | propose | attributed | attributed-stance | Arctic Council members agreed to share the data.
        "#]],
    );
}

#[test]
fn quoted_with_a_role_in_lower_case_before_the_name() {
    check(
        "State radio quoted opposition leader Tomas Berg as saying the vote was rigged.",
        expect![[r#"
            Tomas Berg | reject | reported | reported-speech | State radio quoted opposition leader Tomas Berg as saying the vote was rigged.
        "#]],
    );
}

#[test]
fn a_bodys_unnamed_head_speaks_for_the_body() {
    check(
        "Kestrel Foods' chief executive said the plant would close. The head of the Arctic Council said the survey would go ahead.",
        expect![[r#"
            Kestrel Foods | assess | reported | reported-speech | Kestrel Foods' chief executive said the plant would close.
            Arctic Council | assess | reported | reported-speech | The head of the Arctic Council said the survey would go ahead.
        "#]],
    );
}

#[test]
fn a_regulator_or_a_watchdog_closes_a_bodys_name() {
    check(
        "The National Fisheries Regulator said the quota was illegal. The regulator said it would fine the trawlers.",
        expect![[r#"
            National Fisheries Regulator | assess | reported | reported-speech | The National Fisheries Regulator said the quota was illegal.
            National Fisheries Regulator | propose | reported | reported-speech | The regulator said it would fine the trawlers.
        "#]],
    );
}

#[test]
fn a_press_secretary_is_the_spokesman_further_on() {
    check(
        "Harbour Authority press secretary Tomas Berg spoke on Tuesday. The spokesman said the port would reopen.",
        expect![[r#"
            Tomas Berg | assess | reported | reported-speech | The spokesman said the port would reopen.
        "#]],
    );
}

#[test]
fn an_age_description_means_the_one_of_that_age() {
    check(
        "Tomas Berg, 45, said the cuts were needed. Ana Ruiz, 52, said they were a betrayal. The 45-year-old added that no plant would close.",
        expect![[r#"
            Tomas Berg | assess | reported | reported-speech | Tomas Berg, 45, said the cuts were needed.
            Ana Ruiz | reject | reported | reported-speech | Ana Ruiz, 52, said they were a betrayal.
            Tomas Berg | assess | reported | reported-speech | The 45-year-old added that no plant would close.
        "#]],
    );
}

#[test]
fn a_passive_that_names_the_thing_takes_its_agent_after_the_name() {
    check(
        "The levy was called illegal by Chile. The report was branded a whitewash by the Arctic Council.",
        expect![[r#"
            Chile | reject | reported | reported-speech | The levy was called illegal by Chile.
            Arctic Council | reject | reported | reported-speech | The report was branded a whitewash by the Arctic Council.
        "#]],
    );
}

#[test]
fn the_kind_of_body_set_before_its_name_is_what_a_later_noun_means() {
    check(
        "Kestrel Foods said it would close the plant. The company blamed rising costs. Environmental group Blue Coast Alliance called the decision a setback. The group urged the council to act.",
        expect![[r#"
            Kestrel Foods | propose | reported | reported-speech | Kestrel Foods said it would close the plant.
            Kestrel Foods | reject | reported | reported-speech | The company blamed rising costs.
            Blue Coast Alliance | assess | reported | reported-speech | Environmental group Blue Coast Alliance called the decision a setback.
            Blue Coast Alliance | demand | reported | reported-speech | The group urged the council to act.
        "#]],
    );
}

#[test]
fn a_counterpart_set_beside_a_person_is_the_other_side() {
    check(
        "Tomas Berg met his Peruvian counterpart, Ana Ruiz, in Lima. The two ministers agreed to share the port.",
        expect![[r#"
            Tomas Berg | propose | attributed | attributed-stance | The two ministers agreed to share the port.
            Ana Ruiz | propose | attributed | attributed-stance | The two ministers agreed to share the port.
        "#]],
    );
}

#[test]
fn a_ministry_no_body_named_is_the_state_just_named() {
    check(
        "Chile said it would reopen the embassy. The foreign ministry said talks would resume in May.",
        expect![[r#"
            Chile | propose | reported | reported-speech | Chile said it would reopen the embassy.
            Chile | assess | reported | reported-speech | The foreign ministry said talks would resume in May.
        "#]],
    );
}

#[test]
fn a_short_paragraph_ending_in_a_question_after_a_statement_is_no_heading() {
    check(
        "Chile says it is ready to reopen the talks. Are you?",
        expect![[r#"
            Chile | propose | reported | reported-speech | Chile says it is ready to reopen the talks.
        "#]],
    );
}

#[test]
fn the_head_of_a_body_goes_by_several_words() {
    check(
        "UN chief Tomas Berg opened the session on Monday. The secretary-general said the talks would resume in May.",
        expect![[r#"
            Tomas Berg | assess | reported | reported-speech | The secretary-general said the talks would resume in May.
        "#]],
    );
}

#[test]
fn a_registered_description_naming_a_body_means_the_holder_the_article_names() {
    let actors = "[[actor]]\nname = \"Ana Ruiz\"\nkind = \"person\"\nrole = \"IAEA Secretary General\"\naffiliation = \"IAEA\"\naliases = [\"the IAEA secretary general\"]\n";
    check_with_actors(
        actors,
        "IAEA chief Tomas Berg arrived on Monday. The IAEA secretary general said the plant was safe.",
        expect![[r#"
            Tomas Berg | assess | reported | reported-speech | The IAEA secretary general said the plant was safe.
        "#]],
    );
    // The head of another body is not the one the description names.
    check_with_actors(
        actors,
        "UN chief Tomas Berg arrived on Monday. The IAEA secretary general said the plant was safe.",
        expect![[r#"
            Ana Ruiz | assess | reported | reported-speech | The IAEA secretary general said the plant was safe.
        "#]],
    );
}

#[test]
fn an_unnamed_chief_speaks_for_the_body() {
    check(
        "The IAEA chief said the plant was safe.",
        expect![[r#"
            IAEA | assess | reported | reported-speech | The IAEA chief said the plant was safe.
        "#]],
    );
}

#[test]
fn a_verb_of_deeds_judges_with_as_after_its_object() {
    check(
        "Tomas Berg attacked the audit as \"a fishing trip.\" Ana Ruiz referred to the minister as a liar. Rebels attacked the town as residents slept.",
        expect![[r#"
            Tomas Berg | reject | reported | reported-speech | Tomas Berg attacked the audit as "a fishing trip."
            Ana Ruiz | assess | reported | reported-speech | Ana Ruiz referred to the minister as a liar.
        "#]],
    );
}

#[test]
fn an_acronym_never_spelled_out_speaks_as_a_body() {
    check(
        "The KLFA said the new levy was unlawful. GDP rose by two percent, according to KLFA.",
        expect![[r#"
            KLFA | reject | reported | reported-speech | The KLFA said the new levy was unlawful.
        "#]],
    );
}

#[test]
fn a_course_under_terms_offers_them_or_refused_until_met_demands_them() {
    check(
        "Tomas Berg said Chile would sign the accord provided that its fishermen kept their quotas. Ana Ruiz said the bank would not lend to the province until it paid its debts. Marta Lind said the port would reopen once the storm passed. Tomas Berg said the talks would start at once.",
        expect![[r#"
            Tomas Berg | propose | reported | reported-speech | Tomas Berg said Chile would sign the accord provided that its fishermen kept their quotas.
            Ana Ruiz | demand | reported | reported-speech | Ana Ruiz said the bank would not lend to the province until it paid its debts.
            Marta Lind | assess | reported | reported-speech | Marta Lind said the port would reopen once the storm passed.
            Tomas Berg | assess | reported | reported-speech | Tomas Berg said the talks would start at once.
        "#]],
    );
}

#[test]
fn a_run_of_capitals_no_title_opens_is_a_body_not_a_person_s_surname() {
    check(
        "Members of the climate group Last Harvest blocked the bridge. The group said it would return on Friday. Ukraine's General Staff said the shelling had stopped. KLFA News reported that the levy would fall.",
        expect![[r#"
            Last Harvest | propose | reported | reported-speech | The group said it would return on Friday.
            Ukrainian General Staff | assess | reported | reported-speech | Ukraine's General Staff said the shelling had stopped.
            KLFA News | assess | reported | reported-speech | KLFA News reported that the levy would fall.
        "#]],
    );
}

#[test]
fn an_organisation_word_after_a_possessive_is_the_owner_s_voice() {
    check(
        "Prime Minister Tomas Berg flew to Lima. The Prime Minister's Office said the envoys had 72 hours to leave. Congress said it would review the order.",
        expect![[r#"
            Tomas Berg | assess | reported | reported-speech | The Prime Minister's Office said the envoys had 72 hours to leave.
            Congress | propose | reported | reported-speech | Congress said it would review the order.
        "#]],
    );
}

#[test]
fn ranking_a_thing_in_a_class_judges_it_but_not_in_the_passive() {
    check(
        "The Arctic Council has classified the spill as a disaster. The port was classified as a hazard zone. Chile was attacked as a haven for smugglers.",
        expect![[r#"
            Arctic Council | reject | reported | reported-speech | The Arctic Council has classified the spill as a disaster.
        "#]],
    );
}

#[test]
fn a_second_predicate_shares_a_pronoun_subject_past_a_relative_aside() {
    check(
        "Ana Ruiz addressed the rally. She spoke about her brother, who was jailed in May, and promised to hold new elections. She was searched and questioned for hours.",
        expect![[r#"
            Ana Ruiz | propose | reported | reported-speech | She spoke about her brother, who was jailed in May, and promised to hold new elections.
        "#]],
    );
}

#[test]
fn one_name_word_with_a_kind_of_body_after_it_names_that_body() {
    check(
        "The patient was flown to the Lindqvist hospital in Oslo. The hospital asked for patience. The Norland Shipping Archive keeps the logs. The archive characterizes the voyages as a success.",
        expect![[r#"
            Lindqvist | demand | reported | reported-speech | The hospital asked for patience.
            Norland Shipping Archive | support | reported | reported-speech | The archive characterizes the voyages as a success.
        "#]],
    );
}

#[test]
fn a_turn_that_tells_of_the_speaker_s_own_meeting_is_no_position() {
    check(
        "MINISTER SOLBERG: Earlier today, I spoke with the Vostrian foreign minister. We've also met the fishermen's unions. When we met, I told him that the quota must be cut. We will not accept the seizure of our boats.",
        expect![[r#"
            Ingrid Solberg | demand | direct | transcript-turn | When we met, I told him that the quota must be cut.
            Ingrid Solberg | reject | direct | transcript-turn | We will not accept the seizure of our boats.
        "#]],
    );
}

#[test]
fn a_body_s_voice_with_a_time_before_the_verb_speaks_for_the_body() {
    check(
        "Arctic Council leaders on Monday rejected the fishing plan.",
        expect![[r#"
            Arctic Council | reject | attributed | attributed-stance | Arctic Council leaders on Monday rejected the fishing plan.
        "#]],
    );
}

#[test]
fn a_response_promised_in_reported_speech_is_a_warning() {
    check(
        "Norland said it would respond to any new measures by Vostria.",
        expect![[r#"
            Norland | warn | reported | reported-speech | Norland said it would respond to any new measures by Vostria.
        "#]],
    );
}

#[test]
fn a_body_s_word_opening_a_sentence_names_no_body_of_its_own() {
    check(
        "The Norland Fisheries Ministry summoned the envoy. Ministry officials said the quota talks had failed. Hospital officials said the crew was safe.",
        expect![[r#"
            Norland Fisheries Ministry | assess | reported | reported-speech | Ministry officials said the quota talks had failed.
        "#]],
    );
}

#[test]
fn a_state_s_possessive_before_one_name_word_owns_a_person() {
    check(
        "Tomas Kiprono flew home on Monday.\n\nKenya's Kiprono then said the deal was unfair.",
        expect![[r#"
            Tomas Kiprono | reject | reported | reported-speech | Kenya's Kiprono then said the deal was unfair.
        "#]],
    );
}

#[test]
fn an_office_in_the_lead_is_the_registered_holder_quoted_after_it() {
    check_with_actors(
        "[[actor]]\nname = \"Ana Ruiz\"\nkind = \"person\"\nrole = \"President of Chile\"\naffiliation = \"Chile\"\naliases = [\"Ruiz\"]\n",
        "Chile's president on Sunday rejected the mining report.\n\n\"This report is false,\" Ana Ruiz said in a televised address.",
        expect![[r#"
            Ana Ruiz | reject | attributed | attributed-stance | Chile's president on Sunday rejected the mining report.
            Ana Ruiz | reject | direct | quote-speaker-after | "This report is false," Ana Ruiz said in a televised address.
        "#]],
    );
}

#[test]
fn one_quoted_as_saying_may_be_set_off_by_commas() {
    check(
        "State radio quoted Vostria's fisheries minister, Tomas Berg, as saying the quota was unfair. The paper quoted Ana Ruiz, the port's director, as saying the port would close.",
        expect![[r#"
            Tomas Berg | reject | reported | reported-speech | State radio quoted Vostria's fisheries minister, Tomas Berg, as saying the quota was unfair.
            Ana Ruiz | assess | reported | reported-speech | The paper quoted Ana Ruiz, the port's director, as saying the port would close.
        "#]],
    );
}

#[test]
fn a_lone_name_after_a_state_s_possessive_speaks_as_a_body_unless_a_person_has_it() {
    check(
        "Chile's Andecobre said the copper mine would close. Tomas Kiprono flew home on Monday. Kenya's Kiprono then said the deal was unfair.",
        expect![[r#"
            Andecobre | assess | reported | reported-speech | Chile's Andecobre said the copper mine would close.
            Tomas Kiprono | reject | reported | reported-speech | Kenya's Kiprono then said the deal was unfair.
        "#]],
    );
}

#[test]
fn a_kind_of_office_fitting_several_people_named_lately_means_the_last() {
    check(
        "Prime Minister Ana Ruiz said the quota was fair. Ruiz added that talks should resume. President Tomas Berg said it was not. The veteran leader has long opposed the quota.",
        expect![[r#"
            Ana Ruiz | assess | reported | reported-speech | Prime Minister Ana Ruiz said the quota was fair.
            Ana Ruiz | demand | reported | reported-speech | Ruiz added that talks should resume.
            Tomas Berg | assess | reported | reported-speech | President Tomas Berg said it was not.
            Tomas Berg | reject | attributed | attributed-stance | The veteran leader has long opposed the quota.
        "#]],
    );
}

#[test]
fn a_document_speaks_for_whoever_put_it_out_and_for_nobody_unnamed() {
    check(
        "Ana Ruiz filed a motion on Tuesday. The motion claims the quota is unlawful. The Norland Fisheries Agency issued new guidelines on Friday. The guidelines urge skippers to avoid the strait. Envoy Tomas Berg unveiled a peace plan. The plan calls for a ceasefire at sea. The court issued its ruling on Monday. The ruling says the quota stands.",
        expect![[r#"
            Ana Ruiz | reject | reported | reported-speech | The motion claims the quota is unlawful.
            Norland Fisheries Agency | demand | reported | reported-speech | The guidelines urge skippers to avoid the strait.
            Tomas Berg | propose | attributed | attributed-stance | Envoy Tomas Berg unveiled a peace plan.
            Tomas Berg | demand | reported | reported-speech | The plan calls for a ceasefire at sea.
        "#]],
    );
}

#[test]
fn a_comma_and_after_a_verb_s_object_opens_a_clause_not_a_list() {
    check(
        "The ministers discussed Vostria, and Ingrid Solberg warned that the quota would be cut. Norland, Vostria, and the Arctic Council said the talks would resume.",
        expect![[r#"
            Ingrid Solberg | warn | reported | reported-speech | The ministers discussed Vostria, and Ingrid Solberg warned that the quota would be cut.
            Arctic Council | assess | reported | reported-speech | Norland, Vostria, and the Arctic Council said the talks would resume.
            Vostria | assess | reported | reported-speech | Norland, Vostria, and the Arctic Council said the talks would resume.
            Norland | assess | reported | reported-speech | Norland, Vostria, and the Arctic Council said the talks would resume.
        "#]],
    );
}

#[test]
fn an_obligation_laid_on_others_in_reported_speech_is_a_demand() {
    check(
        "Ana Ruiz said the harbour board should resign. Tomas Berg said that trawler owners needed to pay the fines.",
        expect![[r#"
            Ana Ruiz | demand | reported | reported-speech | Ana Ruiz said the harbour board should resign.
            Tomas Berg | demand | reported | reported-speech | Tomas Berg said that trawler owners needed to pay the fines.
        "#]],
    );
}

#[test]
fn what_a_side_could_give_or_do_for_others_is_an_offer() {
    check(
        "Ana Ruiz said Norland would consider sending patrol boats. Tomas Berg said Vostria could act as a guarantor of any deal.",
        expect![[r#"
            Ana Ruiz | propose | reported | reported-speech | Ana Ruiz said Norland would consider sending patrol boats.
            Tomas Berg | propose | reported | reported-speech | Tomas Berg said Vostria could act as a guarantor of any deal.
        "#]],
    );
}

#[test]
fn a_course_ruled_out_refuses_and_an_objection_denied_consents() {
    check(
        "Ana Ruiz said a new quota was not an option for Norland. Tomas Berg said he had no problem with the new rules.",
        expect![[r#"
            Ana Ruiz | reject | reported | reported-speech | Ana Ruiz said a new quota was not an option for Norland.
            Tomas Berg | support | reported | reported-speech | Tomas Berg said he had no problem with the new rules.
        "#]],
    );
}

#[test]
fn consent_advocacy_and_relief_support_and_agreement_denied_refuses() {
    check(
        "Ana Ruiz said she was relieved by the ruling. Tomas Berg said he did not agree with the new quota. The Green League advocates a ban on trawling. \"I agree,\" Marta Lind said.",
        expect![[r#"
            Ana Ruiz | support | reported | reported-speech | Ana Ruiz said she was relieved by the ruling.
            Tomas Berg | reject | reported | reported-speech | Tomas Berg said he did not agree with the new quota.
            Green League | support | reported | reported-speech | The Green League advocates a ban on trawling.
            Marta Lind | support | direct | quote-speaker-after | "I agree," Marta Lind said.
        "#]],
    );
}

#[test]
fn a_contact_told_of_in_reported_speech_is_narration_unless_it_takes_a_stance() {
    check(
        "Tomas Berg said he spoke with the Vostrian envoy on Tuesday. Ana Ruiz said she met Thursday with the mayor and welcomed the deal. Marta Lind said she would meet the envoy next week.",
        expect![[r#"
            Ana Ruiz | support | reported | reported-speech | Ana Ruiz said she met Thursday with the mayor and welcomed the deal.
            Marta Lind | propose | reported | reported-speech | Marta Lind said she would meet the envoy next week.
        "#]],
    );
}

#[test]
fn the_opposition_means_only_a_body_described_as_the_opposition() {
    check(
        "The opposition Green League says the count was rigged. The opposition says it will appeal. The Arctic Council said the count was fair. Later the opposition said it would not accept the result.",
        expect![[r#"
            Green League | reject | reported | reported-speech | The opposition Green League says the count was rigged.
            Green League | reject | reported | reported-speech | The opposition says it will appeal.
            Arctic Council | assess | reported | reported-speech | The Arctic Council said the count was fair.
            Green League | reject | reported | reported-speech | Later the opposition said it would not accept the result.
        "#]],
    );
    check(
        "The Arctic Council said the count was fair. The opposition says it will appeal.",
        expect![[r#"
            Arctic Council | assess | reported | reported-speech | The Arctic Council said the count was fair.
        "#]],
    );
}

#[test]
fn a_state_s_body_in_lower_case_with_its_portfolio_is_that_body() {
    check(
        "Kenya's electoral commission said the count was fair. The commission confirmed a recount in two districts. The Chilean fisheries ministry said it opposed the quota. A Chilean ministry spokesman said the talks would go on.",
        expect![[r#"
            Kenya Electoral Commission | assess | reported | reported-speech | Kenya's electoral commission said the count was fair.
            Kenya Electoral Commission | assess | reported | reported-speech | The commission confirmed a recount in two districts.
            Chilean Fisheries Ministry | reject | reported | reported-speech | The Chilean fisheries ministry said it opposed the quota.
            Chile | assess | reported | reported-speech | A Chilean ministry spokesman said the talks would go on.
        "#]],
    );
}

#[test]
fn a_case_argued_is_held_by_its_owner_when_another_takes_it_up() {
    check(
        "Judge Tomas Berg accepted the Arctic Council's argument that the count was fair.",
        expect![[r#"
            Tomas Berg | support | attributed | attributed-stance | Judge Tomas Berg accepted the Arctic Council's argument that the count was fair.
            Arctic Council | assess | attributed | possessive-position | Judge Tomas Berg accepted the Arctic Council's argument that the count was fair.
        "#]],
    );
}

#[test]
fn a_plural_voice_after_words_about_one_of_a_pair_speaks_for_that_one() {
    check(
        "Norland and Vostria agreed to extend the quota talks. Vostria rejected the new draft, officials said.",
        expect![[r#"
            Vostria | propose | attributed | attributed-stance | Norland and Vostria agreed to extend the quota talks.
            Norland | propose | attributed | attributed-stance | Norland and Vostria agreed to extend the quota talks.
            Vostria | reject | reported | attributed-stance | Vostria rejected the new draft, officials said.
        "#]],
    );
}

#[test]
fn a_person_a_briefer_s_sentence_opens_with_holds_the_course_told_of() {
    check(
        "MR. BERG: Minister Pavel Orlov spoke with the envoy today. He also laid out a path to a new quota deal. He can take that path if he wants. Pavel Orlov and I agreed to meet again.",
        expect![[r#"
            Pavel Orlov | assess | direct | transcript-turn | He also laid out a path to a new quota deal.
            Berg | demand | direct | transcript-turn | He can take that path if he wants.
            Pavel Orlov | propose | reported | joint-first-person | Pavel Orlov and I agreed to meet again.
            Berg | support | direct | transcript-turn | Pavel Orlov and I agreed to meet again.
        "#]],
    );
}

#[test]
fn a_body_inside_a_relative_aside_that_ends_with_a_time_phrase_is_not_the_subject() {
    check(
        "Tomas Berg, who chairs the Arctic Council this year, warned that the quota talks could fail.",
        expect![[r#"
            Tomas Berg | warn | reported | reported-speech | Tomas Berg, who chairs the Arctic Council this year, warned that the quota talks could fail.
        "#]],
    );
}

#[test]
fn a_body_s_head_told_of_by_the_body_s_word_is_the_person_known_to_hold_the_office() {
    check(
        "IAEA Director General Tomas Berg said inspectors were ready. The agency's chief said access to the plant was vital. The agency's spokesman said the report was late.",
        expect![[r#"
            Tomas Berg | propose | reported | reported-speech | IAEA Director General Tomas Berg said inspectors were ready.
            Tomas Berg | assess | reported | reported-speech | The agency's chief said access to the plant was vital.
            IAEA | assess | reported | reported-speech | The agency's spokesman said the report was late.
        "#]],
    );
}

#[test]
fn the_office_of_a_body_set_off_before_a_name_is_that_person_s_for_a_later_role() {
    check(
        "The head of the IAEA, Tomas Berg, said inspectors were ready. The IAEA chief said access to the plant was vital.",
        expect![[r#"
            Tomas Berg | propose | reported | reported-speech | The head of the IAEA, Tomas Berg, said inspectors were ready.
            Tomas Berg | assess | reported | reported-speech | The IAEA chief said access to the plant was vital.
        "#]],
    );
}

#[test]
fn a_possessive_position_whose_content_a_copula_gives_is_its_owner_s() {
    check(
        "The quota talks ended. Vostria's position is that the quota must be cut. Norland's position will be debated next week.",
        expect![[r#"
            Vostria | demand | attributed | possessive-position | Vostria's position is that the quota must be cut.
        "#]],
    );
}

#[test]
fn as_a_speaker_put_it_reports_the_clause_and_putting_a_thing_somewhere_does_not() {
    check(
        "The quota talks ended. As Pavel Orlov put it, the quota was never fair. Pavel Orlov put it on the agenda.",
        expect![[r#"
            Pavel Orlov | assess | reported | reported-speech | As Pavel Orlov put it, the quota was never fair.
        "#]],
    );
}

#[test]
fn a_what_clause_an_actor_opens_with_its_aim_is_that_actor_s_and_a_doubt_about_it_is_not() {
    check(
        "The quota talks ended. What Vostria wants is a larger quota. What Norland wants is unclear.",
        expect![[r#"
            Vostria | demand | attributed | attributed-stance | What Vostria wants is a larger quota.
        "#]],
    );
}

#[test]
fn measures_said_to_follow_and_a_response_one_is_driven_to_are_warnings() {
    check(
        "Pavel Orlov said new sanctions would follow. Pavel Orlov said Vostria would have to respond. Pavel Orlov said Norland would follow through on its pledge to cut the quota.",
        expect![[r#"
            Pavel Orlov | warn | reported | reported-speech | Pavel Orlov said new sanctions would follow.
            Pavel Orlov | warn | reported | reported-speech | Pavel Orlov said Vostria would have to respond.
            Pavel Orlov | propose | reported | reported-speech | Pavel Orlov said Norland would follow through on its pledge to cut the quota.
        "#]],
    );
}

#[test]
fn an_adverb_after_the_first_word_of_a_stance_phrase_keeps_the_phrase() {
    check(
        "Pavel Orlov said Vostria stood firmly with Norland.",
        expect![[r#"
            Pavel Orlov | support | reported | reported-speech | Pavel Orlov said Vostria stood firmly with Norland.
        "#]],
    );
}

#[test]
fn a_light_verb_takes_the_stance_of_a_noun_of_position_in_its_clause() {
    check(
        "Ana Ruiz filed the lawsuit against the port authority. Vostria lodged a formal protest with Norland. Pavel Orlov made it clear that the demands were final.",
        expect![[r#"
            Ana Ruiz | reject | attributed | attributed-stance | Ana Ruiz filed the lawsuit against the port authority.
            Vostria | reject | attributed | attributed-stance | Vostria lodged a formal protest with Norland.
            Pavel Orlov | assess | reported | reported-speech | Pavel Orlov made it clear that the demands were final.
        "#]],
    );
}

#[test]
fn a_description_set_off_beside_the_subject_keeps_its_second_predicate() {
    check(
        "Tomas Berg, a former envoy, spoke at the rally and encouraged the crowd to stay calm. A veteran negotiator, Ana Ruiz, also spoke there and urged both sides to return to the talks.",
        expect![[r#"
            Tomas Berg | demand | attributed | attributed-stance | Tomas Berg, a former envoy, spoke at the rally and encouraged the crowd to stay calm.
            Ana Ruiz | demand | reported | reported-speech | A veteran negotiator, Ana Ruiz, also spoke there and urged both sides to return to the talks.
        "#]],
    );
}

#[test]
fn a_document_from_a_body_speaks_after_a_phrase_of_time_on_either_side() {
    check(
        "On Sunday, a report from the Kenyan government said the quota was unfair. A report from the Chilean government during the weekend said the talks would resume.",
        expect![[r#"
            Kenya | reject | reported | reported-speech | On Sunday, a report from the Kenyan government said the quota was unfair.
            Chile | assess | reported | reported-speech | A report from the Chilean government during the weekend said the talks would resume.
        "#]],
    );
}

#[test]
fn a_relative_aside_on_the_unnamed_rest_of_a_subject_keeps_the_named_part_s_verb() {
    check(
        "Norland and the coastal states, which share the fishing grounds, have called for a lower quota.",
        expect![[r#"
            Norland | demand | reported | reported-speech | Norland and the coastal states, which share the fishing grounds, have called for a lower quota.
        "#]],
    );
}

#[test]
fn an_adverb_after_a_negation_hedges_it_and_keeps_no_phrase() {
    check(
        "Pavel Orlov said the report that Vostria had cut the quota was not entirely true.",
        expect![[r#"
            Pavel Orlov | assess | reported | reported-speech | Pavel Orlov said the report that Vostria had cut the quota was not entirely true.
        "#]],
    );
}

#[test]
fn an_absolute_clause_after_a_comma_takes_a_subject_with_its_description() {
    check(
        "Norland backed the quota, with its fisheries minister, Marta Lind, calling it fair. The Arctic Council met, with council spokesman Tomas Berg saying the talks would go on. Pavel Orlov met with the council's envoy, Ana Ruiz, saying the talks were useful.",
        expect![[r#"
            Norland | support | attributed | attributed-stance | Norland backed the quota, with its fisheries minister, Marta Lind, calling it fair.
            Marta Lind | support | reported | reported-speech | Norland backed the quota, with its fisheries minister, Marta Lind, calling it fair.
            Tomas Berg | assess | reported | reported-speech | The Arctic Council met, with council spokesman Tomas Berg saying the talks would go on.
            Pavel Orlov | assess | reported | reported-speech | Pavel Orlov met with the council's envoy, Ana Ruiz, saying the talks were useful.
        "#]],
    );
}

#[test]
fn a_reported_act_of_the_speaker_s_own_state_is_the_speaker_s_position_too() {
    check(
        "Pavel Orlov said Vostria opposed the new quota. Pavel Orlov said Norland opposed the new quota.",
        expect![[r#"
            Pavel Orlov | reject | reported | reported-speech | Pavel Orlov said Vostria opposed the new quota.
            Vostria | reject | attributed | attributed-stance | Pavel Orlov said Vostria opposed the new quota.
            Pavel Orlov | assess | reported | reported-speech | Pavel Orlov said Norland opposed the new quota.
            Norland | reject | attributed | attributed-stance | Pavel Orlov said Norland opposed the new quota.
        "#]],
    );
}

#[test]
fn posting_on_a_platform_is_saying_and_writing_needs_its_clause() {
    check(
        "Marta Lind struck a hopeful tone, tweeting that the quota would hold. Tomas Berg took to social media, writing that the talks had failed. Ana Ruiz spent the winter writing a memoir.",
        expect![[r#"
            Marta Lind | assess | reported | reported-speech | Marta Lind struck a hopeful tone, tweeting that the quota would hold.
            Tomas Berg | assess | reported | reported-speech | Tomas Berg took to social media, writing that the talks had failed.
        "#]],
    );
}

#[test]
fn refusing_concessions_rejects_and_offering_them_proposes() {
    check(
        "Pavel Orlov said Vostria would not make any concessions on the quota. Marta Lind said there would be no concessions. Tomas Berg said the council was ready to make concessions.",
        expect![[r#"
            Pavel Orlov | reject | reported | reported-speech | Pavel Orlov said Vostria would not make any concessions on the quota.
            Marta Lind | reject | reported | reported-speech | Marta Lind said there would be no concessions.
            Tomas Berg | propose | reported | reported-speech | Tomas Berg said the council was ready to make concessions.
        "#]],
    );
}

#[test]
fn a_belief_held_with_a_copula_is_reported_and_persuading_somebody_is_not() {
    check(
        "Marta Lind is convinced that the quota will hold. Norland remained optimistic that the talks would succeed. Ana Ruiz was sceptical that the talks would succeed. Tomas Berg convinced the council that the quota was fair.",
        expect![[r#"
            Marta Lind | assess | reported | reported-speech | Marta Lind is convinced that the quota will hold.
            Norland | assess | reported | reported-speech | Norland remained optimistic that the talks would succeed.
            Ana Ruiz | reject | attributed | attributed-stance | Ana Ruiz was sceptical that the talks would succeed.
        "#]],
    );
}

#[test]
fn one_counted_among_those_a_participle_or_a_that_clause_describes_acts() {
    check(
        "Norland is among those calling for a lower quota. Vostria has long been among the states that have opposed the quota. Marta Lind was one of the ministers pressing for new talks.",
        expect![[r#"
            Norland | demand | reported | reported-speech | Norland is among those calling for a lower quota.
            Vostria | reject | attributed | attributed-stance | Vostria has long been among the states that have opposed the quota.
            Marta Lind | demand | attributed | attributed-stance | Marta Lind was one of the ministers pressing for new talks.
        "#]],
    );
}

#[test]
fn but_joins_a_second_predicate_that_shares_the_opening_subject() {
    check(
        "Marta Lind declined to give figures but said the quota would hold. Pavel Orlov visited the port, but said the talks had stalled.",
        expect![[r#"
            Marta Lind | reject | reported | attributed-stance | Marta Lind declined to give figures but said the quota would hold.
            Pavel Orlov | assess | reported | reported-speech | Pavel Orlov visited the port, but said the talks had stalled.
        "#]],
    );
}

#[test]
fn a_stated_position_may_name_whom_it_is_for_before_its_copula() {
    check(
        "Marta Lind's message to the fleet was clear: the quota stays. Pavel Orlov's message to the council was read out on Monday.",
        expect![[r#"
            Marta Lind | assess | attributed | possessive-position | Marta Lind's message to the fleet was clear: the quota stays.
        "#]],
    );
}

#[test]
fn a_course_of_the_speakers_own_state_is_pledged_or_refused() {
    check(
        "Pavel Orlov said Vostria would reopen the port. Pavel Orlov said Vostria would never recognise the vote. Pavel Orlov said Norland would reopen the port. Pavel Orlov said he would not comment on the vote.",
        expect![[r#"
            Pavel Orlov | propose | reported | reported-speech | Pavel Orlov said Vostria would reopen the port.
            Pavel Orlov | reject | reported | reported-speech | Pavel Orlov said Vostria would never recognise the vote.
            Pavel Orlov | assess | reported | reported-speech | Pavel Orlov said Norland would reopen the port.
            Pavel Orlov | assess | reported | reported-speech | Pavel Orlov said he would not comment on the vote.
        "#]],
    );
}

#[test]
fn the_topic_a_speaker_speaks_of_is_not_the_speakers_stance() {
    check(
        "“This is extortion,” Marta Lind said of the demands. Pavel Orlov said of the threats that they were empty.",
        expect![[r#"
            Marta Lind | assess | direct | quote-speaker-after | “This is extortion,” Marta Lind said of the demands.
            Pavel Orlov | assess | reported | reported-speech | Pavel Orlov said of the threats that they were empty.
        "#]],
    );
}

#[test]
fn a_demonym_and_titles_before_the_subject_open_the_sentence() {
    check(
        "Norwegian Fisheries Minister Ivo Marsh declined to say how many boats would sail, but said the quota would hold. Norwegian fishermen met Ivo Marsh and said the quota was too low.",
        expect![[r#"
            Ivo Marsh | assess | reported | reported-speech | Norwegian Fisheries Minister Ivo Marsh declined to say how many boats would sail, but said the quota would hold.
        "#]],
    );
}

#[test]
fn a_possessive_pronoun_may_own_a_stated_position() {
    check(
        "Marta Lind met the fleet on Monday. Her message to the council was clear: the quota stays. Her message was read out by an aide.",
        expect![[r#"
            Marta Lind | assess | attributed | possessive-position | Her message to the council was clear: the quota stays.
        "#]],
    );
}

#[test]
fn the_act_of_the_speakers_own_side_carries_its_stance() {
    check(
        "Pavel Orlov said Vostria had accepted the quota. Pavel Orlov said Norland had accepted the quota.",
        expect![[r#"
            Pavel Orlov | support | reported | reported-speech | Pavel Orlov said Vostria had accepted the quota.
            Vostria | support | attributed | attributed-stance | Pavel Orlov said Vostria had accepted the quota.
            Pavel Orlov | assess | reported | reported-speech | Pavel Orlov said Norland had accepted the quota.
            Norland | support | attributed | attributed-stance | Pavel Orlov said Norland had accepted the quota.
        "#]],
    );
}

#[test]
fn an_office_sent_to_a_state_does_not_tie_its_holder_to_it() {
    check(
        "UN envoy on Syria Ana Ruiz said the Syrian government had accepted the plan. Syrian Foreign Minister Tomas Berg said Syria had accepted the plan.",
        expect![[r#"
            Ana Ruiz | assess | reported | reported-speech | UN envoy on Syria Ana Ruiz said the Syrian government had accepted the plan.
            Syria | support | attributed | attributed-stance | UN envoy on Syria Ana Ruiz said the Syrian government had accepted the plan.
            Tomas Berg | support | reported | reported-speech | Syrian Foreign Minister Tomas Berg said Syria had accepted the plan.
            Syria | support | attributed | attributed-stance | Syrian Foreign Minister Tomas Berg said Syria had accepted the plan.
        "#]],
    );
}

#[test]
fn making_things_worse_is_a_warning() {
    check(
        "“A higher quota will only make matters worse,” Marta Lind said.",
        expect![[r#"
            Marta Lind | warn | direct | quote-speaker-after | “A higher quota will only make matters worse,” Marta Lind said.
        "#]],
    );
}

#[test]
fn a_named_holder_after_an_owners_role_speaks_after_the_verb() {
    check(
        "“The quota stays,” said Norland's fisheries minister, Ivo Marsh. “The quota stays,” said Vostria's foreign ministry spokeswoman Ana Ruiz. “The quota stays,” said the council's spokesman, Tomas Berg. “The quota stays,” said Vostria's foreign ministry spokesman.",
        expect![[r#"
            Ivo Marsh | assess | direct | quote-speaker-after | “The quota stays,” said Norland's fisheries minister, Ivo Marsh.
            Ana Ruiz | assess | direct | quote-speaker-after | “The quota stays,” said Vostria's foreign ministry spokeswoman Ana Ruiz.
            Tomas Berg | assess | direct | quote-speaker-after | “The quota stays,” said the council's spokesman, Tomas Berg.
            Vostria | assess | direct | quote-speaker-after | “The quota stays,” said Vostria's foreign ministry spokesman.
        "#]],
    );
}

#[test]
fn an_age_before_a_description_leaves_the_name_the_subject() {
    check(
        "Tomas Berg, 61, a retired fisheries negotiator, said the quota was too low. Ana Ruiz, 47, a farmer, said the quota was fair.",
        expect![[r#"
            Tomas Berg | assess | reported | reported-speech | Tomas Berg, 61, a retired fisheries negotiator, said the quota was too low.
            Ana Ruiz | assess | reported | reported-speech | Ana Ruiz, 47, a farmer, said the quota was fair.
        "#]],
    );
}

#[test]
fn a_named_holder_after_an_office_of_a_state_or_body_speaks_after_the_verb() {
    check(
        "“The quota stays,” said the fisheries minister of Norland, Ivo Marsh. “The quota stays,” said a spokeswoman for the Arctic Council, Ana Ruiz. “The quota stays,” said a spokesman for the Arctic Council.",
        expect![[r#"
            Ivo Marsh | assess | direct | quote-speaker-after | “The quota stays,” said the fisheries minister of Norland, Ivo Marsh.
            Ana Ruiz | assess | direct | quote-speaker-after | “The quota stays,” said a spokeswoman for the Arctic Council, Ana Ruiz.
            Arctic Council | assess | direct | quote-speaker-after | “The quota stays,” said a spokesman for the Arctic Council.
        "#]],
    );
}

#[test]
fn a_quotation_that_is_only_a_short_answer_takes_its_stance() {
    check(
        "Tomas Berg met reporters. “No,” Berg replied when asked if he would resign. Asked whether the talks would resume, he said: “Of course.” “No comment,” he said.",
        expect![[r#"
            Tomas Berg | reject | direct | quote-speaker-after | “No,” Berg replied when asked if he would resign.
            Tomas Berg | support | direct | quote-speaker-before | Asked whether the talks would resume, he said: “Of course.”
            Tomas Berg | assess | direct | quote-speaker-after | “No comment,” he said.
        "#]],
    );
}

#[test]
fn a_characterising_participle_after_a_demand_gives_its_reason() {
    check(
        "Ana Ruiz urged Norland to lift the quota, calling it “unjustified and discriminatory”. Ana Ruiz rejected the quota, calling it unjustified.",
        expect![[r#"
            Ana Ruiz | demand | reported | reported-speech | Ana Ruiz urged Norland to lift the quota, calling it “unjustified and discriminatory”.
            Ana Ruiz | reject | reported | attributed-stance | Ana Ruiz rejected the quota, calling it unjustified.
        "#]],
    );
}

#[test]
fn a_phrase_of_time_or_place_before_that_keeps_the_reported_clause() {
    check(
        "Ana Ruiz said at a weekly briefing that Norland should lift the quota. Tomas Berg said on Monday that his government would send more aid. Ivo Marsh said the plan was so bad that Norland should leave the council.",
        expect![[r#"
            Ana Ruiz | demand | reported | reported-speech | Ana Ruiz said at a weekly briefing that Norland should lift the quota.
            Tomas Berg | propose | reported | reported-speech | Tomas Berg said on Monday that his government would send more aid.
            Ivo Marsh | assess | reported | reported-speech | Ivo Marsh said the plan was so bad that Norland should leave the council.
        "#]],
    );
}

#[test]
fn harm_to_a_process_foretold_warns_and_a_wrong_signal_rejects() {
    check(
        "Ana Ruiz said the new quota would only complicate the talks. Tomas Berg said the quota sent the wrong signal. Ivo Marsh said the quota was complicated.",
        expect![[r#"
            Ana Ruiz | warn | reported | reported-speech | Ana Ruiz said the new quota would only complicate the talks.
            Tomas Berg | reject | reported | reported-speech | Tomas Berg said the quota sent the wrong signal.
            Ivo Marsh | assess | reported | reported-speech | Ivo Marsh said the quota was complicated.
        "#]],
    );
}
