use depeche::normalize::fold;
use depeche::{Document, Extractor, Span};
use proptest::prelude::*;

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[a-zA-Zéèàçœ’'«» \u{a0}\u{202f}\u{301}\n.,;:!?()0-9-–]{0,80}",
        "(Daech|l’EI|Alep|armée syrienne|le 19 août|dimanche|à|de|\u{301}| |\n|-|’|«|»){0,30}",
        // Names, titles and quotes side by side: apposed titles and
        // quoted words read the marks before a name.
        "(ont attaqué|ont libéré|otages|«|»|–|—|l’|d’un|hôpital|poste|de Goma| ){0,20}",
        "(Vladimir Poutine|Volodymyr Zelensky|, |le ministre|a déclaré|« formidables »|«|»|:|\\(|\\)| et | ){0,24}",
    ]
}

/// Cases per property: `DEPECHE_PROPTEST_CASES` (the suite's budget,
/// default 10,000) split over the three properties of this file.
fn cases() -> u32 {
    let total: u32 = std::env::var("DEPECHE_PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    (total / 3).max(1)
}

/// Document creation times: arbitrary strings, and near-dates.
fn any_dct() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[0-9]{1,6}-[0-9]{1,3}-[0-9]{1,3}",
        "[ \t]{0,2}(19|20|99|00)[0-9]{2}-(0[0-9]|1[0-3])-([0-3][0-9])[ \t\n]{0,2}",
        "[0-9-:TZ+ ]{0,24}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn folded_spans_map_inside_the_original(text in any_text(), a in 0usize..200, b in 0usize..200) {
        let f = fold(&text);
        if !f.text.is_empty() {
            let (a, b) = (a.min(f.text.len()), b.min(f.text.len()));
            let (s, e) = (a.min(b), a.max(b));
            let span = f.to_original(Span::new(s, e));
            prop_assert!(span.start <= span.end && span.end <= text.len());
            prop_assert!(text.is_char_boundary(span.start));
            prop_assert!(text.is_char_boundary(span.end));
        }
    }

    #[test]
    fn extraction_never_panics_and_slices_the_original(text in any_text()) {
        let out = Extractor::new().extract(&Document::new("p", text.clone()));
        let chars: Vec<char> = text.chars().collect();
        for e in &out.entities {
            for m in &e.mentions {
                prop_assert!(m.start <= m.end && m.end <= chars.len());
                let s: String = chars[m.start..m.end].iter().collect();
                prop_assert_eq!(&s, &m.text);
            }
        }
    }

    #[test]
    fn any_dct_never_panics_and_is_kept_only_when_valid(dct in any_dct(), text in any_text()) {
        let parsed = Extractor::parse_dct(&dct);
        let out = Extractor::new().extract(&Document::new("p", text.clone()).with_dct(dct.clone()));
        if let Ok(d) = &parsed {
            prop_assert_eq!(out.dct.clone(), Some(d.to_string()));
            prop_assert_eq!(out.dct_source.as_ref().map(|s| s.how.as_str()), Some("given"));
        } else {
            prop_assert!(out.dct_source.as_ref().map_or(true, |s| s.how != "given"));
        }
        let chars: Vec<char> = text.chars().collect();
        for e in &out.entities {
            for m in &e.mentions {
                prop_assert!(m.start <= m.end && m.end <= chars.len());
                let s: String = chars[m.start..m.end].iter().collect();
                prop_assert_eq!(&s, &m.text);
            }
        }
        for v in &out.events {
            for m in &v.triggers {
                let s: String = chars[m.start..m.end].iter().collect();
                prop_assert_eq!(&s, &m.text);
            }
        }
    }
}

/// A name after a comma whose clause opens with a closing guillemet (two
/// bytes in UTF-8): the clause start is taken past the whole mark.
#[test]
fn a_name_after_a_quoted_word_and_a_comma_does_not_split_the_guillemet() {
    let text =
        "Le président turc a salué des discussions « formidables » et a \
                appelé à un sommet réunissant Vladimir Poutine, Volodymyr \
                Zelensky et Donald Trump.";
    let out = Extractor::new().extract(&Document::new("q", text));
    assert!(out
        .entities
        .iter()
        .any(|e| e.mentions.iter().any(|m| m.text == "Volodymyr Zelensky")));
}

/// A site struck after an article elided onto a mark of several bytes
/// ("«l’hôpital", "–l’hôpital").
#[test]
fn an_elided_article_glued_to_a_guillemet_or_dash_is_read_whole() {
    for text in [
        "Les rebelles ont attaqué «l’hôpital de Goma.",
        "Ils ont frappé –l’hôpital de Goma.",
    ] {
        let out = Extractor::new().extract(&Document::new("q", text));
        assert!(out
            .entities
            .iter()
            .any(|e| e.mentions.iter().any(|m| m.text == "Goma")));
    }
}
