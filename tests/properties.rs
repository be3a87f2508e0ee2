use depeche::normalize::fold;
use depeche::{Document, Extractor, Span};
use proptest::prelude::*;

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[a-zA-Zéèàçœ’'«» \u{a0}\u{202f}\u{301}\n.,;:!?()0-9-–]{0,80}",
        "(Daech|l’EI|Alep|armée syrienne|le 19 août|dimanche|à|de|\u{301}| |\n|-|’|«|»){0,30}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

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
}
