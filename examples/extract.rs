//! Extracts one French text file and prints the result as pretty JSON.
//!
//! ```sh
//! cargo run --example extract -p depeche -- examples/sample-article.txt
//! ```

use depeche::{Document, Extractor};

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: extract FILE [DCT]");
        std::process::exit(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("extract: cannot read '{path}': {e}");
            std::process::exit(2);
        }
    };
    let mut doc = Document::new(path.clone(), text);
    if let Some(dct) = std::env::args().nth(2) {
        doc = doc.with_dct(dct);
    }
    let out = Extractor::new().extract(&doc);
    match serde_json::to_string_pretty(&out) {
        Ok(json) => println!("{json}"),
        Err(e) => eprintln!("extract: {e}"),
    }
}
