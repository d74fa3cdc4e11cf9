//! A deterministic synthetic corpus for benchmarks only: articles assembled
//! from varied sentence templates over a registry's actors and theme rules,
//! so the pipeline meets realistic attributions at any scale.

use crate::registry::{PatternWord, Registry};

/// A small, fast, seedable generator (SplitMix64): the same seed gives the
/// same corpus on every machine.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, bound: usize) -> usize {
        (self.next() % bound.max(1) as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Sentence templates: `{A}` and `{B}` are actor names, `{T}` and `{U}` theme
/// phrases. Some hold positions, some are narration the pipeline must skip.
const TEMPLATES: &[&str] = &[
    "{A} said that {T} must be settled before any talks.",
    "“We will not accept {T},” {A} said.",
    "{A} is demanding guarantees on {T}.",
    "{A} proposes a new arrangement on {T} and {U}.",
    "According to {A}, {T} remains the main obstacle.",
    "{A} warned that {T} could lead to dangerous consequences.",
    "{A} does not object to a dialogue on {U}.",
    "{A} rejected the plan on {T} outright.",
    "{A} is ready to discuss {U} with {B}.",
    "The meeting between {A} and {B} took place in the capital.",
    "Observers expect little progress on {T} this year.",
    "{A}, the long-serving official, noted that {U} had been neglected.",
    "“The question of {T} is closed. We have said so many times,” {A} explained.",
    "If {A} refuses, the talks on {U} will stall.",
];

fn theme_phrase(registry: &Registry, random: &mut Random) -> String {
    let theme = random.below(registry.theme_rules.len());
    let rules = &registry.theme_rules[theme];
    if rules.is_empty() {
        return registry.themes[theme].label.to_lowercase();
    }
    let rule = random.pick(rules);
    rule.words
        .iter()
        .map(|word| match word {
            PatternWord::Stem(stem) => stem.clone(),
            PatternWord::Prefix(prefix) => format!("{prefix}s"),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Generates `articles` article files as (file name, text). Each article has
/// a title, a date and a body of several paragraphs.
pub fn synthesize(registry: &Registry, articles: usize, seed: u64) -> Vec<(String, String)> {
    let mut random = Random(seed);
    let names: Vec<&str> = registry
        .actors
        .iter()
        .map(|actor| actor.name.as_str())
        .collect();
    let names = if names.is_empty() {
        vec!["The government"]
    } else {
        names
    };
    (0..articles)
        .map(|number| {
            let mut text = format!(
                "Synthetic report {number}: {}\n\n{:02}.{:02}.20{:02}\n\n",
                theme_phrase(registry, &mut random),
                1 + random.below(28),
                1 + random.below(12),
                10 + random.below(15)
            );
            for _ in 0..4 + random.below(4) {
                let sentences: Vec<String> = (0..3 + random.below(4))
                    .map(|_| {
                        let template = *random.pick(TEMPLATES);
                        template
                            .replace("{A}", names[random.below(names.len())])
                            .replace("{B}", names[random.below(names.len())])
                            .replace("{T}", &theme_phrase(registry, &mut random))
                            .replace("{U}", &theme_phrase(registry, &mut random))
                    })
                    .collect();
                text.push_str(&sentences.join(" "));
                text.push_str("\n\n");
            }
            (format!("synth_{number:06}.txt"), text)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const ACTORS: &str = "[[actor]]\nname = \"Jane Roe\"\nkind = \"person\"\n";
    const THEMES: &str = "[[theme]]\nid = \"trade\"\nlabel = \"Trade\"\nscope = \"s\"\nrules = { \"tariff\" = 2.0 }\n";

    #[test]
    fn the_same_seed_gives_the_same_corpus() {
        let registry = Registry::parse("a", ACTORS, "t", THEMES).unwrap();
        let first = synthesize(&registry, 3, 7);
        assert_eq!(first, synthesize(&registry, 3, 7));
        assert_ne!(first, synthesize(&registry, 3, 8));
        assert_eq!(first.len(), 3);
        assert!(first[0].1.contains("Jane Roe"));
    }

    #[test]
    fn a_synthetic_corpus_yields_statements() {
        let registry = Registry::parse("a", ACTORS, "t", THEMES).unwrap();
        let files: Vec<crate::SourceFile> = synthesize(&registry, 5, 1)
            .into_iter()
            .map(|(name, text)| crate::SourceFile { name, text })
            .collect();
        let index = crate::build_index(&registry, &files);
        index.verify().unwrap();
        assert!(index.statements.len() > 20, "{}", index.statements.len());
    }
}
