//! A last line of defence around extraction: the library is built never
//! to panic on any text, but should a bug slip through, the document that
//! hit it is reported as an error and the run goes on with the others.

use std::cell::{Cell, RefCell};
use std::panic::{self, AssertUnwindSafe};

use depeche::{Document, Extraction, Extractor};

thread_local! {
    /// True while this thread runs guarded extraction.
    static GUARDED: Cell<bool> = const { Cell::new(false) };
    /// The message of the last panic caught on this thread.
    static LAST: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Installs the panic hook: inside [`extract_many`] a panic's message is
/// kept for the error line instead of printed with a backtrace; anywhere
/// else the default hook runs as before.
pub fn install() {
    let default = panic::take_hook();
    panic::set_hook(Box::new(move |info| {
        if GUARDED.with(Cell::get) {
            let msg = info
                .payload()
                .downcast_ref::<&str>()
                .map(|s| (*s).to_string())
                .or_else(|| info.payload().downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".into());
            let at = info
                .location()
                .map(|l| format!(" at {}:{}", l.file(), l.line()))
                .unwrap_or_default();
            LAST.with(|l| *l.borrow_mut() = Some(format!("{msg}{at}")));
        } else {
            default(info);
        }
    }));
}

/// Runs `f` with panics caught; the error is the panic's message.
fn guarded<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    GUARDED.with(|g| g.set(true));
    let r = panic::catch_unwind(AssertUnwindSafe(f));
    GUARDED.with(|g| g.set(false));
    r.map_err(|_| {
        LAST.with(|l| l.borrow_mut().take())
            .unwrap_or_else(|| "unknown panic".into())
    })
}

/// [`Extractor::extract_many`], one result a document in order. Should
/// the batch panic, each document is extracted again on its own, and
/// the ones that panic again are errors naming the document.
pub fn extract_many(
    extractor: &Extractor,
    docs: &[Document],
) -> Vec<Result<Extraction, String>> {
    match guarded(|| extractor.extract_many(docs)) {
        Ok(exs) => exs.into_iter().map(Ok).collect(),
        Err(_) => docs
            .iter()
            .map(|doc| {
                guarded(|| extractor.extract(doc)).map_err(|msg| {
                    format!(
                        "{}: internal error, document skipped (please \
                         report it with the document): {msg}",
                        doc.id
                    )
                })
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_caught_panic_gives_its_message_and_the_thread_goes_on() {
        install();
        let r: Result<(), String> = guarded(|| panic!("boom {}", 7));
        let msg = r.unwrap_err();
        assert!(msg.starts_with("boom 7 at "), "{msg}");
        assert!(msg.contains("guard.rs"), "{msg}");
        assert_eq!(guarded(|| 1 + 1), Ok(2));
        assert!(!GUARDED.with(Cell::get));
    }

    #[test]
    fn every_document_gets_a_result_in_order() {
        let ex = Extractor::new();
        let docs = vec![
            Document::new("a", "Les rebelles ont attaqué Goma."),
            Document::new("b", ""),
        ];
        let out = extract_many(&ex, &docs);
        assert_eq!(out.len(), 2);
        assert_eq!(out[0].as_ref().unwrap().id, "a");
        assert_eq!(out[1].as_ref().unwrap().id, "b");
    }
}
